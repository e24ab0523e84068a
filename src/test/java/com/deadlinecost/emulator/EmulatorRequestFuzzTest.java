package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.fuzz.Fuzz;
import com.deadlinecost.fuzz.Mutations;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.model.ListFarmsRequest;

/**
 * Generated and mutated HTTP requests against the emulator: every one gets an answer within the socket timeout,
 * every error answer is in the service's shape, none is an internal error, and the server serves on afterwards.
 */
class EmulatorRequestFuzzTest extends SmallStudioServerTest {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
        "BREW", "get", "");
    private static final int READ_TIMEOUT_MILLIS = 5_000;

    @Test
    void everyRequestGetsAnAnswerInTheServiceShape() throws IOException {
        SplittableRandom random = Fuzz.random("emulator-requests");
        Fuzz.Tally tally = new Fuzz.Tally("emulator requests");
        int tries = Fuzz.tries(600, 3_000);
        for (int i = 0; i < tries; i++) {
            byte[] request = request(random);
            String answer = send(request);
            String where = tally.where(i, new String(request, StandardCharsets.UTF_8).replace("\r\n", "\\r\\n"));
            if (answer.isEmpty() && !new String(request, StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                // The client hung up before its request was complete: there is nothing to answer.
                tally.add("incomplete request, closed");
                continue;
            }
            assertThat(answer).as(where).startsWith("HTTP/1.1 ");
            int status = Integer.parseInt(answer.substring(9, 12));
            // 505 is what the HTTP parser answers a garbled version; every other answer is a 2xx or a client error.
            assertThat(status).as(where).matches(code -> code >= 200 && code < 500 || code == 505);
            if (status >= 400) {
                assertThat(answer.toLowerCase(Locale.ROOT)).as(where).contains("x-amzn-errortype: ");
                assertThat(answer).as(where).contains("\"__type\":").doesNotContain("<html");
            }
            tally.add("HTTP " + status);
        }
        tally.print();
        assertThat(deadline.listFarms(ListFarmsRequest.builder().build()).farms()).isNotEmpty();
    }

    private static byte[] request(SplittableRandom random) {
        String method = METHODS.get(random.nextInt(METHODS.size()));
        String farm = random.nextInt(4) == 0 ? Mutations.nasty(random) : farmId;
        String path = List.of("/2023-10-12/farms", "/2023-10-12/farms/" + farm,
            "/2023-10-12/farms/" + farm + "/queues", "/2023-10-12/farms/" + farm + "/fleets",
            "/2023-10-12/farms/" + farm + "/members", "/2023-10-12/farms/" + farm + "/sessions-statistics-aggregation",
            "/", "/2023-10-12", "/..%2f..%2fetc/passwd").get(random.nextInt(9));
        String query = random.nextInt(3) == 0 ? "?maxResults=" + Mutations.nasty(random) + "&nextToken="
            + Mutations.junk(random, 30) + "&aggregationId=" + Mutations.junk(random, 40) : "";
        String body = random.nextBoolean() ? startBody() : "";
        byte[] bodyBytes = random.nextBoolean() ? Mutations.mutate(random, body)
            : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(query).append(" HTTP/1.1\r\n")
            .append("Host: 127.0.0.1\r\n");
        if (random.nextInt(5) != 0) {
            head.append("Authorization: ").append(EmulatorClients.FAKE_SIGV4).append("\r\n");
        }
        if (random.nextInt(6) == 0) {
            head.append("X-Amz-Target: ").append(random.nextBoolean() ? "AWSIdentityStore.DescribeUser"
                : Mutations.junk(random, 20)).append("\r\n");
        }
        head.append("Content-Type: application/json\r\nContent-Length: ").append(bodyBytes.length)
            .append("\r\nConnection: close\r\n\r\n");
        byte[] bytes = head.toString().getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(5) == 0) {
            // Mutate the request line and headers too: what arrives may not be HTTP at all.
            bytes = Mutations.mutate(random, head.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes);
        out.writeBytes(bodyBytes);
        return out.toByteArray();
    }

    private static String startBody() {
        return "{\"resourceIds\":{\"queueIds\":[\"" + allQueueIds.get(0) + "\"]},\"startTime\":"
            + "\"2025-06-01T00:00:00Z\",\"endTime\":\"2025-06-08T00:00:00Z\",\"timezone\":\"UTC+00:00\","
            + "\"period\":\"DAILY\",\"groupBy\":[\"QUEUE_ID\",\"USER_ID\"],\"statistics\":[\"SUM\",\"AVG\"]}";
    }

    /** Sends the bytes and reads until the server closes; a request the server cut short still has an answer. */
    private static String send(byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            try {
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
            } catch (IOException ignored) {
                // The server may answer and close before reading a body it already refused.
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
