package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.emulator.studio.Studio;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.AccessDeniedException;
import software.amazon.awssdk.services.deadline.model.GetSessionsStatisticsAggregationResponse;
import software.amazon.awssdk.services.deadline.model.Period;
import software.amazon.awssdk.services.deadline.model.ResourceNotFoundException;
import software.amazon.awssdk.services.deadline.model.SessionsStatisticsAggregationStatus;
import software.amazon.awssdk.services.deadline.model.StartSessionsStatisticsAggregationRequest;
import software.amazon.awssdk.services.deadline.model.ThrottlingException;
import software.amazon.awssdk.services.deadline.model.UsageGroupByField;
import software.amazon.awssdk.services.deadline.model.ValidationException;

class AggregationLifecycleTest {
    private static final Instant START = TestStudios.NOW.minus(Duration.ofDays(30));
    private final Studio studio = TestStudios.small();
    private final String farmId = TestStudios.bigFarm(studio).farmId();
    private final List<String> queueIds = TestStudios.queueIds(studio, farmId).subList(0, 10);
    private final MutableClock clock = new MutableClock(TestStudios.NOW);
    private EmulatorServer server;
    private DeadlineClient deadline;

    private void start(EmulatorConfig.Builder config) throws IOException {
        server = EmulatorServer.start(config.build());
        deadline = EmulatorClients.deadline(server.endpoint());
    }

    @AfterEach
    void stop() {
        deadline.close();
        server.close();
    }

    private StartSessionsStatisticsAggregationRequest request() {
        return AggregationCalls.queues(farmId, queueIds, START, TestStudios.NOW).build();
    }

    private GetSessionsStatisticsAggregationResponse get(String aggregationId, String nextToken, int maxResults) {
        return deadline.getSessionsStatisticsAggregation(request -> request.farmId(farmId)
            .aggregationId(aggregationId).nextToken(nextToken).maxResults(maxResults));
    }

    @Test
    void anAggregationIsInProgressUntilItsTimeHasPassed() throws IOException {
        start(TestStudios.fastConfig(studio, clock).inProgress(Duration.ofSeconds(2)));
        String id = AggregationCalls.start(deadline, request());

        GetSessionsStatisticsAggregationResponse running = get(id, null, 100);
        clock.advance(Duration.ofSeconds(2));
        GetSessionsStatisticsAggregationResponse done = get(id, null, 100);

        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(running.status()).isEqualTo(SessionsStatisticsAggregationStatus.IN_PROGRESS);
        assertThat(running.statistics()).isEmpty();
        assertThat(done.status()).isEqualTo(SessionsStatisticsAggregationStatus.COMPLETED);
        assertThat(done.statistics()).isNotEmpty();
    }

    @Test
    void aSecondStartOnTheFarmIsThrottledWhileOneRuns() throws IOException {
        start(TestStudios.fastConfig(studio, clock).inProgress(Duration.ofSeconds(3)));
        AggregationCalls.start(deadline, request());

        assertThatThrownBy(() -> AggregationCalls.start(deadline, request()))
            .isInstanceOfSatisfying(ThrottlingException.class, error -> {
                assertThat(error.statusCode()).isEqualTo(429);
                assertThat(error.retryAfterSeconds()).isEqualTo(3);
            });
        clock.advance(Duration.ofSeconds(3));
        assertThat(AggregationCalls.start(deadline, request())).hasSize(32);
    }

    @Test
    void anotherFarmIsNotThrottledByTheFirstFarmsAggregation() throws IOException {
        start(TestStudios.fastConfig(studio, clock).inProgress(Duration.ofSeconds(3)));
        AggregationCalls.start(deadline, request());
        String otherFarm = studio.farms().get(1).farmId();

        String id = AggregationCalls.start(deadline, AggregationCalls.queues(otherFarm,
            TestStudios.queueIds(studio, otherFarm), START, TestStudios.NOW).build());

        assertThat(id).hasSize(32);
    }

    @Test
    void resultsDisappearOneHourAfterStart() throws IOException {
        start(TestStudios.fastConfig(studio, clock));
        String id = AggregationCalls.start(deadline, request());
        clock.advance(Duration.ofMinutes(59));
        assertThat(get(id, null, 10).status()).isEqualTo(SessionsStatisticsAggregationStatus.COMPLETED);

        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> get(id, null, 10))
            .isInstanceOfSatisfying(ResourceNotFoundException.class,
                error -> assertThat(error.resourceId()).isEqualTo(id));
    }

    @Test
    void pageTokensExpireAfterTheirTimeToLive() throws IOException {
        start(TestStudios.fastConfig(studio, clock)
            .faults(FaultConfig.none().withTokenTtl(Duration.ofMinutes(5))));
        String id = AggregationCalls.start(deadline, request());
        String token = get(id, null, 1).nextToken();
        assertThat(get(id, token, 1).statistics()).hasSize(1);

        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> get(id, token, 1))
            .isInstanceOf(ValidationException.class).hasMessageContaining("expired");
    }

    @Test
    void garbageAndForeignTokensAreRejected() throws IOException {
        start(TestStudios.fastConfig(studio, clock));
        String first = AggregationCalls.start(deadline, request());
        String foreignToken = get(first, null, 1).nextToken();
        String second = AggregationCalls.start(deadline, request());

        assertThatThrownBy(() -> get(second, foreignToken, 1))
            .isInstanceOf(ValidationException.class).hasMessageContaining("different request");
        assertThatThrownBy(() -> get(second, "not-a-token", 1))
            .isInstanceOf(ValidationException.class).hasMessageContaining("nextToken");
        assertThatThrownBy(() -> get(second, foreignToken.substring(1), 1))
            .isInstanceOf(ValidationException.class);
    }

    @Test
    void anOversizedResultFailsWithAnActionableMessage() throws IOException {
        start(TestStudios.fastConfig(studio, clock).resultRowLimit(5));
        String id = AggregationCalls.start(deadline, request().toBuilder().groupBy(UsageGroupByField.JOB_ID)
            .period(Period.HOURLY).build());

        GetSessionsStatisticsAggregationResponse response = get(id, null, 100);

        assertThat(response.status()).isEqualTo(SessionsStatisticsAggregationStatus.FAILED);
        assertThat(response.statusMessage()).contains("shorter time range", "fewer queues", "longer period");
        assertThat(response.statistics()).isEmpty();
    }

    @Test
    void anOversizedResultCanEndAsTimeout() throws IOException {
        start(TestStudios.fastConfig(studio, clock).resultRowLimit(5).oversizeOutcome(AggregationFailure.TIMEOUT));
        String id = AggregationCalls.start(deadline, request().toBuilder().period(Period.HOURLY).build());

        assertThat(get(id, null, 100).status()).isEqualTo(SessionsStatisticsAggregationStatus.TIMEOUT);
    }

    @Test
    void aCallerWhoIsNotAnOwnerIsDeniedUsage() throws IOException {
        start(TestStudios.fastConfig(studio, clock).usageDeniedFarmIds(Set.of(farmId)));

        assertThatThrownBy(() -> AggregationCalls.start(deadline, request()))
            .isInstanceOfSatisfying(AccessDeniedException.class, error -> {
                assertThat(error.statusCode()).isEqualTo(403);
                assertThat(error.getMessage()).contains("OWNER");
            });
    }

    @Test
    void anUnknownAggregationIsNotFound() throws IOException {
        start(TestStudios.fastConfig(studio, clock));

        assertThatThrownBy(() -> get("0123456789abcdef0123456789abcdef", null, 10))
            .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> get("not-an-id", null, 10)).isInstanceOf(ValidationException.class);
    }
}
