package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;

/**
 * One metric of the data contract (section 8).
 *
 * @param id          e.g. {@code suggestions.resolved_rate}
 * @param dataset     the dataset it is computed from
 * @param name        the Chinese name with its unit, as printed: 解决率（A类占比，%）
 * @param shortName   the name without its unit, for prose and chart titles: 解决率
 * @param unit        次, 项, 件, 人次 or %
 * @param kind        count, rate or per 100 deputies
 * @param numerator   what is counted or summed
 * @param denominator what a rate divides by; null for counts and per-100-deputies
 * @param ranked      whether districts are ranked on it
 */
public record Metric(String id, Dataset dataset, String name, String shortName, String unit, MetricKind kind,
                     Measure numerator, Measure denominator, boolean ranked) {
}
