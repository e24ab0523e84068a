package com.deadlinecost.present.chart;

import com.deadlinecost.present.Rgb;

/**
 * A horizontal line across a time plot at a value, such as a budget limit or a warning threshold.
 *
 * @param value where, in the measure's own unit
 * @param label what it is, drawn at its right end
 * @param colour its colour
 * @param dashed whether it is dashed
 */
public record ChartGuide(double value, String label, Rgb colour, boolean dashed) {
}
