package com.deadlinecost.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserGuideTest {

    @Test
    void theGuideHoldsTheReadmesUserSectionsWithoutScreenshotsOrBuildSections() throws IOException {
        String guide = UserGuide.sections(Files.readString(Path.of("README.md")));

        assertThat(guide).startsWith("USING THE EXPLORER").contains("CONNECTIONS").contains("REPORTS AND EXPORT")
            .contains("Ctrl+Enter").doesNotContain("![").doesNotContain("## Project layout")
            .doesNotContain("./mvnw -B verify");
    }

    @Test
    void theBuildBundlesTheReadmeForTheWindow() {
        assertThat(UserGuide.text()).startsWith("USING THE EXPLORER");
    }
}
