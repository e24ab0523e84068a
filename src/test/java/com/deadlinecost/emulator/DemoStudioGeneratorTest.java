package com.deadlinecost.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.aggregation.SessionRecord;
import com.deadlinecost.emulator.aggregation.SessionTable;
import com.deadlinecost.emulator.aggregation.UsageType;
import com.deadlinecost.emulator.studio.DemoStudioGenerator;
import com.deadlinecost.emulator.studio.SessionCsv;
import com.deadlinecost.emulator.studio.Studio;
import com.deadlinecost.emulator.studio.StudioFleet;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoStudioGeneratorTest {
    private final Studio studio = TestStudios.small();

    @Test
    void theSameSeedWithinTheHourGivesTheSameStudio() {
        Studio early = DemoStudioGenerator.generate(5L, Instant.parse("2025-06-18T10:01:00Z"), 2_000);
        Studio late = DemoStudioGenerator.generate(5L, Instant.parse("2025-06-18T10:59:59Z"), 2_000);
        Studio otherSeed = DemoStudioGenerator.generate(6L, Instant.parse("2025-06-18T10:01:00Z"), 2_000);

        assertThat(csv(late.sessions())).isEqualTo(csv(early.sessions())).isNotEqualTo(csv(otherSeed.sessions()));
        assertThat(late.farms()).isEqualTo(early.farms());
    }

    @Test
    void oneFarmHasMoreThanTenQueuesAndFleets() {
        assertThat(studio.farms()).hasSizeGreaterThanOrEqualTo(2);
        String big = TestStudios.bigFarm(studio).farmId();
        assertThat(studio.queues(big)).hasSizeGreaterThan(10);
        assertThat(studio.fleets(big)).hasSizeGreaterThan(10);
    }

    @Test
    void fleetsAreRealInstanceTypesAndOneCustomerManagedAtOneDollar() {
        assertThat(studio.fleets(TestStudios.bigFarm(studio).farmId()))
            .filteredOn(StudioFleet::customerManaged).singleElement()
            .satisfies(fleet -> assertThat(fleet.hourlyRateUsd()).isEqualTo(1.0));
        assertThat(studio.fleets(TestStudios.bigFarm(studio).farmId())).filteredOn(fleet -> !fleet.customerManaged())
            .allMatch(fleet -> fleet.instanceType().matches("[cmrg][0-9][a-z]*\\.[0-9]*x?large"));
    }

    @Test
    void thirtyToSixtyUsersWithNames() {
        assertThat(studio.users()).hasSizeBetween(30, 60)
            .allMatch(user -> user.userName().matches("[a-z]+\\.[a-z]+"));
    }

    @Test
    void sessionsCoverThirteenMonthsUpToTheHourWithLicencesAndARunaway() {
        SessionTable sessions = studio.sessions();
        Instant rangeStart = DemoStudioGenerator.rangeStart(TestStudios.NOW);
        Set<String> products = new HashSet<>();
        Set<String> jobs = new HashSet<>();
        Duration longest = Duration.ZERO;
        for (int i = 0; i < sessions.size(); i++) {
            SessionRecord record = sessions.record(i);
            assertThat(record.startTime()).isAfterOrEqualTo(rangeStart);
            assertThat(record.endTime()).isBeforeOrEqualTo(TestStudios.NOW);
            if (record.usageType() == UsageType.LICENSE) {
                products.add(record.licenseProduct());
            }
            jobs.add(record.jobName());
            Duration length = Duration.between(record.startTime(), record.endTime());
            longest = length.compareTo(longest) > 0 ? length : longest;
        }
        assertThat(sessions.size()).isEqualTo(40_000);
        assertThat(products).contains("Maya", "Arnold", "Nuke", "Houdini", "V-Ray");
        assertThat(jobs).hasSizeGreaterThan(500).anyMatch(name -> name.matches("[A-Z0-9]+_(ep\\d+_)?sq\\d{3}_sh\\d{4}_"
            + "[a-z_]+_v\\d{3}"));
        assertThat(longest).isGreaterThan(Duration.ofDays(5));
    }

    private static String csv(SessionTable sessions) {
        StringWriter writer = new StringWriter();
        SessionCsv.write(sessions, writer);
        return writer.toString();
    }
}
