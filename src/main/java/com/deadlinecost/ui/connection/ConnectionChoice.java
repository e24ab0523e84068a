package com.deadlinecost.ui.connection;

import com.deadlinecost.service.connection.ConnectionTarget;

/** One entry of the connection picker: the demo studio, the default credentials, or a named profile. */
public record ConnectionChoice(ConnectionTarget.Kind kind, String profile, String defaultRegion, boolean sso) {

    public static ConnectionChoice demo() {
        return new ConnectionChoice(ConnectionTarget.Kind.DEMO, null, ConnectionTarget.DEMO_REGION, false);
    }

    public ConnectionTarget target(String region) {
        switch (kind) {
            case DEMO:
                return ConnectionTarget.demo();
            case PROFILE:
                return ConnectionTarget.profile(profile, region);
            default:
                return ConnectionTarget.defaultChain(region);
        }
    }

    public boolean needsRegion() {
        return kind != ConnectionTarget.Kind.DEMO;
    }

    @Override
    public String toString() {
        switch (kind) {
            case DEMO:
                return "Demo studio (no AWS account needed)";
            case PROFILE:
                return "AWS profile: " + profile + (sso ? " (IAM Identity Center)" : "");
            default:
                return "AWS default credentials";
        }
    }
}
