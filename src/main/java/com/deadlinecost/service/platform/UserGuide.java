package com.deadlinecost.service.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Help > User guide: the README's sections for users, bundled with the app (the build copies README.md into
 * the jar), so the guide is there offline and always matches the version.
 */
public final class UserGuide {
    /** The README sections a user of the window needs, in the guide's order. */
    public static final List<String> SECTIONS = List.of("Using the explorer", "Connections",
        "Reports and export", "Large queries", "The demo studio and the emulator");
    private static final String README = "/com/deadlinecost/help/README.md";

    private UserGuide() {
    }

    /** The sections as plain text, each under its title; one line saying so when the guide is missing. */
    public static String text() {
        String readme;
        try (InputStream in = UserGuide.class.getResourceAsStream(README)) {
            if (in == null) {
                return "The user guide is not bundled with this build; see README.md of the project.";
            }
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The user guide could not be read (" + e.getMessage() + "); see README.md of the project.";
        }
        return sections(readme);
    }

    /** The {@link #SECTIONS} of a README in Markdown, without images, as plain text. */
    static String sections(String readme) {
        List<String> parts = new ArrayList<>();
        for (String title : SECTIONS) {
            String heading = "## " + title + "\n";
            int start = readme.indexOf(heading);
            if (start < 0) {
                continue;
            }
            int end = readme.indexOf("\n## ", start + heading.length());
            String body = readme.substring(start + heading.length(), end < 0 ? readme.length() : end);
            parts.add(title.toUpperCase(java.util.Locale.ROOT) + "\n\n" + plain(body).strip());
        }
        return String.join("\n\n\n", parts);
    }

    // Screenshots cannot be shown as text; tables and lists read well enough as they are.
    private static String plain(String markdown) {
        return markdown.replaceAll("(?m)^!\\[.*$\\n?", "").replaceAll("(?m)^\\|.*!\\[.*$\\n?", "")
            .replace("**", "");
    }
}
