package com.deadlinecost.ui.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.ui.common.InlineTaskRunner;
import com.deadlinecost.ui.explorer.ScriptedGateway;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class QueryPanelViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);
    private static final NamedResource FARM = new NamedResource("farm-0123456789abcdef0123456789abcdef", "Feature",
        "");
    private static final NamedResource QUEUE = new NamedResource("queue-0123456789abcdef0123456789abcdef",
        "Lighting", "IDLE");

    private final ObservableList<NamedResource> farms = FXCollections.observableArrayList();

    private QueryPanelViewModel form(ZoneId zone) {
        return new QueryPanelViewModel(farms, InlineTaskRunner.immediate(), CLOCK, zone);
    }

    private QueryPanelViewModel validForm() {
        QueryPanelViewModel form = form(ZoneOffset.UTC);
        form.farmProperty().set(FARM);
        form.availableResources().setAll(QUEUE);
        form.selectedResources().setAll(QUEUE);
        return form;
    }

    @Test
    void anEmptyFormNamesWhatIsMissingAndCannotRun() {
        QueryPanelViewModel form = form(ZoneOffset.UTC);

        assertThat(form.messages().farm().get()).isEqualTo("Choose a farm.");
        assertThat(form.messages().resources().get()).isEqualTo("Choose at least one queue.");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.query()).isEmpty();
    }

    @Test
    void whileTheFarmsQueuesAreListedNothingIsMissingYetButRunWaits() {
        InlineTaskRunner runner = InlineTaskRunner.deferred();
        QueryPanelViewModel form = new QueryPanelViewModel(farms, runner, CLOCK, ZoneOffset.UTC);
        form.useGateway(new ScriptedGateway(List.of(), null) {
            @Override
            public List<NamedResource> queues(String farmId) {
                return List.of(QUEUE);
            }
        });
        form.farmProperty().set(FARM);

        assertThat(form.messages().resources().get()).isEmpty();
        assertThat(form.validProperty().get()).isFalse();

        while (runner.runNext()) {
            // the listing of queues and fleets, then the names
        }
        form.selectedResources().clear();

        assertThat(form.availableResources()).containsExactly(QUEUE);
        assertThat(form.messages().resources().get()).isEqualTo("Choose at least one queue.");
        form.selectedResources().setAll(QUEUE);
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aCompleteFormBuildsTheQuery() {
        QueryPanelViewModel form = validForm();
        form.thenByProperty().set(GroupField.USER_ID);
        form.statisticProperty(Statistic.AVG).set(true);

        StatisticsQuery query = form.query().orElseThrow();

        assertThat(query.farmId()).isEqualTo(FARM.id());
        assertThat(query.resources().ids()).containsExactly(QUEUE.id());
        assertThat(query.groupBy()).containsExactly(GroupField.QUEUE_ID, GroupField.USER_ID);
        assertThat(query.statistics()).containsExactlyInAnyOrder(Statistic.SUM, Statistic.AVG);
        assertThat(query.period()).isEqualTo(Period.DAILY);
        assertThat(query.range().end()).isEqualTo(Instant.parse("2026-03-18T10:01:00Z"));
    }

    @Test
    void aReversedCustomRangeIsAnErrorNextToTheRange() {
        QueryPanelViewModel form = validForm();
        form.presetProperty().set(RangePreset.CUSTOM);

        form.customStartProperty().set(LocalDateTime.parse("2026-03-10T00:00"));
        form.customEndProperty().set(LocalDateTime.parse("2026-03-01T00:00"));

        assertThat(form.messages().range().get()).contains("reversed");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void aCustomRangeBeforeDeadlineCloudExistedIsAnError() {
        QueryPanelViewModel form = validForm();
        form.presetProperty().set(RangePreset.CUSTOM);

        form.customStartProperty().set(LocalDateTime.parse("0001-01-01T00:00"));
        form.customEndProperty().set(LocalDateTime.parse("2026-03-01T00:00"));

        assertThat(form.messages().range().get()).contains("before Deadline Cloud existed");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void aCustomRangeEndingFarInTheFutureIsAnError() {
        QueryPanelViewModel form = validForm();
        form.presetProperty().set(RangePreset.CUSTOM);

        form.customStartProperty().set(LocalDateTime.parse("2026-03-01T00:00"));
        form.customEndProperty().set(LocalDateTime.parse("+999999999-12-31T00:00"));

        assertThat(form.messages().range().get()).contains("in the future");
        assertThat(form.query()).isEmpty();
    }

    @Test
    void theSameGroupingTwiceIsRefused() {
        QueryPanelViewModel form = validForm();

        form.thenByProperty().set(GroupField.QUEUE_ID);

        assertThat(form.messages().groupBy().get()).contains("two different");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void noStatisticIsRefused() {
        QueryPanelViewModel form = validForm();

        form.statisticProperty(Statistic.SUM).set(false);

        assertThat(form.messages().statistics().get()).isNotEmpty();
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void hourlyOverNinetyDaysWarnsButStillRuns() {
        QueryPanelViewModel form = validForm();

        form.periodProperty().set(Period.HOURLY);
        form.presetProperty().set(RangePreset.LAST_90_DAYS);

        assertThat(form.messages().warning().get()).contains("may time out");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aRangeOverADaylightSavingChangeGetsANote() {
        QueryPanelViewModel form = form(ZoneId.of("Europe/London"));
        form.presetProperty().set(RangePreset.CUSTOM);

        form.customStartProperty().set(LocalDateTime.parse("2026-03-20T00:00"));
        form.customEndProperty().set(LocalDateTime.parse("2026-04-05T00:00"));

        assertThat(form.messages().daylightSaving().get()).contains("Europe/London").contains("2026-03-29");
    }

    @Test
    void theOffsetDefaultsToTheMachinesCurrentOffset() {
        assertThat(form(ZoneId.of("Asia/Kolkata")).offsetProperty().get()).isEqualTo(UtcOffset.parse("UTC+05:30"));
    }

    @Test
    void theFirstFarmIsOfferedWhenFarmsArrive() {
        QueryPanelViewModel form = form(ZoneOffset.UTC);

        farms.setAll(List.of(FARM));

        assertThat(form.farmProperty().get()).isEqualTo(FARM);
    }

    @Test
    void fillingFromASavedQueryRestoresTheFormOnceTheFarmIsKnown() {
        QueryPanelViewModel source = validForm();
        source.periodProperty().set(Period.WEEKLY);
        StatisticsQuery saved = source.query().orElseThrow();
        QueryPanelViewModel form = form(ZoneOffset.UTC);

        form.fill(saved, RangePreset.LAST_30_DAYS);
        farms.setAll(FARM);

        assertThat(form.farmProperty().get()).isEqualTo(FARM);
        assertThat(form.periodProperty().get()).isEqualTo(Period.WEEKLY);
    }
}
