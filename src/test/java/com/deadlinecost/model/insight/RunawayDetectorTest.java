package com.deadlinecost.model.insight;

import static com.deadlinecost.model.insight.InsightRows.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.CostRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunawayDetectorTest {
    private static final Instant MONTH = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant NEXT = Instant.parse("2026-04-01T00:00:00Z");
    private static final double HOUR = 3600;

    /** Ten jobs whose longest sessions take 40 to 60 minutes, at $2 an hour. */
    private static List<CostRow> usualJobs(String queue) {
        List<CostRow> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double longest = (40 + 2 * i) * 60;
            rows.add(job(queue, queue + "-job" + i, MONTH, NEXT, 2 * 5 * longest / HOUR, 5 * longest, longest));
        }
        return rows;
    }

    @Test
    void aJobWithATwelveHourSessionInAQueueOfOneHourSessionsIsARunaway() {
        List<CostRow> rows = usualJobs("q");
        rows.add(job("q", "stuck", MONTH, NEXT, 2 * 13, 13 * HOUR, 12 * HOUR));

        List<Anomaly> found = RunawayDetector.detect(rows, GroupField.QUEUE_ID, AnomalySettings.DEFAULTS);

        assertThat(found).hasSize(1);
        Anomaly runaway = found.get(0);
        assertThat(runaway.kind()).isEqualTo(Anomaly.Kind.RUNAWAY_SESSION);
        assertThat(runaway.group().valueOrNull(GroupField.JOB_ID)).isEqualTo("stuck");
        assertThat(runaway.actualUsd()).isEqualTo(26.0);
        // The median job's longest session is 50 minutes: 11 h 10 min beyond it at $2 an hour.
        assertThat(runaway.excessUsd()).isCloseTo(2 * (12 - 50 / 60.0), within(1e-9));
        assertThat(runaway.score()).isCloseTo(12 * 60 / 50.0, within(1e-9));
        assertThat(runaway.detail()).contains("12.0 h").contains("0.8 h");
    }

    @Test
    void longSessionsAreUsualInAQueueWhereEveryJobRunsLong() {
        List<CostRow> rows = usualJobs("short");
        for (int i = 0; i < 6; i++) {
            rows.add(job("long", "sim" + i, MONTH, NEXT, 200, 100 * HOUR, (10 + i) * HOUR));
        }

        assertThat(RunawayDetector.detect(rows, GroupField.QUEUE_ID, AnomalySettings.DEFAULTS)).isEmpty();
    }

    @Test
    void aSessionSplitAcrossMonthsCountsWithItsLongestPieceAndTheJobSpansBoth() {
        List<CostRow> rows = usualJobs("q");
        rows.add(job("q", "stuck", MONTH, NEXT, 10, 5 * HOUR, 5 * HOUR));
        rows.add(job("q", "stuck", NEXT, Instant.parse("2026-05-01T00:00:00Z"), 14, 7 * HOUR, 7 * HOUR));

        List<Anomaly> found = RunawayDetector.detect(rows, GroupField.QUEUE_ID, AnomalySettings.DEFAULTS);

        assertThat(found).singleElement().satisfies(runaway -> {
            assertThat(runaway.actualUsd()).isEqualTo(24.0);
            assertThat(runaway.start()).isEqualTo(MONTH);
            assertThat(runaway.end()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        });
    }

    @Test
    void aCheapRunawayUnderTheLeastExcessIsNotFlagged() {
        List<CostRow> rows = usualJobs("q");
        rows.add(job("q", "cheap", MONTH, NEXT, 3, 6 * HOUR, 6 * HOUR));

        assertThat(RunawayDetector.detect(rows, GroupField.QUEUE_ID, AnomalySettings.DEFAULTS)).isEmpty();
    }

    @Test
    void aQueueWithTooFewJobsHasNoUsualLength() {
        List<CostRow> rows = new ArrayList<>(usualJobs("q").subList(0, 3));
        rows.add(job("q", "stuck", MONTH, NEXT, 200, 100 * HOUR, 100 * HOUR));

        assertThat(RunawayDetector.detect(rows, GroupField.QUEUE_ID, AnomalySettings.DEFAULTS)).isEmpty();
    }
}
