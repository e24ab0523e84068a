package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.deadlinecost.fuzz.Fuzz;
import com.deadlinecost.fuzz.Mutations;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.connection.ConnectionTarget;
import com.deadlinecost.service.connection.SdkClients;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.RetryMode;

/**
 * The answers the app reads, mutated: members missing, unknown enum values, nulls, wrong types, huge and empty
 * pages, a token that loops, a status that never ends, bodies that are not JSON. Listing farms and queues and
 * running an aggregation must each end, within a timeout, with a result or a QueryProblem that says what happened;
 * never another exception, never a hang.
 */
class ServiceAnswerFuzzTest {
    private static final String FARM = "farm-0123456789abcdef0123456789abcdef";
    private static final String QUEUE = "queue-0123456789abcdef0123456789abcdef";
    private static final String ROW = "{\"queueId\":\"" + QUEUE + "\",\"userId\":\"user-1\",\"count\":3,"
        + "\"costInUsd\":{\"sum\":1.5},\"runtimeInSeconds\":{\"sum\":60.0},"
        + "\"aggregationStartTime\":\"2026-02-01T00:00:00Z\",\"aggregationEndTime\":\"2026-02-02T00:00:00Z\"}";
    private static final byte[] MEMBERS = "{\"members\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, String> VALID = Map.of(
        "farms", "{\"farms\":[{\"farmId\":\"" + FARM + "\",\"displayName\":\"Farm\",\"createdAt\":"
            + "\"2025-01-01T00:00:00Z\",\"createdBy\":\"admin\"}]}",
        "queues", "{\"queues\":[{\"farmId\":\"" + FARM + "\",\"queueId\":\"" + QUEUE + "\",\"displayName\":\"Queue\","
            + "\"status\":\"IDLE\",\"defaultBudgetAction\":\"NONE\",\"createdAt\":\"2025-01-01T00:00:00Z\","
            + "\"createdBy\":\"admin\"}]}",
        "start", "{\"aggregationId\":\"0123456789abcdef0123456789abcdef\"}",
        "get", "{\"status\":\"COMPLETED\",\"statistics\":[" + ROW + "," + ROW.replace("user-1", "user-2") + "]}");

    @Test
    void everyAnswerEndsInAResultOrANamedProblem() {
        Map<String, byte[]> answers = new ConcurrentHashMap<>();
        Server stub = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        stub.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                byte[] body = answers.getOrDefault(operation(request), MEMBERS);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
        start(stub);
        URI endpoint = stub.getURI().resolve("/");
        SplittableRandom random = Fuzz.random("service-answers");
        Fuzz.Tally tally = new Fuzz.Tally("service answers");
        RunTimings timings = RunTimings.fast().withAggregatingGiveUp(Duration.ofMillis(500));
        try (SdkDeadlineGateway gateway = new SdkDeadlineGateway(ConnectionTarget.demo(),
                SdkClients.forLocalEndpoint(endpoint, RetryMode.STANDARD, 1), timings, Clock.systemUTC())) {
            for (int i = 0; i < Fuzz.tries(150, 800); i++) {
                String operation = List.of("farms", "queues", "start", "get", "get", "get").get(random.nextInt(6));
                VALID.forEach((name, body) -> answers.put(name, body.getBytes(StandardCharsets.UTF_8)));
                byte[] hostile = hostile(random, operation);
                answers.put(operation, hostile);
                String where = tally.where(i, operation + " answers " + new String(hostile, StandardCharsets.UTF_8));
                tally.add(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> call(gateway, where), where));
            }
        } finally {
            stop(stub);
        }
        tally.print();
    }

    private static String call(SdkDeadlineGateway gateway, String where) {
        try {
            gateway.farms();
            gateway.queues(FARM);
            RecordingListener listener = new RecordingListener();
            gateway.runAggregation(query(), listener, () -> false);
            return "read (" + (listener.rows.isEmpty() ? "no rows" : "rows") + ")";
        } catch (QueryProblem problem) {
            assertThat(problem.getMessage()).as(where).isNotBlank().doesNotContain("null:");
            return "refused: " + problem.kind();
        }
    }

    private static byte[] hostile(SplittableRandom random, String operation) {
        String valid = VALID.get(operation);
        switch (random.nextInt(8)) {
            case 0:
                return Mutations.mutate(random, valid);
            case 1:
                return ("{\"status\":\"IN_PROGRESS\",\"statistics\":[]}").getBytes(StandardCharsets.UTF_8);
            case 2:
                return ("{\"status\":\"" + Mutations.nasty(random).replace("\"", "") + "\",\"statistics\":[" + ROW
                    + "]}").getBytes(StandardCharsets.UTF_8);
            case 3:
                return ("{\"status\":\"COMPLETED\",\"nextToken\":\"again\",\"statistics\":[" + ROW + "]}")
                    .getBytes(StandardCharsets.UTF_8);
            case 4:
                return ("{\"status\":\"COMPLETED\",\"statistics\":[" + String.join(",", Collections.nCopies(
                    3_000, ROW)) + "]}").getBytes(StandardCharsets.UTF_8);
            default:
                return Mutations.structural(random, valid);
        }
    }

    private static StatisticsQuery query() {
        return new StatisticsQuery(FARM, new ResourceSelection(ResourceKind.QUEUE, List.of(QUEUE)),
            new TimeRange(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-08T00:00:00Z")),
            UtcOffset.UTC, Period.DAILY, List.of(GroupField.QUEUE_ID, GroupField.USER_ID),
            EnumSet.of(Statistic.SUM));
    }

    private static String operation(Request request) {
        String path = request.getHttpURI().getPath();
        return path.endsWith("/farms") ? "farms" : path.endsWith("/queues") ? "queues"
            : !path.endsWith("/sessions-statistics-aggregation") ? "members"
            : request.getMethod().equals("POST") ? "start" : "get";
    }

    private static void start(Server server) {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("The stub service could not start", e);
        }
    }

    private static void stop(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The stub service could not stop", e);
        }
    }
}
