package com.deadlinecost.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingConfiguratorTest {

    @Test
    void logbackIsConfiguredInCodeWithTheFileInTheLogFolderAndStandardErrorForWarnings() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

        RollingFileAppender<?> file = (RollingFileAppender<?>) root.getAppender("FILE");
        assertThat(file).isNotNull();
        assertThat(Path.of(file.getFile())).isEqualTo(Path.of(System.getProperty(
            LoggingConfigurator.LOG_DIR_PROPERTY), LoggingConfigurator.FILE_NAME));
        assertThat(root.getAppender("STDERR")).isNotNull();
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("software.amazon.awssdk").getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getProperty(LoggingConfigurator.CONFIGURED_BY)).as("configured in code, no XML parsed")
            .isEqualTo("LoggingConfigurator");
    }
}
