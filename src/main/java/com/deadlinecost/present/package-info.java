/**
 * What the user reads, free of JavaFX and AWT: number, money and duration formats, units and titles,
 * series and bucket labels, the palette, and (in {@code present.chart}) the chart model and its painter,
 * drawn on any surface. The screen, the clipboard, CSV and every export say the same thing in the same words
 * because they all come through here.
 */
package com.deadlinecost.present;
