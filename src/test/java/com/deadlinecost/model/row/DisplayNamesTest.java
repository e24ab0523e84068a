package com.deadlinecost.model.row;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    private static final DisplayNames NAMES = DisplayNames.builder()
        .queue("queue-1", "Lighting")
        .fleet("fleet-1", "Linux render")
        .user("user-1", "Ana Lima")
        .queue("queue-2", "   ")
        .build();

    @Test
    void knownIdResolvesToItsName() {
        assertThat(NAMES.name(GroupField.QUEUE_ID, "queue-1")).isEqualTo("Lighting");
        assertThat(NAMES.name(GroupField.USER_ID, "user-1")).isEqualTo("Ana Lima");
    }

    @Test
    void unknownIdFallsBackToTheId() {
        assertThat(NAMES.name(GroupField.FLEET_ID, "fleet-9")).isEqualTo("fleet-9");
    }

    @Test
    void blankNameFallsBackToTheId() {
        assertThat(NAMES.name(GroupField.QUEUE_ID, "queue-2")).isEqualTo("queue-2");
    }

    @Test
    void namesAreLookedUpPerFieldSoAQueueNameDoesNotNameAFleet() {
        assertThat(NAMES.name(GroupField.FLEET_ID, "queue-1")).isEqualTo("queue-1");
    }

    @Test
    void absentOrBlankIdDisplaysAsNoneNeverBlank() {
        assertThat(NAMES.name(GroupField.QUEUE_ID, null)).isEqualTo(DisplayNames.NONE_LABEL);
        assertThat(NAMES.name(GroupField.QUEUE_ID, "")).isEqualTo(DisplayNames.NONE_LABEL);
    }

    @Test
    void jobNameFromTheServiceNamesAJobWithoutAKnownName() {
        GroupKey key = GroupKey.of(GroupField.JOB_ID, "job-1").withJobName("Shot 010 lighting");

        assertThat(NAMES.name(key, GroupField.JOB_ID)).isEqualTo("Shot 010 lighting");
    }

    @Test
    void keyLabelJoinsTheNamesOfItsFields() {
        GroupKey key = GroupKey.of(GroupField.USER_ID, "user-1", GroupField.QUEUE_ID, "queue-1");

        assertThat(NAMES.label(key)).isEqualTo("Lighting / Ana Lima");
        assertThat(NAMES.label(GroupKey.NONE)).isEqualTo("All");
    }

    @Test
    void emptyNamesShowIds() {
        assertThat(DisplayNames.empty().name(GroupField.USER_ID, "user-1")).isEqualTo("user-1");
    }
}
