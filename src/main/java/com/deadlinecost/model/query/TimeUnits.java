package com.deadlinecost.model.query;

/** Second counts the service's runtime figures and the app's time arithmetic share. */
public final class TimeUnits {
    public static final int SECONDS_PER_MINUTE = 60;
    public static final int SECONDS_PER_HOUR = 3600;
    public static final int SECONDS_PER_DAY = 86_400;

    private TimeUnits() {
    }
}
