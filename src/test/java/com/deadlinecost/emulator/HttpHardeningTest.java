package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.model.ListFarmsRequest;

/**
 * The emulator's HTTP layer under hostile input: every answer is in the service's error shape, requests must be
 * signed, out-of-range requests are refused before any work, and slow clients cannot starve valid ones.
 */
class HttpHardeningTest extends SmallStudioServerTest {
    private static final String AGGREGATION = "/2023-10-12/farms/%s/sessions-statistics-aggregation";

    @Test
    void anUnsignedRequestIsRefusedWith403InTheServiceShape() throws IOException {
        String answer = raw("GET /2023-10-12/farms HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 403");
        assertServiceShape(answer, "AccessDeniedException");
    }

    @Test
    void aGarbageRequestLineIsAnsweredInTheServiceShape() throws IOException {
        String answer = raw("THIS IS NOT HTTP\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertServiceShape(answer, "ValidationException");
    }

    @Test
    void aMalformedUriIsAnsweredInTheServiceShape() throws IOException {
        String answer = raw("GET /2023-10-12/farms/%zz?maxResults=%zz HTTP/1.1\r\nHost: x\r\nAuthorization: "
            + EmulatorClients.FAKE_SIGV4 + "\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertServiceShape(answer, "ValidationException");
    }

    @Test
    void aHugeNumericStartTimeIsAValidationErrorAndTheServerServesOn() throws IOException {
        String answer = startHourly("-1e30", "\"2025-06-02T00:00:00Z\"");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertServiceShape(answer, "ValidationException");
        assertThat(answer).contains("startTime");
        assertThat(deadline.listFarms(ListFarmsRequest.builder().build()).farms()).isNotEmpty();
    }

    @Test
    void farAwayYearsAreAValidationErrorNotAnOverflow() throws IOException {
        String answer = startHourly("\"-999999999-01-01T00:00:00Z\"", "\"+999999999-12-31T00:00:00Z\"");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertServiceShape(answer, "ValidationException");
    }

    @Test
    void tooManyBucketsAreRefusedBeforeAnyIsMade() throws IOException {
        String answer = startHourly("\"2000-01-01T00:00:00Z\"", "\"2199-01-01T00:00:00Z\"");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("buckets");
    }

    @Test
    void anOversizedBodyIsRefused() throws IOException {
        String answer = raw("POST " + String.format(AGGREGATION, farmId) + " HTTP/1.1\r\nHost: x\r\nAuthorization: "
            + EmulatorClients.FAKE_SIGV4 + "\r\nContent-Type: application/json\r\nContent-Length: 300000\r\n"
            + "Connection: close\r\n\r\n{\"x\":\"aaaa");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertServiceShape(answer, "ValidationException");
    }

    @Test
    void slowClientsDoNotStarveValidCalls() throws IOException {
        List<Socket> slow = new ArrayList<>();
        try {
            // Each announces a body it never sends: a server with a few blocking workers would hang on all of them.
            for (int i = 0; i < 12; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
                socket.getOutputStream().write(("POST " + String.format(AGGREGATION, farmId) + " HTTP/1.1\r\n"
                    + "Host: x\r\nAuthorization: " + EmulatorClients.FAKE_SIGV4 + "\r\nContent-Length: 1000\r\n"
                    + "Content-Type: application/json\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }

            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                for (int call = 0; call < 3; call++) {
                    assertThat(deadline.listFarms(ListFarmsRequest.builder().build()).farms()).isNotEmpty();
                }
            });
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static void assertServiceShape(String answer, String type) {
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("x-amzn-errortype: " + type.toLowerCase(Locale.ROOT));
        assertThat(answer).contains("\"__type\":\"" + type + "\"").contains("\"message\":")
            .doesNotContain("<html");
    }

    /** Starts an hourly aggregation of one queue with the given JSON values as start and end. */
    private static String startHourly(String startTime, String endTime) throws IOException {
        return post(String.format(AGGREGATION, farmId), "{\"resourceIds\":{\"queueIds\":[\"" + allQueueIds.get(0)
            + "\"]},\"startTime\":" + startTime + ",\"endTime\":" + endTime + ",\"period\":\"HOURLY\","
            + "\"groupBy\":[\"QUEUE_ID\"],\"statistics\":[\"SUM\"]}");
    }

    private static String post(String path, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return raw("POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: " + EmulatorClients.FAKE_SIGV4
            + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n"
            + body);
    }

    /** Sends bytes as they are and reads the whole answer, as a hostile client would. */
    static String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
