package com.deadlinecost.model.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as whole cents, so that sums and differences are exact. The service's costs are doubles; each is read as
 * its exact binary value and rounded once, half to even, to the cent.
 */
public final class Cents {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Cents() {
    }

    /** {@code usd} rounded to whole cents; NaN and infinities are refused. */
    public static long of(double usd) {
        if (!Double.isFinite(usd)) {
            throw new IllegalArgumentException("A cost must be a finite number of dollars: " + usd);
        }
        return of(new BigDecimal(usd));
    }

    /** {@code usd} rounded to whole cents, half to even. */
    public static long of(BigDecimal usd) {
        return usd.multiply(HUNDRED).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** Cents as dollars, exactly representable to the cent when printed with two decimals. */
    public static double toUsd(long cents) {
        return cents / 100.0;
    }

    /** Cents as a dollar amount with two decimals, e.g. -1234 as "-12.34". */
    public static String format(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
