package com.deadlinecost.emulator.aggregation;

/** The {@code groupBy} values of StartSessionsStatisticsAggregation, with the JSON member each one fills. */
public enum GroupField {
    QUEUE_ID("queueId"),
    FLEET_ID("fleetId"),
    JOB_ID("jobId"),
    USER_ID("userId"),
    USAGE_TYPE("usageType"),
    INSTANCE_TYPE("instanceType"),
    LICENSE_PRODUCT("licenseProduct");

    private final String memberName;

    GroupField(String memberName) {
        this.memberName = memberName;
    }

    public String memberName() {
        return memberName;
    }
}
