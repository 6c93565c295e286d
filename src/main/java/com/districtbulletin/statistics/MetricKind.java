package com.districtbulletin.statistics;

/** How a metric's value follows from its numerator and denominator. */
public enum MetricKind {
    /** The numerator itself; a whole number. */
    COUNT,
    /** Numerator / denominator × 100, in percent, one decimal. */
    RATE,
    /** Numerator / the registry's deputies × 100, one decimal. */
    PER_100_DEPUTIES;

    public boolean isCount() {
        return this == COUNT;
    }
}
