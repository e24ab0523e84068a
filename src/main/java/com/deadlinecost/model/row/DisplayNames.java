package com.deadlinecost.model.row;

import com.deadlinecost.model.query.GroupField;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Display names for the ids in statistics rows (queues, fleets, users, jobs), with a fallback that is
 * never blank: the name when known, else the id, else "(none)" for an absent value. Immutable; build
 * one with {@link #builder()} from the farm's queues, fleets and members.
 */
public final class DisplayNames {
    /** The label of the series that folds every group beyond the top N. */
    public static final String OTHER_LABEL = "Other";
    /** The label of a group whose value the service left absent. */
    public static final String NONE_LABEL = "(none)";

    private static final DisplayNames EMPTY = new DisplayNames(new EnumMap<>(GroupField.class));

    private final Map<GroupField, Map<String, String>> names;

    private DisplayNames(Map<GroupField, Map<String, String>> names) {
        this.names = names;
    }

    /** No names known: every id displays as itself. */
    public static DisplayNames empty() {
        return EMPTY;
    }

    /** A builder of names. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The name of {@code id} as a value of {@code field}: the known name, else the id itself, else
     * {@link #NONE_LABEL} when the id is null or blank. Never null or blank.
     */
    public String name(GroupField field, String id) {
        if (id == null || id.isBlank()) {
            return NONE_LABEL;
        }
        Map<String, String> ofField = names.get(field);
        String name = ofField == null ? null : ofField.get(id);
        return name == null ? id : name;
    }

    /** Every known name, by field and id: unmodifiable, for storing the names with a result. */
    public Map<GroupField, Map<String, String>> asMap() {
        Map<GroupField, Map<String, String>> copy = new EnumMap<>(GroupField.class);
        names.forEach((field, ofField) -> copy.put(field, Map.copyOf(ofField)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether a name other than the id is known for {@code id}. */
    public boolean knows(GroupField field, String id) {
        Map<String, String> ofField = names.get(field);
        return id != null && ofField != null && ofField.containsKey(id);
    }

    /**
     * The name of {@code field}'s value in {@code key}; for jobs the job name the service sent is used
     * when no other name is known.
     */
    public String name(GroupKey key, GroupField field) {
        String id = key.valueOrNull(field);
        if (field == GroupField.JOB_ID && id != null && !knows(field, id) && key.jobName().isPresent()
            && !key.jobName().get().isBlank()) {
            return key.jobName().get();
        }
        return name(field, id);
    }

    /**
     * These names plus {@code more} names of {@code field}'s values; a name already known wins. Returns this
     * object when nothing is added.
     */
    public DisplayNames with(GroupField field, Map<String, String> more) {
        Map<String, String> known = names.getOrDefault(field, Map.of());
        Map<String, String> added = new HashMap<>(known);
        more.forEach((id, name) -> {
            if (id != null && name != null && !name.isBlank()) {
                added.putIfAbsent(id, name.strip());
            }
        });
        if (added.size() == known.size()) {
            return this;
        }
        Map<GroupField, Map<String, String>> copy = new EnumMap<>(GroupField.class);
        copy.putAll(names);
        copy.put(field, Map.copyOf(added));
        return new DisplayNames(copy);
    }

    /** These names plus the job names the service sent with {@code rows}, for jobs without another name. */
    public DisplayNames withJobNamesOf(Iterable<? extends CostRow> rows) {
        Map<String, String> jobs = new HashMap<>();
        collectJobNames(rows, jobs);
        return with(GroupField.JOB_ID, jobs);
    }

    /** Adds the job names carried by the keys of {@code rows} to {@code into}, by job id. */
    public static void collectJobNames(Iterable<? extends CostRow> rows, Map<String, String> into) {
        GroupKey last = null;
        for (CostRow row : rows) {
            GroupKey key = row.group();
            if (key == last || !key.groups(GroupField.JOB_ID)) {
                continue;
            }
            last = key;
            String id = key.valueOrNull(GroupField.JOB_ID);
            key.jobName().ifPresent(name -> {
                if (id != null) {
                    into.putIfAbsent(id, name);
                }
            });
        }
    }

    /** All grouped values of {@code key} by name, joined with " / ", e.g. "Lighting / Ana Lima"; "All" for none. */
    public String label(GroupKey key) {
        StringJoiner joiner = new StringJoiner(" / ");
        for (GroupField field : key.fields()) {
            joiner.add(name(key, field));
        }
        return joiner.length() == 0 ? "All" : joiner.toString();
    }


    /** Collects names; blank names are skipped so that the id shows instead. */
    public static final class Builder {
        private final Map<GroupField, Map<String, String>> names = new EnumMap<>(GroupField.class);

        private Builder() {
        }

        /** Names the value {@code id} of {@code field}; a later name for the same id wins. */
        public Builder name(GroupField field, String id, String name) {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(id, "id");
            if (name != null && !name.isBlank()) {
                names.computeIfAbsent(field, key -> new HashMap<>()).put(id, name.strip());
            }
            return this;
        }

        /** Names a queue. */
        public Builder queue(String queueId, String name) {
            return name(GroupField.QUEUE_ID, queueId, name);
        }

        /** Names a fleet. */
        public Builder fleet(String fleetId, String name) {
            return name(GroupField.FLEET_ID, fleetId, name);
        }

        /** Names a user. */
        public Builder user(String userId, String name) {
            return name(GroupField.USER_ID, userId, name);
        }

        /** Names a job. */
        public Builder job(String jobId, String name) {
            return name(GroupField.JOB_ID, jobId, name);
        }

        /** The names collected so far; the builder may go on. */
        public DisplayNames build() {
            Map<GroupField, Map<String, String>> copy = new EnumMap<>(GroupField.class);
            names.forEach((field, ofField) -> copy.put(field, Map.copyOf(ofField)));
            return new DisplayNames(copy);
        }
    }
}
