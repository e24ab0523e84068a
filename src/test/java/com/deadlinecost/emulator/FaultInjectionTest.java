package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.deadline.DeadlineClient;
import software.amazon.awssdk.services.deadline.model.DeadlineException;
import software.amazon.awssdk.services.deadline.model.InternalServerErrorException;
import software.amazon.awssdk.services.deadline.model.SessionsStatisticsAggregationStatus;
import software.amazon.awssdk.services.deadline.model.ThrottlingException;

class FaultInjectionTest {
    private final MutableClock clock = new MutableClock(TestStudios.NOW);
    private EmulatorServer server;
    private DeadlineClient deadline;

    private void start(FaultConfig faults) throws IOException {
        server = EmulatorServer.start(TestStudios.fastConfig(TestStudios.small(), clock).faults(faults).build());
        deadline = EmulatorClients.deadline(server.endpoint());
    }

    @AfterEach
    void stop() {
        deadline.close();
        server.close();
    }

    @Test
    void aThrottleRateOfOneThrottlesEveryRequestWithRetryAfter() throws IOException {
        start(FaultConfig.none().withThrottleRate(1));

        assertThatThrownBy(() -> deadline.listFarms(request -> { }))
            .isInstanceOfSatisfying(ThrottlingException.class, error -> {
                assertThat(error.retryAfterSeconds()).isEqualTo(1);
                assertThat(error.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After")).contains("1");
            });
    }

    @Test
    void anErrorRateOfOneFailsEveryRequest() throws IOException {
        start(FaultConfig.none().withErrorRate(1));

        assertThatThrownBy(() -> deadline.listFarms(request -> { }))
            .isInstanceOfSatisfying(InternalServerErrorException.class,
                error -> assertThat(error.statusCode()).isEqualTo(500));
    }

    @Test
    void aDropRateOfOneClosesConnectionsWithoutAnswer() throws IOException {
        start(FaultConfig.none().withDropRate(1));

        assertThatThrownBy(() -> deadline.listFarms(request -> { })).isInstanceOf(SdkClientException.class);
    }

    @Test
    void theSdkRetriesPastAnOccasionalInjectedFault() throws IOException {
        start(FaultConfig.none().withSeed(3).withErrorRate(0.3));
        try (DeadlineClient retrying = EmulatorClients.deadline(server.endpoint(), 10)) {
            for (int i = 0; i < 5; i++) {
                assertThat(retrying.listFarms(request -> { }).farms()).hasSize(3);
            }
        }
    }

    @Test
    void theSameSeedReplaysTheSameFaults() throws IOException {
        FaultConfig faults = FaultConfig.none().withSeed(11).withThrottleRate(0.25).withErrorRate(0.25);
        start(faults);
        List<String> first = outcomes(12);
        stop();
        start(faults);

        assertThat(outcomes(12)).isEqualTo(first).contains("ok", "ThrottlingException",
            "InternalServerErrorException");
    }

    @Test
    void forcedFailureEndsEveryAggregationAsConfigured() throws IOException {
        start(FaultConfig.none().withFailAggregations(AggregationFailure.TIMEOUT));
        String farmId = TestStudios.bigFarm(TestStudios.small()).farmId();
        String id = AggregationCalls.start(deadline, AggregationCalls.queues(farmId,
            TestStudios.queueIds(TestStudios.small(), farmId).subList(0, 2), TestStudios.NOW.minus(Duration.ofDays(3)),
            TestStudios.NOW).build());

        var response = deadline.getSessionsStatisticsAggregation(request -> request.farmId(farmId).aggregationId(id));

        assertThat(response.status()).isEqualTo(SessionsStatisticsAggregationStatus.TIMEOUT);
        assertThat(response.statusMessage()).contains("--fail-aggregations");
    }

    @Test
    void latencyDelaysEveryAnswer() throws IOException {
        start(FaultConfig.none().withLatency(Duration.ofMillis(300)));
        long before = System.nanoTime();

        deadline.listFarms(request -> { });

        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    private List<String> outcomes(int requests) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            try {
                deadline.listFarms(request -> { });
                outcomes.add("ok");
            } catch (DeadlineException e) {
                outcomes.add(e.awsErrorDetails().errorCode());
            }
        }
        return outcomes;
    }
}
