package com.deadlinecost.service.export.report;

import java.util.Locale;

/** What the report command writes: each format names the files it adds to the output folder. */
public enum ReportFormat {
    /** The rows ({@code NAME.csv}) and the chart's series ({@code NAME-series.csv}). */
    CSV,
    /** The full result with the query and metadata ({@code NAME.json}). */
    JSON,
    /** The chart at 1x and 2x ({@code NAME.png}, {@code NAME@2x.png}). */
    PNG,
    /** The chart as vector SVG ({@code NAME.svg}). */
    SVG,
    /** The chart as vector PDF ({@code NAME.pdf}). */
    PDF;

    /** The format of a name such as {@code csv} or {@code PDF}. */
    public static ReportFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + name + "': choose from csv, json, png, svg, pdf");
        }
    }
}
