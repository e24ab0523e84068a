package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.model.ResourceNotFoundException;
import software.amazon.awssdk.services.deadline.model.StartSessionsStatisticsAggregationRequest;
import software.amazon.awssdk.services.deadline.model.UsageGroupByField;
import software.amazon.awssdk.services.deadline.model.UsageStatistic;
import software.amazon.awssdk.services.deadline.model.ValidationException;

class AggregationValidationTest extends SmallStudioServerTest {
    private static final Instant START = TestStudios.NOW.minus(Duration.ofDays(7));

    private static ValidationException rejected(UnaryOperator<StartSessionsStatisticsAggregationRequest.Builder> edit) {
        StartSessionsStatisticsAggregationRequest request =
            edit.apply(AggregationCalls.queues(farmId, allQueueIds.subList(0, 2), START, TestStudios.NOW)).build();
        try {
            deadline.startSessionsStatisticsAggregation(request);
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a ValidationException for " + request);
    }

    @Test
    void aHalfHourOffsetIsAValidTimezone() {
        String id = AggregationCalls.start(deadline,
            AggregationCalls.queues(farmId, allQueueIds.subList(0, 1), START, TestStudios.NOW).timezone("UTC+05:30")
                .build());

        assertThat(id).hasSize(32);
    }

    @Test
    void bareUtcAndShortOffsetsAreInvalidTimezones() {
        assertThat(rejected(request -> request.timezone("UTC")).fieldList().get(0).name()).isEqualTo("timezone");
        assertThat(rejected(request -> request.timezone("UTC+8")).getMessage()).contains("UTC+05:30");
    }

    @Test
    void groupByNeedsOneOrTwoFields() {
        assertThat(rejected(request -> request.groupBy(UsageGroupByField.QUEUE_ID, UsageGroupByField.USER_ID,
            UsageGroupByField.JOB_ID)).fieldList().get(0).name()).isEqualTo("groupBy");
        assertThat(rejected(request -> request.groupBy(List.of())).fieldList().get(0).name()).isEqualTo("groupBy");
    }

    @Test
    void statisticsNeedOneToFourItems() {
        assertThat(rejected(request -> request.statistics(List.of())).fieldList().get(0).name())
            .isEqualTo("statistics");
        assertThat(rejected(request -> request.statistics(UsageStatistic.SUM, UsageStatistic.MIN,
            UsageStatistic.MAX, UsageStatistic.AVG, UsageStatistic.SUM)).getMessage()).contains("1 to 4");
    }

    @Test
    void startTimeMustBeBeforeEndTime() {
        assertThat(rejected(request -> request.startTime(TestStudios.NOW)).getMessage()).contains("before");
    }

    @Test
    void atMostTenResourceIdsAreAccepted() {
        assertThat(rejected(request -> request.resourceIds(ids -> ids.queueIds(allQueueIds.subList(0, 11))))
            .getMessage()).contains("1 to 10");
    }

    @Test
    void aQueueOfAnotherFarmIsNotFound() {
        String foreignQueue = TestStudios.queueIds(studio, studio.farms().get(1).farmId()).get(0);

        assertThatThrownBy(() -> deadline.startSessionsStatisticsAggregation(
            AggregationCalls.queues(farmId, List.of(foreignQueue), START, TestStudios.NOW).build()))
            .isInstanceOfSatisfying(ResourceNotFoundException.class, error -> {
                assertThat(error.resourceId()).isEqualTo(foreignQueue);
                assertThat(error.resourceType()).isEqualTo("queue");
            });
    }

    @Test
    void malformedJsonIsRejectedWithTheErrorTypeHeader() throws IOException, InterruptedException {
        HttpResponse<String> response = post("{\"resourceIds\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("X-Amzn-ErrorType")).contains("ValidationException");
        assertThat(response.body()).contains("\"__type\":\"ValidationException\"", "\"reason\":\"CANNOT_PARSE\"");
    }

    @Test
    void bothQueueAndFleetIdsAreRejected() throws IOException, InterruptedException {
        String fleetId = studio.fleets(farmId).get(0).fleetId();
        HttpResponse<String> response = post("{\"resourceIds\": {\"allQueueIds\": [\"" + allQueueIds.get(0)
            + "\"], \"fleetIds\": [\"" + fleetId + "\"]}, \"startTime\": \"2025-06-01T00:00:00Z\", "
            + "\"endTime\": \"2025-06-02T00:00:00Z\", \"groupBy\": [\"QUEUE_ID\"], \"statistics\": [\"SUM\"]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("FIELD_VALIDATION_FAILED", "resourceIds");
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        URI uri = server.endpoint().resolve("/2023-10-12/farms/" + farmId + "/sessions-statistics-aggregation");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
            .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
            .header("Authorization", EmulatorClients.FAKE_SIGV4).build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
