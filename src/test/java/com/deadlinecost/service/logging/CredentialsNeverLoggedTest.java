package com.deadlinecost.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.deadline.DeadlineClient;

/** Secrets handed to the SDK through a credentials provider never reach the log file, even at DEBUG. */
class CredentialsNeverLoggedTest {
    private static final String ACCESS_KEY = "ASIAZXCVBNMQWERTYUIO";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDexample"
        + "TokenBodyThatIsLongAndSecret0123456789abcdefghijklmnopqrstuvwxyz";

    private HttpServer server;
    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    private Level sdkLevel;

    @BeforeEach
    void startServerAndLogEverything() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"farms\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        sdkLevel = logging.getLogger("software.amazon.awssdk").getLevel();
        logging.getLogger("software.amazon.awssdk").setLevel(Level.DEBUG);
        logging.getLogger("software.amazon.awssdk.request").setLevel(Level.DEBUG);
    }

    @AfterEach
    void restore() {
        logging.getLogger("software.amazon.awssdk").setLevel(sdkLevel);
        logging.getLogger("software.amazon.awssdk.request").setLevel(Level.WARN);
        server.stop(0);
    }

    @Test
    void secretsPassedThroughACredentialsProviderAreNotInTheLog() throws IOException {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
            AwsSessionCredentials.create(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN));
        try (DeadlineClient client = DeadlineClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_WEST_2)
                .credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(config -> config
                    .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build()) {
            client.listFarms(request -> request.maxResults(10));
        }
        Logger careless = LoggerFactory.getLogger("com.deadlinecost.careless");
        careless.warn("profile dev: aws_access_key_id={} aws_secret_access_key={} aws_session_token={}",
            ACCESS_KEY, SECRET_KEY, SESSION_TOKEN);
        careless.info("resolved {}", credentials.resolveCredentials());

        String log = Files.readString(Path.of(System.getProperty("dce.log.dir"), "deadline-cost-explorer.log"));

        assertThat(log).contains("Canonical Request").contains("profile dev");
        assertThat(log).doesNotContain(SECRET_KEY).doesNotContain(ACCESS_KEY).doesNotContain(SESSION_TOKEN)
            .doesNotContain(SESSION_TOKEN.substring(0, 24));
    }
}
