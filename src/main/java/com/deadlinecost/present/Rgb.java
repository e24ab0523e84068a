package com.deadlinecost.present;

import java.util.Locale;

/**
 * A colour as red, green and blue from 0 to 255: the palette's currency, free of JavaFX and AWT so that
 * each drawing surface converts it to its own colour type.
 */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("Colour channels run from 0 to 255; got " + red + ", " + green
                + ", " + blue);
        }
    }

    /** The colour of a CSS hex text such as {@code #f3622d}. */
    public static Rgb hex(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (digits.length() != 6) {
            throw new IllegalArgumentException("A colour is written #rrggbb; got " + text);
        }
        int value = Integer.parseInt(digits, 16);
        return new Rgb(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
    }

    /** The colour as CSS hex, e.g. {@code #f3622d}. */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** The colour as one int 0xRRGGBB. */
    public int packed() {
        return red << 16 | green << 8 | blue;
    }

    /** This colour with {@code share} (0 to 1) of {@code other} mixed in, e.g. a faint colour on a background. */
    public Rgb mix(Rgb other, double share) {
        double keep = 1 - share;
        return new Rgb((int) Math.round(red * keep + other.red * share),
            (int) Math.round(green * keep + other.green * share), (int) Math.round(blue * keep + other.blue * share));
    }
}
