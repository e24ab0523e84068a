package com.deadlinecost.service.views;

import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import com.deadlinecost.service.settings.SavedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a loaded view against what the current connection can see: a farm it cannot see is dropped from
 * the query (the user chooses one), queues or fleets missing from the farm are left out, each with a
 * sentence saying so. Everything else of the view is kept.
 */
public final class ViewAvailability {

    private ViewAvailability() {
    }

    /** Checks against a gateway; blocks on its calls, so call it off the UI thread. */
    public static ViewLoadResult check(ViewLoadResult loaded, DeadlineGateway gateway) {
        String connection = gateway.target().describe();
        return check(loaded, gateway.farms(), farmId -> {
            SavedQuery query = loaded.view().orElseThrow().query();
            return ResourceKind.FLEET.name().equals(query.resourceKind()) ? gateway.fleets(farmId)
                : gateway.queues(farmId);
        }, connection);
    }

    /**
     * Checks against lists of what is visible.
     *
     * @param farms the farms the connection can see
     * @param resourcesOfFarm the queues or fleets (the query's kind) of a farm
     * @param connection the connection in words, for the messages
     */
    public static ViewLoadResult check(ViewLoadResult loaded, List<NamedResource> farms,
                                       Function<String, List<NamedResource>> resourcesOfFarm, String connection) {
        if (loaded.failed()) {
            return loaded;
        }
        SavedView view = loaded.view().orElseThrow();
        SavedQuery query = view.query();
        List<String> warnings = new ArrayList<>();
        boolean farmVisible = farms.stream().anyMatch(farm -> farm.id().equals(query.farmId()));
        if (!farmVisible) {
            warnings.add("The view's farm " + query.farmId() + " is not visible to " + connection
                + ". Choose a farm; the rest of the view is kept.");
            return loaded.with(view.withQuery(withFarm(query, null, List.of())), warnings);
        }
        Set<String> visible = resourcesOfFarm.apply(query.farmId()).stream().map(NamedResource::id)
            .collect(Collectors.toSet());
        List<String> kept = query.resourceIds().stream().filter(visible::contains).collect(Collectors.toList());
        List<String> missing = query.resourceIds().stream().filter(id -> !visible.contains(id))
            .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            String noun = ResourceKind.FLEET.name().equals(query.resourceKind()) ? "fleet" : "queue";
            warnings.add(missing.size() + " of the view's " + noun + "s " + (missing.size() == 1 ? "is" : "are")
                + " not on this farm for " + connection + " and " + (missing.size() == 1 ? "was" : "were")
                + " left out: " + String.join(", ", missing) + ".");
        }
        return loaded.with(view.withQuery(withFarm(query, query.farmId(), kept)), warnings);
    }

    private static SavedQuery withFarm(SavedQuery query, String farmId, List<String> resourceIds) {
        return new SavedQuery(farmId, query.resourceKind(), resourceIds, query.preset(), query.customStart(),
            query.customEnd(), query.offset(), query.period(), query.groupBy(), query.statistics(),
            query.compareWith());
    }
}
