package com.deadlinecost.model.query;

/** The kind of resource an aggregation runs over: the API takes queue ids or fleet ids, never both. */
public enum ResourceKind {
    QUEUE("Queues", GroupField.QUEUE_ID),
    FLEET("Fleets", GroupField.FLEET_ID);

    private final String label;
    private final GroupField idField;

    ResourceKind(String label, GroupField idField) {
        this.label = label;
        this.idField = idField;
    }

    /** The plural word shown on the queue/fleet toggle. */
    public String label() {
        return label;
    }

    /** The group-by field that carries this kind's ids in statistics rows. */
    public GroupField idField() {
        return idField;
    }
}
