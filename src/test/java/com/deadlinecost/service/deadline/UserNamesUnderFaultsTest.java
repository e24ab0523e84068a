package com.deadlinecost.service.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.emulator.FaultConfig;
import com.deadlinecost.emulator.studio.StudioUser;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.row.DisplayNames;
import org.junit.jupiter.api.Test;

/** User names survive a flaky identity store: transient failures are retried, not turned into ids. */
class UserNamesUnderFaultsTest {

    @Test
    void namesAreLookedUpAgainAfterTransientErrors() {
        DisplayNames clean;
        try (DemoFixture fixture = new DemoFixture(DemoFixture.config())) {
            clean = fixture.gateway.displayNames(DemoFixture.farmId());
        }
        FaultConfig flaky = FaultConfig.none().withSeed(15L).withErrorRate(0.4);

        try (DemoFixture fixture = new DemoFixture(DemoFixture.config().faults(flaky))) {
            DisplayNames names = fixture.gateway.displayNames(DemoFixture.farmId());

            for (StudioUser user : DemoFixture.STUDIO.users()) {
                assertThat(names.name(GroupField.USER_ID, user.userId())).as(user.userId())
                    .isEqualTo(clean.name(GroupField.USER_ID, user.userId()));
            }
        }
    }
}
