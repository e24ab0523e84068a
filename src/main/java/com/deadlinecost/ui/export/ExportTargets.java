package com.deadlinecost.ui.export;

import com.deadlinecost.model.query.GroupField;
import com.deadlinecost.model.query.StatisticsQuery;
import com.deadlinecost.service.export.chart.ChartFileFormat;
import com.deadlinecost.service.views.SavedView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where an export goes and in which format, from what the user typed in a save dialog: a file name's own
 * extension wins over the dialog's selected filter ("chart1.pdf" with the PNG filter selected is a PDF), and a
 * name without one gets the filter's. Suggested names say what the file holds (farm, range, grouping).
 */
public final class ExportTargets {

    private ExportTargets() {
    }

    /** The format to write {@code typed} in: its extension's, else the selected filter's. */
    public static ChartFileFormat chartFormat(Path typed, ChartFileFormat selected) {
        String extension = extension(typed);
        if (extension.equals(selected.extension())) {
            return selected;
        }
        for (ChartFileFormat format : ChartFileFormat.values()) {
            if (format.extension().equals(extension)) {
                return format;
            }
        }
        return selected;
    }

    /** {@code typed} with {@code extension} (no dot) appended unless it already ends with it. */
    public static Path withExtension(Path typed, String extension) {
        String name = typed.getFileName().toString();
        return extension(typed).equals(extension) ? typed : typed.resolveSibling(name + "." + extension);
    }

    /** Whether the name the user typed ends with {@code extension} (no dot, any case). */
    public static boolean hasExtension(Path typed, String extension) {
        return extension(typed).equals(extension);
    }

    /** The name a view saved as {@code file} gets: the file's name without {@code .dcxview}. */
    public static String viewName(Path file) {
        String name = file.getFileName().toString();
        String suffix = "." + SavedView.EXTENSION;
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()
            ? name.substring(0, name.length() - suffix.length()) : name;
    }

    /**
     * A file name (no extension) for an export of {@code query}: e.g.
     * "harbor-lights-feature_2026-02-16_2026-03-17_by-queue-user". Only letters, digits, dashes and underscores.
     */
    public static String suggestedBaseName(StatisticsQuery query, String farmName) {
        ZoneOffset offset = query.offset().zoneOffset();
        LocalDate first = query.range().start().atOffset(offset).toLocalDate();
        // The end is exclusive: a range ending at midnight is named by its last day.
        LocalDate last = query.range().end().minusSeconds(1).atOffset(offset).toLocalDate();
        String grouping = query.groupBy().stream().map(GroupField::label).collect(Collectors.joining("-"));
        return slug(farmName) + "_" + first + "_" + last + "_by-" + slug(grouping);
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "export" : slug;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
