package com.deadlinecost.ui.query;

import com.deadlinecost.model.insight.CompareWith;
import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.Period;
import com.deadlinecost.model.query.QueryBounds;
import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.model.query.ResourceSelection;
import com.deadlinecost.model.query.Statistic;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.model.query.TimeRange;
import com.deadlinecost.model.query.UtcOffset;
import com.deadlinecost.model.row.DisplayNames;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.views.RangePreset;
import com.deadlinecost.ui.common.TaskCallbacks;
import com.deadlinecost.ui.common.TaskRunner;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The query form: farm, queues or fleets, time range, offset, period, grouping and statistics, with each
 * problem reported next to its field. Only a valid form yields a query; a likely time-out only warns.
 */
public final class QueryPanelViewModel {
    private final ObservableList<NamedResource> farms;
    private final TaskRunner taskRunner;
    private final Clock clock;
    private final ZoneId localZone;
    private final ReadOnlyObjectWrapper<DeadlineGateway> gateway = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<NamedResource> farm = new SimpleObjectProperty<>();
    private final ObjectProperty<ResourceKind> resourceKind = new SimpleObjectProperty<>(ResourceKind.QUEUE);
    private final ObservableList<NamedResource> available = FXCollections.observableArrayList();
    private final ObservableList<NamedResource> selected = FXCollections.observableArrayList();
    private final ObjectProperty<RangePreset> preset = new SimpleObjectProperty<>(RangePreset.LAST_30_DAYS);
    private final ObjectProperty<LocalDateTime> customStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDateTime> customEnd = new SimpleObjectProperty<>();
    private final ObjectProperty<UtcOffset> offset;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.DAILY);
    private final ObjectProperty<GroupField> groupBy = new SimpleObjectProperty<>(GroupField.QUEUE_ID);
    private final ObjectProperty<GroupField> thenBy = new SimpleObjectProperty<>();
    private final ObjectProperty<CompareWith> compareWith = new SimpleObjectProperty<>();
    private final Map<Statistic, BooleanProperty> statistics = new EnumMap<>(Statistic.class);
    private final ReadOnlyObjectWrapper<DisplayNames> names = new ReadOnlyObjectWrapper<>(DisplayNames.empty());
    private final QueryMessages messages = new QueryMessages();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    /** The farm's queues and fleets are being listed: no choice is missing yet, but Run must wait. */
    private boolean listingResources;
    private List<NamedResource> queues = List.of();
    private List<NamedResource> fleets = List.of();
    private List<String> idsToSelect = List.of();
    private String farmIdToSelect;

    public QueryPanelViewModel(ObservableList<NamedResource> farms, TaskRunner taskRunner, Clock clock,
                               ZoneId localZone) {
        this.farms = farms;
        this.taskRunner = taskRunner;
        this.clock = clock;
        this.localZone = localZone;
        this.offset = new SimpleObjectProperty<>(defaultOffset(clock, localZone));
        for (Statistic statistic : Statistic.values()) {
            statistics.put(statistic, new SimpleBooleanProperty(statistic == Statistic.SUM));
        }
        farm.addListener((observable, before, after) -> loadResources(after));
        farms.addListener((ListChangeListener<NamedResource>) change -> selectPendingFarm());
        resourceKind.addListener((observable, before, after) -> showResourcesOfKind());
        preset.addListener((observable, before, after) -> fillCustomFromPreset());
        offset.addListener((observable, before, after) -> fillCustomFromPreset());
        List<Observable> inputs = new ArrayList<>(List.of(farm, selected, preset, customStart, customEnd, offset,
            period, groupBy, thenBy));
        inputs.addAll(statistics.values());
        inputs.forEach(input -> input.addListener(observable -> validate()));
        fillCustomFromPreset();
        validate();
    }

    /** The machine's current offset when the API accepts it, else the nearest half hour below it. */
    static UtcOffset defaultOffset(Clock clock, ZoneId zone) {
        int seconds = zone.getRules().getOffset(clock.instant()).getTotalSeconds();
        int halfHours = Math.floorDiv(seconds, 1800);
        return UtcOffset.of(ZoneOffset.ofTotalSeconds(Math.max(-12 * 2, Math.min(14 * 2, halfHours)) * 1800));
    }

    /** Points the form at a connection (or none); farms come from the connection view model. */
    public void useGateway(DeadlineGateway newGateway) {
        gateway.set(newGateway);
        if (farm.get() != null && farmIdToSelect == null) {
            farmIdToSelect = farm.get().id();
        }
        farm.set(null);
        queues = List.of();
        fleets = List.of();
        showResourcesOfKind();
    }

    public ObjectProperty<NamedResource> farmProperty() {
        return farm;
    }

    public ObjectProperty<ResourceKind> resourceKindProperty() {
        return resourceKind;
    }

    /** Queues or fleets of the farm, whichever kind is chosen. */
    public ObservableList<NamedResource> availableResources() {
        return available;
    }

    /** The checked queues or fleets; the view keeps it in step with its check boxes. */
    public ObservableList<NamedResource> selectedResources() {
        return selected;
    }

    public ObjectProperty<RangePreset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDateTime> customStartProperty() {
        return customStart;
    }

    public ObjectProperty<LocalDateTime> customEndProperty() {
        return customEnd;
    }

    public ObjectProperty<UtcOffset> offsetProperty() {
        return offset;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<GroupField> groupByProperty() {
        return groupBy;
    }

    /** The optional second grouping; null for none. */
    /** The earlier range the results are compared with; null for no comparison. */
    public ObjectProperty<CompareWith> compareWithProperty() {
        return compareWith;
    }

    public ObjectProperty<GroupField> thenByProperty() {
        return thenBy;
    }

    public BooleanProperty statisticProperty(Statistic statistic) {
        return statistics.get(statistic);
    }

    public QueryMessages messages() {
        return messages;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Names of the farm's queues, fleets and users, for the results. */
    public ReadOnlyObjectProperty<DisplayNames> displayNamesProperty() {
        return names.getReadOnlyProperty();
    }

    /** The query the form describes, when it is valid. */
    public Optional<StatisticsQuery> query() {
        if (!valid.get()) {
            return Optional.empty();
        }
        List<String> ids = selected.stream().map(NamedResource::id).collect(Collectors.toList());
        ResourceSelection resources = new ResourceSelection(resourceKind.get(), ids);
        return Optional.of(new StatisticsQuery(farm.get().id(), resources, range().orElseThrow(), offset.get(),
            period.get(), groupFields(), chosenStatistics()));
    }

    /** The range the form describes: the preset's, or the custom start and end in the chosen offset. */
    public Optional<TimeRange> range() {
        if (preset.get() != RangePreset.CUSTOM) {
            return Optional.of(preset.get().resolve(clock, offset.get()));
        }
        if (QueryChecks.range(customStart.get(), customEnd.get()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new TimeRange(customStart.get().toInstant(offset.get().zoneOffset()),
            customEnd.get().toInstant(offset.get().zoneOffset())));
    }

    /** Fills the form from a query, e.g. the last one run or a drill-down; ids the farm lacks are ignored. */
    public void fill(StatisticsQuery query, RangePreset rangePreset) {
        resourceKind.set(query.resourceKind());
        idsToSelect = query.resources().ids();
        NamedResource known = farm.get();
        if (known != null && known.id().equals(query.farmId())) {
            selectPending();
        } else {
            farmIdToSelect = query.farmId();
            selectPendingFarm();
        }
        offset.set(query.offset());
        preset.set(rangePreset);
        if (rangePreset == RangePreset.CUSTOM) {
            customStart.set(LocalDateTime.ofInstant(query.range().start(), query.offset().zoneOffset()));
            customEnd.set(LocalDateTime.ofInstant(query.range().end(), query.offset().zoneOffset()));
        }
        period.set(query.period());
        groupBy.set(query.groupBy().get(0));
        thenBy.set(query.groupBy().size() > 1 ? query.groupBy().get(1) : null);
        for (Statistic statistic : Statistic.values()) {
            statistics.get(statistic).set(query.statistics().contains(statistic));
        }
    }

    private List<GroupField> groupFields() {
        List<GroupField> fields = new ArrayList<>();
        fields.add(groupBy.get());
        if (thenBy.get() != null && thenBy.get() != groupBy.get()) {
            fields.add(thenBy.get());
        }
        return fields;
    }

    private Set<Statistic> chosenStatistics() {
        Set<Statistic> chosen = EnumSet.noneOf(Statistic.class);
        statistics.forEach((statistic, on) -> {
            if (on.get()) {
                chosen.add(statistic);
            }
        });
        return chosen;
    }

    private void validate() {
        messages.farm.set(farm.get() == null ? "Choose a farm." : "");
        messages.resources.set(resourceProblem());
        messages.range.set(preset.get() == RangePreset.CUSTOM
            ? QueryChecks.range(customStart.get(), customEnd.get())
                .or(() -> range().flatMap(r -> QueryBounds.timeProblem(r.start(), r.end(), clock.instant())))
                .orElse("") : "");
        messages.groupBy.set(groupBy.get() == null ? "Choose what to group by."
            : groupBy.get() == thenBy.get() ? "Choose two different groupings, or none for the second." : "");
        messages.statistics.set(chosenStatistics().isEmpty() ? "Choose at least one statistic." : "");
        Optional<TimeRange> range = range();
        messages.warning.set(range.flatMap(r -> QueryChecks.likelyTimeout(r, period.get())).orElse(""));
        messages.daylightSaving.set(range.flatMap(r -> QueryChecks.daylightSavingNote(r, localZone)).orElse(""));
        valid.set(messages.noErrors() && !listingResources);
    }

    private String resourceProblem() {
        // Any number goes: the gateway's planner runs more than ten as several aggregations.
        String kind = resourceKind.get() == ResourceKind.QUEUE ? "queue" : "fleet";
        if (selected.isEmpty() && !listingResources) {
            return "Choose at least one " + kind + ".";
        }
        return "";
    }

    private void fillCustomFromPreset() {
        if (preset.get() != RangePreset.CUSTOM && offset.get() != null) {
            TimeRange range = preset.get().resolve(clock, offset.get());
            customStart.set(LocalDateTime.ofInstant(range.start(), offset.get().zoneOffset()));
            customEnd.set(LocalDateTime.ofInstant(range.end(), offset.get().zoneOffset()));
        }
    }

    private void loadResources(NamedResource chosenFarm) {
        listingResources = false;
        queues = List.of();
        fleets = List.of();
        showResourcesOfKind();
        DeadlineGateway open = gateway.get();
        if (chosenFarm == null || open == null) {
            return;
        }
        listingResources = true;
        validate();
        taskRunner.submit(context -> new FarmContents(open.queues(chosenFarm.id()), open.fleets(chosenFarm.id())),
            TaskCallbacks.of(contents -> {
                if (chosenFarm.equals(farm.get())) {
                    listingResources = false;
                    queues = contents.queues();
                    fleets = contents.fleets();
                    showResourcesOfKind();
                    validate();
                }
            }, failure -> {
                if (chosenFarm.equals(farm.get())) {
                    listingResources = false;
                    validate();
                    messages.farm.set("Could not list the farm's queues and fleets: " + failure.getMessage());
                    valid.set(false);
                }
            }));
        // User names take one look-up per member, so they follow once the pickers are usable.
        taskRunner.submit(context -> new FarmNames(open.displayNames(chosenFarm.id()),
            open.nameProblems(chosenFarm.id())), TaskCallbacks.of(found -> {
                if (chosenFarm.equals(farm.get())) {
                    names.set(found.names());
                    messages.names.set(String.join(" ", found.problems()));
                }
            }, failure -> names.set(DisplayNames.empty())));
    }

    private void showResourcesOfKind() {
        List<NamedResource> kindList = resourceKind.get() == ResourceKind.QUEUE ? queues : fleets;
        selected.clear();
        available.setAll(kindList);
        selectPending();
    }

    private void selectPendingFarm() {
        if (farmIdToSelect == null) {
            // A first start has nothing to restore: offer the first farm, so Run is one click away.
            if (farm.get() == null && !farms.isEmpty()) {
                farm.set(farms.get(0));
            }
            return;
        }
        for (NamedResource candidate : farms) {
            if (candidate.id().equals(farmIdToSelect)) {
                farmIdToSelect = null;
                farm.set(candidate);
                return;
            }
        }
    }

    private void selectPending() {
        if (available.isEmpty()) {
            return;
        }
        if (idsToSelect.isEmpty()) {
            // Nothing to restore: start from every queue or fleet, as "where does the money go" asks.
            selected.setAll(available);
        } else {
            selected.setAll(available.filtered(resource -> idsToSelect.contains(resource.id())));
            idsToSelect = List.of();
        }
    }

    private record FarmContents(List<NamedResource> queues, List<NamedResource> fleets) {
    }

    private record FarmNames(DisplayNames names, List<String> problems) {
    }

    /** The messages shown next to the fields: errors block Run, the warning and the note do not. */
    public static final class QueryMessages {
        private final ReadOnlyStringWrapper farm = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper resources = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper range = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper groupBy = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper statistics = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper daylightSaving = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper names = new ReadOnlyStringWrapper("");

        /** What could not be named (users shown by id), and why; empty when every name was found. */
        public ReadOnlyStringProperty names() {
            return names.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty farm() {
            return farm.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty resources() {
            return resources.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty range() {
            return range.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty groupBy() {
            return groupBy.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty statistics() {
            return statistics.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty warning() {
            return warning.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty daylightSaving() {
            return daylightSaving.getReadOnlyProperty();
        }

        boolean noErrors() {
            return farm.get().isEmpty() && resources.get().isEmpty() && range.get().isEmpty()
                && groupBy.get().isEmpty() && statistics.get().isEmpty();
        }
    }
}
