package com.deadlinecost.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UtcOffsetTest {

    @Test
    void halfHourOffsetParsesAndFormatsBackToTheApiForm() {
        UtcOffset offset = UtcOffset.parse("UTC+05:30");

        assertThat(offset.zoneOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(offset.toApiString()).isEqualTo("UTC+05:30");
    }

    @Test
    void negativeOffsetFormatsWithMinusSignAndNineCharacters() {
        assertThat(UtcOffset.of(ZoneOffset.ofHoursMinutes(-9, -30)).toApiString()).isEqualTo("UTC-09:30");
    }

    @Test
    void utcFormatsAsPlusZero() {
        assertThat(UtcOffset.UTC.toApiString()).isEqualTo("UTC+00:00");
    }

    @Test
    void bareUtcIsRejectedWithTheExpectedForm() {
        assertThatThrownBy(() -> UtcOffset.parse("UTC"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'UTC'")
            .hasMessageContaining("e.g. UTC+05:30");
    }

    @Test
    void hourWithoutMinutesIsRejected() {
        assertThatThrownBy(() -> UtcOffset.parse("UTC+8")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'UTC+8'");
    }

    @Test
    void quarterHourOffsetIsRejected() {
        assertThatThrownBy(() -> UtcOffset.parse("UTC+05:45")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UtcOffset.of(ZoneOffset.ofHoursMinutes(5, 45)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("whole or half hours");
    }

    @Test
    void offsetsBeyondMinusTwelveOrPlusFourteenAreRejected() {
        assertThatThrownBy(() -> UtcOffset.parse("UTC+15:00")).hasMessageContaining("UTC-12:00 to UTC+14:00");
        assertThatThrownBy(() -> UtcOffset.parse("UTC-12:30")).hasMessageContaining("UTC-12:00 to UTC+14:00");
    }

    @Test
    void nullTextIsRejectedWithTheExpectedForm() {
        assertThatThrownBy(() -> UtcOffset.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allListsEveryHalfHourFromMinusTwelveToPlusFourteen() {
        assertThat(UtcOffset.all()).hasSize(53)
            .startsWith(UtcOffset.parse("UTC-12:00"))
            .endsWith(UtcOffset.parse("UTC+14:00"))
            .contains(UtcOffset.parse("UTC+05:30"));
    }
}
