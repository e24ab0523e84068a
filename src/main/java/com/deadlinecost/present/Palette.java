package com.deadlinecost.present;

import java.util.ArrayList;
import java.util.List;

/**
 * The colours of every chart, on screen and in exports. A group's colour comes from its id, not from its
 * rank: a fleet is the same colour in today's query and last month's, whatever else the query holds. Only
 * when two groups of one chart want the same colour does the smaller one move to the next free colour.
 * "Other" is always grey. The stylesheet defines the same colours as {@code -dce-series-N} (a test holds them
 * together) for anything drawn with CSS.
 */
public final class Palette {

    /** The series colours, in the order their index is derived into. */
    public static final List<Rgb> SERIES = List.of(
        Rgb.hex("#f3622d"), Rgb.hex("#fba71b"), Rgb.hex("#57b757"), Rgb.hex("#41a9c9"),
        Rgb.hex("#4258c9"), Rgb.hex("#9a42c8"), Rgb.hex("#c84164"), Rgb.hex("#2a9d8f"),
        Rgb.hex("#8c6d31"), Rgb.hex("#e377c2"), Rgb.hex("#7f9c2a"), Rgb.hex("#1f4e79"));
    /** The colour of "Other". */
    public static final Rgb OTHER = Rgb.hex("#9aa1ab");

    private Palette() {
    }

    /** The colour a group with this id prefers: a stable hash of the id (FNV-1a), not {@code hashCode}. */
    public static int preferredIndex(String groupValue) {
        String key = groupValue == null ? "" : groupValue;
        int hash = 0x811c9dc5;
        for (int index = 0; index < key.length(); index++) {
            hash ^= key.charAt(index);
            hash *= 0x01000193;
        }
        return Math.floorMod(hash, SERIES.size());
    }

    /**
     * The colours of one chart's series, given in rank order (largest first): each takes its preferred
     * colour, or the next one no larger series took; entries that are "Other" ({@code null} keys with
     * {@code other} set) are grey.
     *
     * @param groupValues the series' group values in rank order; ignored where {@code other} is set
     * @param other whether each series is "Other"
     */
    public static List<Rgb> colours(List<String> groupValues, List<Boolean> other) {
        boolean[] taken = new boolean[SERIES.size()];
        int used = 0;
        List<Rgb> colours = new ArrayList<>(groupValues.size());
        for (int index = 0; index < groupValues.size(); index++) {
            if (other.get(index)) {
                colours.add(OTHER);
                continue;
            }
            int choice = preferredIndex(groupValues.get(index));
            // Past twelve series the colours repeat; before that, no two series of one chart share one.
            if (used < taken.length) {
                while (taken[choice]) {
                    choice = (choice + 1) % taken.length;
                }
                taken[choice] = true;
                used++;
            }
            colours.add(SERIES.get(choice));
        }
        return colours;
    }

    /** Background, text and line colours of a chart. */
    public enum Theme {
        LIGHT(Rgb.hex("#ffffff"), Rgb.hex("#1f2328"), Rgb.hex("#5b636e"), Rgb.hex("#e3e6ea"), Rgb.hex("#9aa1ab")),
        DARK(Rgb.hex("#1f2329"), Rgb.hex("#e6e9ee"), Rgb.hex("#a7b0bb"), Rgb.hex("#343a43"), Rgb.hex("#6b737e"));

        private final Rgb background;
        private final Rgb text;
        private final Rgb muted;
        private final Rgb grid;
        private final Rgb axis;

        Theme(Rgb background, Rgb text, Rgb muted, Rgb grid, Rgb axis) {
            this.background = background;
            this.text = text;
            this.muted = muted;
            this.grid = grid;
            this.axis = axis;
        }

        public Rgb background() {
            return background;
        }

        public Rgb text() {
            return text;
        }

        public Rgb muted() {
            return muted;
        }

        public Rgb grid() {
            return grid;
        }

        public Rgb axis() {
            return axis;
        }
    }
}
