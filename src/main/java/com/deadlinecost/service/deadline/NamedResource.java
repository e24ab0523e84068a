package com.deadlinecost.service.deadline;

/** A farm, queue or fleet as the pickers show it: id, display name (never blank) and status. */
public record NamedResource(String id, String displayName, String status) {
    public NamedResource {
        if (displayName == null || displayName.isBlank()) {
            displayName = id;
        }
        status = status == null ? "" : status;
    }
}
