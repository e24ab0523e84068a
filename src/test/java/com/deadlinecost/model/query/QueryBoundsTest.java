package com.deadlinecost.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QueryBoundsTest {
    private static final Instant NOW = Instant.parse("2026-03-18T10:00:00Z");

    @Test
    void aRangeBeforeDeadlineCloudExistedIsNamed() {
        assertThat(QueryBounds.timeProblem(Instant.parse("2023-12-31T00:00:00Z"), NOW, NOW)).hasValueSatisfying(
            problem -> assertThat(problem).contains("2024-01-01", "before Deadline Cloud existed"));
    }

    @Test
    void aRangeMayEndUpToADayAfterNowButNoLater() {
        assertThat(QueryBounds.timeProblem(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofHours(20)), NOW))
            .isEmpty();
        assertThat(QueryBounds.timeProblem(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2)), NOW))
            .hasValueSatisfying(problem -> assertThat(problem).contains("in the future"));
    }
}
