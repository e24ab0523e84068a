package com.deadlinecost.model.query;

/**
 * What a chart plots and ranks groups by. Computed from totals (count, total cost, total runtime) so
 * that a folded group is measured from its combined totals, never from averaged averages.
 */
public enum Measure {
    COST_SUM("Cost (USD)"),
    RUNTIME_SUM("Runtime (s)"),
    COUNT("Sessions"),
    AVERAGE_COST("Average cost (USD)");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    /** The axis or chooser label. */
    public String label() {
        return label;
    }

    /**
     * The measure of a group's totals. A group without sessions has zero totals, so it measures 0 for
     * sums and counts and NaN for the average (there is nothing to average).
     */
    public double of(long count, double costTotal, double runtimeTotal) {
        switch (this) {
            case COST_SUM:
                return costTotal;
            case RUNTIME_SUM:
                return runtimeTotal;
            case COUNT:
                return count;
            case AVERAGE_COST:
                return count == 0 ? Double.NaN : costTotal / count;
            default:
                throw new IllegalStateException("Unknown measure " + this);
        }
    }
}
