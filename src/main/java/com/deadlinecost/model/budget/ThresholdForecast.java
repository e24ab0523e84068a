package com.deadlinecost.model.budget;

import java.time.Instant;

/**
 * When a budget's usage reaches one action's threshold.
 *
 * @param reached whether usage is already at or past it
 * @param date the projected moment at the central pace; null when already reached (see {@code reachedAt}) or when
 *     the window ends first
 * @param earliest the moment at the high end of the 80 % band (faster spending), or null
 * @param latest the moment at the low end of the band, or null when it would not be reached in the window
 * @param reachedAt when it was reached, if known (the queue's stop time for the first stop threshold), else null
 */
public record ThresholdForecast(BudgetAction action, double dollars, boolean reached, Instant date,
                                Instant earliest, Instant latest, Instant reachedAt) {
}
