package com.deadlinecost.ui.query;

import com.deadlinecost.model.GroupField;
import com.deadlinecost.model.Period;
import com.deadlinecost.model.ResourceKind;
import com.deadlinecost.model.ResourceSelection;
import com.deadlinecost.model.Statistic;
import com.deadlinecost.model.StatisticsQuery;
import com.deadlinecost.model.TimeRange;
import com.deadlinecost.model.UtcOffset;
import com.deadlinecost.service.settings.SavedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Converts between the form's query and the plain-text form kept in settings and saved views. */
public final class SavedQueries {

    private SavedQueries() {
    }

    /** A query restored from text, with the preset its range came from. */
    public record Restored(StatisticsQuery query, TimeRangePreset preset) {
    }

    public static SavedQuery save(StatisticsQuery query, TimeRangePreset preset) {
        String start = preset == TimeRangePreset.CUSTOM
            ? LocalDateTime.ofInstant(query.range().start(), query.offset().zoneOffset()).toString() : null;
        String end = preset == TimeRangePreset.CUSTOM
            ? LocalDateTime.ofInstant(query.range().end(), query.offset().zoneOffset()).toString() : null;
        return new SavedQuery(query.farmId(), query.resourceKind().name(), query.resources().ids(), preset.name(),
            start, end, query.offset().toApiString(), query.period().name(),
            query.groupBy().stream().map(Enum::name).collect(Collectors.toList()),
            query.statistics().stream().map(Enum::name).collect(Collectors.toList()));
    }

    /**
     * The query the text describes, with "last 30 days" and the like resolved against the clock; empty when
     * any part is not understood, so a damaged entry is skipped rather than half applied.
     */
    public static Optional<Restored> restore(SavedQuery saved, Clock clock) {
        try {
            UtcOffset offset = UtcOffset.parse(saved.offset());
            TimeRangePreset preset = TimeRangePreset.valueOf(saved.preset());
            TimeRange range = preset == TimeRangePreset.CUSTOM
                ? new TimeRange(LocalDateTime.parse(saved.customStart()).toInstant(offset.zoneOffset()),
                    LocalDateTime.parse(saved.customEnd()).toInstant(offset.zoneOffset()))
                : preset.resolve(clock, offset);
            List<GroupField> groupBy = saved.groupBy().stream().map(GroupField::valueOf).collect(Collectors.toList());
            EnumSet<Statistic> statistics = EnumSet.noneOf(Statistic.class);
            saved.statistics().forEach(name -> statistics.add(Statistic.valueOf(name)));
            StatisticsQuery query = new StatisticsQuery(saved.farmId(),
                new ResourceSelection(ResourceKind.valueOf(saved.resourceKind()), saved.resourceIds()), range, offset,
                Period.valueOf(saved.period()), groupBy, statistics);
            return Optional.of(new Restored(query, preset));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
