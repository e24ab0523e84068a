package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deadlinecost.emulator.aggregation.AggregationRequest;
import com.deadlinecost.emulator.aggregation.GroupField;
import com.deadlinecost.emulator.aggregation.Period;
import com.deadlinecost.emulator.aggregation.ResourceKind;
import com.deadlinecost.emulator.aggregation.SessionAggregator;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.Statistic;
import com.deadlinecost.emulator.studio.SessionCsv;
import com.deadlinecost.emulator.studio.SessionFileException;
import com.deadlinecost.emulator.studio.Studio;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCsvTest {
    private static final String HEADER = String.join(",", SessionCsv.COLUMNS) + "\n";
    private static final String GOOD = "farm-a,queue-a,fleet-a,job-a,name,user,COMPUTE,c5.4xlarge,,"
        + "2025-03-03T22:00:00Z,2025-03-04T02:00:00Z,2\n";

    private static SessionTable read(String text) throws SessionFileException {
        return SessionCsv.read(new StringReader(text), "test.csv");
    }

    @Test
    void aDumpReadBackAggregatesTheSame() throws SessionFileException {
        Studio studio = TestStudios.small();
        StringWriter dump = new StringWriter();
        SessionCsv.write(studio.sessions(), dump);
        SessionTable reread = read(dump.toString());
        String farmId = TestStudios.bigFarm(studio).farmId();
        AggregationRequest request = new AggregationRequest(farmId, ResourceKind.QUEUE,
            new HashSet<>(TestStudios.queueIds(studio, farmId)), Instant.parse("2025-01-01T00:00:00Z"), TestStudios.NOW,
            ZoneOffset.ofHoursMinutes(5, 30), Period.WEEKLY, List.of(GroupField.USER_ID, GroupField.LICENSE_PRODUCT),
            EnumSet.allOf(Statistic.class));

        assertThat(reread.size()).isEqualTo(studio.sessions().size());
        assertThat(SessionAggregator.aggregate(reread, request))
            .isNotEmpty().isEqualTo(SessionAggregator.aggregate(studio.sessions(), request));
    }

    @Test
    void aWrongHeaderIsReported() {
        assertThatThrownBy(() -> read("farm,queue\n" + GOOD))
            .isInstanceOf(SessionFileException.class).hasMessageContaining("test.csv, line 1: expected the header");
    }

    @Test
    void aMissingValueIsReportedWithItsLine() {
        assertThatThrownBy(() -> read(HEADER + GOOD + "farm-a,queue-a,fleet-a\n"))
            .isInstanceOf(SessionFileException.class).hasMessage("test.csv, line 3: expected 12 values but found 3");
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> read(HEADER + GOOD.replace("COMPUTE", "GPU")))
            .hasMessageContaining("line 2: usageType 'GPU' is not COMPUTE, LICENSE or PERSISTENT_VOLUME");
        assertThatThrownBy(() -> read(HEADER + GOOD.replace(",2\n", ",cheap\n")))
            .hasMessageContaining("line 2: hourlyRateUsd 'cheap' is not a number");
        assertThatThrownBy(() -> read(HEADER + GOOD.replace("2025-03-04T02:00:00Z", "2025-03-03T21:00:00Z")))
            .hasMessageContaining("line 2: startTime must be before endTime");
        assertThatThrownBy(() -> read(HEADER + GOOD.replace("farm-a", "")))
            .hasMessageContaining("line 2: farmId is empty");
    }

    @Test
    void quotedNamesWithCommasSurvive() throws SessionFileException {
        SessionTable table = read(HEADER + GOOD.replace(",name,", ",\"shot, retake\","));

        assertThat(table.record(0).jobName()).isEqualTo("shot, retake");
        assertThat(table.record(0).startTime()).isEqualTo(Instant.parse("2025-03-03T22:00:00Z"));
    }
}
