package com.deadlinecost.service.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.StudioFarm;
import com.deadlinecost.model.insight.Anomaly;
import com.deadlinecost.model.insight.AnomalySettings;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.StatisticsQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo studio's planted stories are found with the default settings, through the SDK and the emulator. */
class DemoStoriesTest {
    private static DemoStudioInsight demo;

    @BeforeAll
    static void start() {
        demo = new DemoStudioInsight();
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static List<Anomaly> anomalies(StatisticsQuery query) {
        InsightService service = new InsightService(demo.gateway, () -> false);
        return service.anomalies(query, service.fetchWithHistory(query, null), AnomalySettings.DEFAULTS, Set.of());
    }

    @Test
    void theDefaultFarmOverItsThirteenMonthsShowsTheRunawayJobAndAtMostFiveOtherFlags() {
        StudioFarm farm = DemoStudioInsight.farm("Harbor Lights Feature");
        StatisticsQuery query = DemoStudioInsight.byQueue(farm, DemoStudioGenerator.rangeStart(DemoStudioInsight.NOW),
            Period.DAILY);

        List<Anomaly> found = anomalies(query);

        List<Anomaly> runaway = found.stream().filter(anomaly -> anomaly.kind() == Anomaly.Kind.RUNAWAY_SESSION
            && anomaly.group().jobName().orElse("").equals("GRV_sq120_sh0410_fx_pyro_v007")).toList();
        assertThat(runaway).hasSize(1);
        assertThat(runaway.get(0).group().valueOrNull(GroupField.QUEUE_ID))
            .isEqualTo(DemoStudioInsight.queueId(farm, "FX Simulation"));
        assertThat(runaway.get(0).excessUsd()).isGreaterThan(100);
        assertThat(runaway.get(0).contributors()).as("the user who ran it").hasSize(1);
        assertThat(found.size() - runaway.size()).isLessThanOrEqualTo(5);
    }

    @Test
    void theWeekendSpikeOnTheEpisodicFarmIsFound() {
        StudioFarm farm = DemoStudioInsight.farm("Tidewater Episodic");
        StatisticsQuery query = DemoStudioInsight.byQueue(farm, DemoStudioGenerator.rangeStart(DemoStudioInsight.NOW),
            Period.DAILY);

        List<Anomaly> found = anomalies(query);

        String fx = DemoStudioInsight.queueId(farm, "FX Simulation");
        Instant weekend = DemoStudioInsight.NOW.minus(Duration.ofDays(24));
        assertThat(found).anySatisfy(anomaly -> {
            assertThat(anomaly.kind()).isEqualTo(Anomaly.Kind.SPEND_SPIKE);
            assertThat(anomaly.group().valueOrNull(GroupField.QUEUE_ID)).isEqualTo(fx);
            assertThat(anomaly.start()).isBetween(weekend.minus(Duration.ofDays(4)), weekend.plus(Duration.ofDays(4)));
            assertThat(anomaly.excessUsd()).isGreaterThan(1000);
            assertThat(anomaly.contributors()).isNotEmpty()
                .allSatisfy(contributor -> assertThat(contributor.group().jobName()).isPresent());
        });
        assertThat(found).allSatisfy(anomaly -> assertThat(anomaly.group().valueOrNull(GroupField.QUEUE_ID))
            .as("only the weekend's FX queue stands out on the episodic farm").isEqualTo(fx));
    }
}
