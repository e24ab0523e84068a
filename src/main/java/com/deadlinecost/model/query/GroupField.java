package com.deadlinecost.model.query;

/** A field the service can group statistics by (the API's {@code groupBy} values, same names). */
public enum GroupField {
    QUEUE_ID("Queue"),
    FLEET_ID("Fleet"),
    JOB_ID("Job"),
    USER_ID("User"),
    USAGE_TYPE("Usage type"),
    INSTANCE_TYPE("Instance type"),
    LICENSE_PRODUCT("License product");

    private final String label;

    GroupField(String label) {
        this.label = label;
    }

    /** The column or dimension name a person reads, e.g. "Instance type". */
    public String label() {
        return label;
    }
}
