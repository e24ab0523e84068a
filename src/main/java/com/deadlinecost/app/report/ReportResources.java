package com.deadlinecost.app.report;

import com.deadlinecost.model.query.ResourceKind;
import com.deadlinecost.service.deadline.DeadlineGateway;
import com.deadlinecost.service.deadline.NamedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the farm and the queues or fleets a report names, by display name (case-insensitive) or id, the
 * way a person writes them on a command line.
 */
public final class ReportResources {
    /** The word that selects every queue or fleet of the farm. */
    public static final String ALL = "all";

    private final DeadlineGateway gateway;

    public ReportResources(DeadlineGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * The farm named {@code farm} (name or id); without one, the first farm by display name.
     *
     * @throws ReportArgumentException when no farm matches, listing the farms there are
     */
    public NamedResource farm(String farm) {
        List<NamedResource> farms = gateway.farms();
        if (farms.isEmpty()) {
            throw new ReportArgumentException("This connection sees no farms.");
        }
        if (farm == null || farm.isBlank()) {
            return farms.get(0);
        }
        return find(farms, farm).orElseThrow(() -> new ReportArgumentException("No farm is named or has the id '"
            + farm + "'. Farms: " + names(farms) + "."));
    }

    /**
     * The ids of the named queues or fleets of the farm; {@code all} (or nothing) selects every one.
     *
     * @throws ReportArgumentException naming what is not on the farm, with the names there are
     */
    public List<String> resourceIds(String farmId, ResourceKind kind, List<String> wanted) {
        List<NamedResource> available = kind == ResourceKind.FLEET ? gateway.fleets(farmId) : gateway.queues(farmId);
        String noun = kind.idField().label().toLowerCase(Locale.ROOT);
        if (available.isEmpty()) {
            throw new ReportArgumentException("The farm has no " + noun + "s.");
        }
        if (wanted.isEmpty() || wanted.size() == 1 && ALL.equalsIgnoreCase(wanted.get(0).strip())) {
            return available.stream().map(NamedResource::id).collect(Collectors.toList());
        }
        List<String> ids = new ArrayList<>();
        for (String name : wanted) {
            NamedResource found = find(available, name).orElseThrow(() -> new ReportArgumentException("No " + noun
                + " is named or has the id '" + name + "' on this farm. " + kind.label() + ": " + names(available)
                + "."));
            if (!ids.contains(found.id())) {
                ids.add(found.id());
            }
        }
        return ids;
    }

    private static Optional<NamedResource> find(List<NamedResource> resources, String wanted) {
        String key = wanted.strip();
        return resources.stream()
            .filter(resource -> resource.id().equals(key) || resource.displayName().equalsIgnoreCase(key))
            .findFirst();
    }

    private static String names(List<NamedResource> resources) {
        return resources.stream().map(NamedResource::displayName).collect(Collectors.joining(", "));
    }
}
