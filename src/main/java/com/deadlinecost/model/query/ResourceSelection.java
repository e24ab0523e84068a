package com.deadlinecost.model.query;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The queues or the fleets a query covers. Any number of ids is allowed here, although one
 * aggregation takes at most ten: the service layer splits larger selections and merges the results.
 *
 * @param kind queues or fleets
 * @param ids one or more distinct, non-blank ids of that kind
 */
public record ResourceSelection(ResourceKind kind, List<String> ids) {

    /** Validates and defensively copies the ids. */
    public ResourceSelection {
        Objects.requireNonNull(kind, "Choose queues or fleets");
        Objects.requireNonNull(ids, "ids");
        String noun = kind.idField().label().toLowerCase(Locale.ROOT);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one " + noun);
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("A " + noun + " id is blank");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("The " + noun + " " + id + " is chosen twice");
            }
        }
        ids = List.copyOf(ids);
    }

    /** The queues with these ids. */
    public static ResourceSelection queues(String... ids) {
        return new ResourceSelection(ResourceKind.QUEUE, Arrays.asList(ids));
    }

    /** The fleets with these ids. */
    public static ResourceSelection fleets(String... ids) {
        return new ResourceSelection(ResourceKind.FLEET, Arrays.asList(ids));
    }
}
