package com.deadlinecost.service.export.chart;

/** The file formats a chart exports to. */
public enum ChartFileFormat {
    PNG("png", 1),
    PNG_2X("png", 2),
    SVG("svg", 1),
    PDF("pdf", 1);

    private final String extension;
    private final int scale;

    ChartFileFormat(String extension, int scale) {
        this.extension = extension;
        this.scale = scale;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Pixels per point for images: 2 for high-density screens and print. */
    public int scale() {
        return scale;
    }
}
