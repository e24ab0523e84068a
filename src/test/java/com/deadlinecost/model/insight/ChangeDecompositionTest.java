package com.deadlinecost.model.insight;

import static com.deadlinecost.model.insight.InsightRows.day;
import static com.deadlinecost.model.insight.InsightRows.queue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.model.insight.ChangeSummary.WaterfallStep;
import com.deadlinecost.model.insight.GroupChange.Status;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.CostRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChangeDecompositionTest {
    private static final Instant EARLIER = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");
    private static final List<GroupField> BY_QUEUE = List.of(GroupField.QUEUE_ID);

    @Test
    void moreHoursAtTheSameRateIsAllRuntimeEffect() {
        ChangeSummary summary = ChangeDecomposition.of(List.of(day("q", EARLIER, 100, 36_000)),
            List.of(day("q", NOW, 150, 54_000)), BY_QUEUE);

        GroupChange change = summary.groups().get(0);
        assertThat(change.changeCents()).isEqualTo(5_000);
        assertThat(change.runtimeEffectCents()).isEqualTo(5_000);
        assertThat(change.rateEffectCents()).isZero();
    }

    @Test
    void theSameHoursAtAHigherRateIsAllRateEffect() {
        ChangeSummary summary = ChangeDecomposition.of(List.of(day("q", EARLIER, 100, 36_000)),
            List.of(day("q", NOW, 130, 36_000)), BY_QUEUE);

        GroupChange change = summary.groups().get(0);
        assertThat(change.runtimeEffectCents()).isZero();
        assertThat(change.rateEffectCents()).isEqualTo(3_000);
    }

    @Test
    void bothEffectsSplitAsTheTextbookSaysAndTheResidueGoesToTheRate() {
        // 10 h at $10/h, then 12 h at $12.50/h: runtime effect 2 h x $10 = $20, rate effect 12 h x $2.50 = $30.
        ChangeSummary summary = ChangeDecomposition.of(List.of(day("q", EARLIER, 100, 36_000)),
            List.of(day("q", NOW, 150, 43_200)), BY_QUEUE);

        GroupChange change = summary.groups().get(0);
        assertThat(change.runtimeEffectCents()).isEqualTo(2_000);
        assertThat(change.rateEffectCents()).isEqualTo(3_000);
    }

    @Test
    void newAndVanishedGroupsAreMarkedAndTheirWholeChangeIsRuntime() {
        ChangeSummary summary = ChangeDecomposition.of(List.of(day("old", EARLIER, 40, 3600)),
            List.of(day("new", NOW, 25.5, 1800)), BY_QUEUE);

        GroupChange gone = summary.of(queue("old")).orElseThrow();
        GroupChange added = summary.of(queue("new")).orElseThrow();
        assertThat(gone.status()).isEqualTo(Status.VANISHED);
        assertThat(gone.runtimeEffectCents()).isEqualTo(-4_000);
        assertThat(added.status()).isEqualTo(Status.NEW);
        assertThat(added.runtimeEffectCents()).isEqualTo(2_550);
        assertThat(added.changeRatio()).isNaN();
    }

    @Test
    void effectsAddUpToTheChangeToTheCentPerGroupAndInTotalOnRandomCosts() {
        Random random = new Random(17);
        for (int round = 0; round < 500; round++) {
            List<CostRow> earlier = new ArrayList<>();
            List<CostRow> current = new ArrayList<>();
            for (int group = 0; group < 1 + random.nextInt(12); group++) {
                for (int bucket = 0; bucket < random.nextInt(5); bucket++) {
                    earlier.add(day("q" + group, EARLIER.plusSeconds(86_400L * bucket), random.nextDouble() * 1e4 / 3,
                        random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1e6));
                }
                for (int bucket = 0; bucket < random.nextInt(5); bucket++) {
                    current.add(day("q" + group, NOW.plusSeconds(86_400L * bucket), random.nextDouble() * 1e4 / 7,
                        random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1e6));
                }
            }

            ChangeSummary summary = ChangeDecomposition.of(earlier, current, BY_QUEUE);

            for (GroupChange change : summary.groups()) {
                assertThat(change.runtimeEffectCents() + change.rateEffectCents()).isEqualTo(change.changeCents());
            }
            assertThat(summary.runtimeEffectCents() + summary.rateEffectCents()).isEqualTo(summary.changeCents());
            assertThat(summary.changeCents()).isEqualTo(summary.currentTotalCents() - summary.earlierTotalCents());
            long steps = summary.waterfall(3).stream().mapToLong(WaterfallStep::changeCents).sum();
            assertThat(steps).isEqualTo(summary.changeCents());
        }
    }

    @Test
    void theWaterfallShowsTheLargestChangesAndFoldsTheRestIntoOther() {
        ChangeSummary summary = ChangeDecomposition.of(
            List.of(day("a", EARLIER, 100, 3600), day("b", EARLIER, 100, 3600), day("c", EARLIER, 100, 3600)),
            List.of(day("a", NOW, 90, 3600), day("b", NOW, 400, 3600), day("c", NOW, 150, 3600)), BY_QUEUE);

        List<WaterfallStep> steps = summary.waterfall(2);

        assertThat(steps).hasSize(3);
        assertThat(steps.get(0).group()).contains(queue("b"));
        assertThat(steps.get(1).group()).contains(queue("c"));
        assertThat(steps.get(2).isOther()).isTrue();
        assertThat(steps.get(2).changeCents()).isEqualTo(-1_000);
    }

    @Test
    void costsRoundHalfToEvenToTheCentOnce() {
        assertThat(Cents.of(0.125)).isEqualTo(12);
        assertThat(Cents.of(0.375)).isEqualTo(38);
        assertThat(Cents.of(-1.005)).isEqualTo(-100);
        assertThat(Cents.format(-1234)).isEqualTo("-12.34");
        assertThatThrownBy(() -> Cents.of(Double.NaN)).hasMessageContaining("finite");
    }
}
