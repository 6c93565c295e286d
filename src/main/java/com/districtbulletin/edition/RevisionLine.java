package com.districtbulletin.edition;

import java.math.BigDecimal;

/**
 * A figure a revision changed: one row of {@code revisions-final-r<N>.csv} (contract section 9).
 * For a year-on-year change of the following year, {@code metric} is the metric id followed by
 * {@code :yoy_change} and the values are the old and new changes.
 *
 * @param cause the submission files whose new versions changed it, and/or {@code districts.csv}, separated by "; "
 */
public record RevisionLine(int year, String districtCode, String districtName, String metric, BigDecimal oldValue,
                           BigDecimal newValue, String oldStatus, String newStatus, String cause) {

    public static final String YOY_SUFFIX = ":yoy_change";

    public boolean isYoyChange() {
        return metric.endsWith(YOY_SUFFIX);
    }

    /** The metric's id, without the year-on-year suffix. */
    public String metricId() {
        return isYoyChange() ? metric.substring(0, metric.length() - YOY_SUFFIX.length()) : metric;
    }
}
