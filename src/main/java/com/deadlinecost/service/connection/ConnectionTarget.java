package com.deadlinecost.service.connection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * Where the app reads its data: the embedded demo studio, or AWS through a named profile (including IAM
 * Identity Center profiles) or the SDK's default credential chain, in a region. Holds names only, never
 * credentials, so it can be saved in the settings file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConnectionTarget(Kind kind, String profile, String region) {
    /** The region a connection starts in when nothing else names one (AWS profiles without a region too). */
    public static final String DEFAULT_REGION = "us-west-2";
    /** The demo studio answers as if it were in the default region. */
    public static final String DEMO_REGION = DEFAULT_REGION;

    /** The three ways to connect. */
    public enum Kind { DEMO, PROFILE, DEFAULT_CHAIN }

    public ConnectionTarget {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.PROFILE && (profile == null || profile.isBlank())) {
            throw new IllegalArgumentException("an AWS profile connection needs a profile name");
        }
        if (kind != Kind.DEMO && (region == null || region.isBlank())) {
            throw new IllegalArgumentException("an AWS connection needs a region");
        }
    }

    public static ConnectionTarget demo() {
        return new ConnectionTarget(Kind.DEMO, null, DEMO_REGION);
    }

    public static ConnectionTarget profile(String profile, String region) {
        return new ConnectionTarget(Kind.PROFILE, profile, region);
    }

    public static ConnectionTarget defaultChain(String region) {
        return new ConnectionTarget(Kind.DEFAULT_CHAIN, null, region);
    }

    /** How the connection is named in the UI and in messages. */
    public String describe() {
        switch (kind) {
            case DEMO:
                return "Demo studio";
            case PROFILE:
                return "AWS profile " + profile + " in " + region;
            default:
                return "AWS default credentials in " + region;
        }
    }
}
