package com.deadlinecost.model.insight;

/**
 * When a bucket or a job is worth a flag.
 *
 * @param scoreThreshold the robust score above which a bucket is far above its baseline
 * @param minExcessUsd the least excess, in dollars, worth attention
 * @param minShareOfBucket the least excess as a fraction of the bucket's total over all groups (0.02 is 2 %)
 * @param runawayFactor how many times its queue's usual longest session a job's longest session must last
 */
public record AnomalySettings(double scoreThreshold, double minExcessUsd, double minShareOfBucket,
                              double runawayFactor) {

    /** The defaults: score 16, at least $10 and 2 % of the bucket, sessions three times the usual. */
    public static final AnomalySettings DEFAULTS = new AnomalySettings(16, 10, 0.02, 3);

    /** Refuses settings that would flag everything or nothing. */
    public AnomalySettings {
        if (!(scoreThreshold > 0) || !Double.isFinite(scoreThreshold)) {
            throw new IllegalArgumentException("The anomaly score threshold must be a positive number; got "
                + scoreThreshold);
        }
        if (!(minExcessUsd >= 0) || !Double.isFinite(minExcessUsd)) {
            throw new IllegalArgumentException("The least excess must be zero or more dollars; got " + minExcessUsd);
        }
        if (!(minShareOfBucket >= 0 && minShareOfBucket <= 1)) {
            throw new IllegalArgumentException("The least share of the bucket must be between 0 and 100 %; got "
                + minShareOfBucket * 100 + " %");
        }
        if (!(runawayFactor > 1) || !Double.isFinite(runawayFactor)) {
            throw new IllegalArgumentException("A runaway session must last more than once its queue's usual; got "
                + runawayFactor);
        }
    }
}
