package com.deadlinecost.service.views;

import com.deadlinecost.service.connection.ConnectionTarget;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;

/**
 * The connection a view was saved with: its kind and the names of the profile and region. Never
 * credentials. A colleague opening the view may connect differently; the app offers this one first.
 *
 * @param kind DEMO, PROFILE or DEFAULT_CHAIN
 * @param profile the AWS profile's name, for PROFILE
 * @param region the AWS region, for PROFILE and DEFAULT_CHAIN
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ViewConnection(String kind, String profile, String region) {

    /** The saved form of a connection. */
    public static ViewConnection of(ConnectionTarget target) {
        return new ViewConnection(target.kind().name(), target.profile(), target.region());
    }

    /** The connection, when this version understands it. */
    public Optional<ConnectionTarget> target() {
        try {
            return Optional.of(new ConnectionTarget(ConnectionTarget.Kind.valueOf(kind), profile, region));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
