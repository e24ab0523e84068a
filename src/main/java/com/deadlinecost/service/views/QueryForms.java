package com.deadlinecost.service.views;

import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.service.settings.SavedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Converts between a {@link StatisticsQuery} and the plain-text {@link SavedQuery} of settings and view
 * files, and repairs a saved query part by part so that one value this version does not understand costs
 * only that value, with a warning, rather than the whole query.
 */
public final class QueryForms {

    private QueryForms() {
    }

    /**
     * A query restored from text, with the preset its range came from and the earlier range it is compared with.
     *
     * @param compareWith the comparison, null for none
     */
    public record Restored(StatisticsQuery query, RangePreset preset, CompareWith compareWith) {
    }

    /** A saved query with every part this version understands, and a warning per part that was replaced. */
    public record Repaired(SavedQuery query, List<String> warnings) {
    }

    /** The saved form of {@code query}; a custom range keeps its bounds as local times in the offset. */
    public static SavedQuery save(StatisticsQuery query, RangePreset preset) {
        boolean custom = preset == RangePreset.CUSTOM;
        String start = custom ? local(query.range().start(), query.offset()) : null;
        String end = custom ? local(query.range().end(), query.offset()) : null;
        return new SavedQuery(query.farmId(), query.resourceKind().name(), query.resources().ids(), preset.name(),
            start, end, query.offset().toApiString(), query.period().name(),
            query.groupBy().stream().map(Enum::name).collect(Collectors.toList()),
            query.statistics().stream().map(Enum::name).collect(Collectors.toList()));
    }

    /** The saved form of {@code query} compared with {@code compareWith} (null: no comparison). */
    public static SavedQuery save(StatisticsQuery query, RangePreset preset, CompareWith compareWith) {
        return save(query, preset).withCompareWith(compareWith == null ? null : compareWith.option());
    }

    /**
     * The query the text describes, with "last month" and the like resolved against the clock.
     *
     * @throws IllegalArgumentException naming the part that is missing or not understood
     */
    public static Restored restore(SavedQuery saved, Clock clock) {
        UtcOffset offset = UtcOffset.parse(saved.offset());
        RangePreset preset = RangePreset.valueOf(saved.preset());
        TimeRange range = preset == RangePreset.CUSTOM
            ? new TimeRange(LocalDateTime.parse(saved.customStart()).toInstant(offset.zoneOffset()),
                LocalDateTime.parse(saved.customEnd()).toInstant(offset.zoneOffset()))
            : preset.resolve(clock, offset);
        List<GroupField> groupBy = saved.groupBy().stream().map(GroupField::valueOf).collect(Collectors.toList());
        EnumSet<Statistic> statistics = EnumSet.noneOf(Statistic.class);
        saved.statistics().forEach(name -> statistics.add(Statistic.valueOf(name)));
        StatisticsQuery query = new StatisticsQuery(saved.farmId(),
            new ResourceSelection(ResourceKind.valueOf(saved.resourceKind()), saved.resourceIds()), range, offset,
            Period.valueOf(saved.period()), groupBy, statistics);
        CompareWith compareWith = saved.compareWith() == null ? null : CompareWith.parse(saved.compareWith());
        return new Restored(query, preset, compareWith);
    }

    /** The saved query with each part this version does not understand replaced by the app's default. */
    public static Repaired repair(SavedQuery saved) {
        List<String> warnings = new ArrayList<>();
        String kind = known(ResourceKind.class, saved.resourceKind(), ResourceKind.QUEUE, "resource kind", warnings);
        String preset = known(RangePreset.class, saved.preset(), RangePreset.LAST_30_DAYS, "time range", warnings);
        String start = saved.customStart();
        String end = saved.customEnd();
        if (RangePreset.CUSTOM.name().equals(preset) && !customRangeReadable(start, end)) {
            warnings.add("The custom range '" + start + "' to '" + end + "' is not readable; using "
                + RangePreset.LAST_30_DAYS.label().toLowerCase(Locale.ROOT) + " instead.");
            preset = RangePreset.LAST_30_DAYS.name();
        }
        String offset = saved.offset();
        try {
            UtcOffset.parse(offset);
        } catch (IllegalArgumentException e) {
            warnings.add("The UTC offset '" + offset + "' is not one Deadline Cloud takes; using UTC+00:00.");
            offset = UtcOffset.UTC.toApiString();
        }
        String period = known(Period.class, saved.period(), Period.DAILY, "period", warnings);
        List<String> groupBy = knownAll(GroupField.class, saved.groupBy(), GroupField.QUEUE_ID, "grouping",
            warnings);
        if (groupBy.size() > StatisticsQuery.MAX_GROUP_BY) {
            warnings.add("Only the first two groupings are used.");
            groupBy = groupBy.subList(0, StatisticsQuery.MAX_GROUP_BY);
        }
        List<String> statistics = knownAll(Statistic.class, saved.statistics(), Statistic.SUM, "statistic",
            warnings);
        String compareWith = saved.compareWith();
        if (compareWith != null && !knownComparison(compareWith)) {
            warnings.add("The comparison '" + compareWith + "' is not known to this version; comparing with "
                + "nothing.");
            compareWith = null;
        }
        return new Repaired(new SavedQuery(saved.farmId(), kind, saved.resourceIds(), preset, start, end, offset,
            period, groupBy, statistics, compareWith), warnings);
    }

    private static boolean knownComparison(String option) {
        try {
            CompareWith.parse(option);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean customRangeReadable(String start, String end) {
        try {
            return start != null && end != null && LocalDateTime.parse(start).isBefore(LocalDateTime.parse(end));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static <E extends Enum<E>> String known(Class<E> type, String name, E fallback, String what,
                                                    List<String> warnings) {
        if (isKnown(type, name)) {
            return name;
        }
        warnings.add("The " + what + " '" + name + "' is not known to this version; using "
            + fallback.name() + ".");
        return fallback.name();
    }

    private static <E extends Enum<E>> List<String> knownAll(Class<E> type, List<String> names, E fallback,
                                                             String what, List<String> warnings) {
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            if (isKnown(type, name) && !kept.contains(name)) {
                kept.add(name);
            } else if (!isKnown(type, name)) {
                warnings.add("The " + what + " '" + name + "' is not known to this version and was left out.");
            }
        }
        if (kept.isEmpty()) {
            kept.add(fallback.name());
        }
        return kept;
    }

    private static <E extends Enum<E>> boolean isKnown(Class<E> type, String name) {
        try {
            return name != null && Enum.valueOf(type, name) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String local(java.time.Instant instant, UtcOffset offset) {
        return LocalDateTime.ofInstant(instant, offset.zoneOffset()).toString();
    }
}
