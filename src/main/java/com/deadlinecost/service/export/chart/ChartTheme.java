package com.deadlinecost.service.export.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;

/**
 * The fixed look of exported charts: the series colours of the on-screen charts (Modena's chart palette,
 * by rank, "Other" in grey), text colours and fonts. DejaVu Sans where installed (Linux), else the JDK's
 * logical SansSerif, so an export looks the same whatever the window's theme.
 */
final class ChartTheme {
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x5b, 0x63, 0x6e);
    static final Color GRID = new Color(0xe3, 0xe6, 0xea);
    static final Color AXIS = new Color(0x9a, 0xa1, 0xab);
    static final Color OTHER = new Color(0x9a, 0xa1, 0xab);

    private static final Color[] SERIES = {
        new Color(0xf3, 0x62, 0x2d), new Color(0xfb, 0xa7, 0x1b), new Color(0x57, 0xb7, 0x57),
        new Color(0x41, 0xa9, 0xc9), new Color(0x42, 0x58, 0xc9), new Color(0x9a, 0x42, 0xc8),
        new Color(0xc8, 0x41, 0x64), new Color(0x88, 0x88, 0x88)
    };

    static final String FONT_FAMILY = pickFamily();

    private ChartTheme() {
    }

    /** The colour of the series at {@code rank} (0 = largest); "Other" is always grey. */
    static Color seriesColour(int rank, boolean other) {
        return other ? OTHER : SERIES[rank % SERIES.length];
    }

    static Font font(float size, boolean bold) {
        return new Font(FONT_FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont(size);
    }

    private static String pickFamily() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }
}
