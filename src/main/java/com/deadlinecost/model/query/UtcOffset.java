package com.deadlinecost.model.query;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed UTC offset the statistics API accepts: whole or half hours from UTC-12:00 to UTC+14:00,
 * written {@code UTC+05:30}. Fixed means no daylight saving: a range that crosses a change of the
 * local zone's offset is the caller's to handle.
 *
 * @param zoneOffset the offset; seconds must be zero and minutes 0 or 30
 */
public record UtcOffset(ZoneOffset zoneOffset) {

    /** UTC itself, written {@code UTC+00:00}. */
    public static final UtcOffset UTC = new UtcOffset(ZoneOffset.UTC);

    private static final Pattern API_FORMAT = Pattern.compile("^UTC([-+])([01][0-9]):(30|00)$");
    private static final int MIN_SECONDS = -12 * TimeUnits.SECONDS_PER_HOUR;
    private static final int MAX_SECONDS = 14 * TimeUnits.SECONDS_PER_HOUR;
    private static final int HALF_HOUR_SECONDS = 1800;

    /** Validates that the offset is one the API can express. */
    public UtcOffset {
        Objects.requireNonNull(zoneOffset, "zoneOffset");
        if (!isSupported(zoneOffset)) {
            throw new IllegalArgumentException("UTC offset " + zoneOffset.getId()
                + " is not supported: the statistics API takes whole or half hours from UTC-12:00 to UTC+14:00");
        }
    }

    /** The offset as a value, failing with a clear message when the API cannot express it. */
    public static UtcOffset of(ZoneOffset zoneOffset) {
        return new UtcOffset(zoneOffset);
    }

    /** Whether the API can express this offset (whole or half hours within UTC-12:00..UTC+14:00). */
    public static boolean isSupported(ZoneOffset zoneOffset) {
        int seconds = zoneOffset.getTotalSeconds();
        return seconds % HALF_HOUR_SECONDS == 0 && seconds >= MIN_SECONDS && seconds <= MAX_SECONDS;
    }

    /** Every supported offset from UTC-12:00 to UTC+14:00 in half-hour steps, for offset choosers. */
    public static List<UtcOffset> all() {
        List<UtcOffset> offsets = new ArrayList<>();
        for (int seconds = MIN_SECONDS; seconds <= MAX_SECONDS; seconds += HALF_HOUR_SECONDS) {
            offsets.add(new UtcOffset(ZoneOffset.ofTotalSeconds(seconds)));
        }
        return List.copyOf(offsets);
    }

    /**
     * Parses the API's form, e.g. {@code UTC+05:30} or {@code UTC-08:00}.
     *
     * @throws IllegalArgumentException naming the expected form when the text does not match it
     */
    public static UtcOffset parse(String text) {
        Matcher matcher = API_FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid UTC offset '" + text + "': expected UTC, a sign, then hh:mm"
                + " with minutes 00 or 30, e.g. UTC+05:30 or UTC-08:00");
        }
        int hours = Integer.parseInt(matcher.group(2));
        int minutes = Integer.parseInt(matcher.group(3));
        int sign = "-".equals(matcher.group(1)) ? -1 : 1;
        int seconds = sign * (hours * TimeUnits.SECONDS_PER_HOUR + minutes * TimeUnits.SECONDS_PER_MINUTE);
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("Invalid UTC offset '" + text
                + "': the statistics API takes offsets from UTC-12:00 to UTC+14:00");
        }
        return new UtcOffset(ZoneOffset.ofTotalSeconds(seconds));
    }

    /** The API's form: exactly nine characters, e.g. {@code UTC+05:30}, {@code UTC+00:00}. */
    public String toApiString() {
        int seconds = zoneOffset.getTotalSeconds();
        int absolute = Math.abs(seconds);
        String sign = seconds < 0 ? "-" : "+";
        return String.format(Locale.ROOT, "UTC%s%02d:%02d", sign, absolute / TimeUnits.SECONDS_PER_HOUR,
            absolute % TimeUnits.SECONDS_PER_HOUR / TimeUnits.SECONDS_PER_MINUTE);
    }

    @Override
    public String toString() {
        return toApiString();
    }
}
