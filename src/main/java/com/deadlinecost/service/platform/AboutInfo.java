package com.deadlinecost.service.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What Help > About shows: the version, the licence and the libraries the app is built on. */
public record AboutInfo(String version, String licence, List<Dependency> dependencies) {
    public static final String LICENCE = "Apache License 2.0";
    private static final String DEPENDENCIES = "/com/deadlinecost/about/dependencies.tsv";

    public AboutInfo {
        dependencies = List.copyOf(dependencies);
    }

    /** One library: its name, version, licence and why the app needs it. */
    public record Dependency(String name, String version, String licence, String purpose) {
    }

    public static AboutInfo load() {
        return new AboutInfo(AppVersion.current(), LICENCE, readDependencies());
    }

    private static List<Dependency> readDependencies() {
        List<Dependency> result = new ArrayList<>();
        try (InputStream in = AboutInfo.class.getResourceAsStream(DEPENDENCIES)) {
            if (in == null) {
                return result;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length == 4 && !line.startsWith("#")) {
                    result.add(new Dependency(cells[0], cells[1], cells[2], cells[3]));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEPENDENCIES, e);
        }
    }
}
