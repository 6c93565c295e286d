package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;

/**
 * One metric of the data contract (section 8), as data.
 *
 * @param id          e.g. {@code suggestions.resolved_rate}; the part before the dot names its dataset
 * @param dataset     the dataset it is computed from
 * @param name        the Chinese name with its unit, as printed: 解决率（A类占比，%）
 * @param shortName   the name without its unit, for prose and chart titles: 解决率
 * @param unit        次, 项, 件, 人次, 个, 条, 人 or %
 * @param kind        count, rate or per 100 deputies
 * @param numerator   what is counted or summed
 * @param denominator what a rate divides by (rows, or a registry count); for per 100 deputies the
 *                    registry's deputies; null for counts
 * @param ranked      whether districts are ranked on it
 * @param phrase      how the bulletin's prose states it (counts); null when it has no clause
 */
public record Metric(String id, Dataset dataset, String name, String shortName, String unit, MetricKind kind,
                     Measure numerator, Measure denominator, boolean ranked, Phrase phrase) {

    /**
     * A metric of {@code kind} named as section 8 names it ({@code 常委会会议（次）}), ranked, its
     * dataset taken from its id and its measures checked against the dataset's declaration.
     */
    static Metric declare(String id, String name, MetricKind kind, Measure numerator, Measure denominator) {
        String datasetName = id.substring(0, Math.max(0, id.indexOf('.')));
        Dataset dataset = Dataset.named(datasetName).filter(d -> d.fileName().equals(datasetName))
                .orElseThrow(() -> new IllegalStateException(id + ": no dataset " + datasetName));
        int open = name.indexOf('（');
        if (open < 0 || !name.endsWith("）")) {
            throw new IllegalStateException(id + ": the name " + name + " gives no unit");
        }
        String inside = name.substring(open + 1, name.length() - 1);
        String unit = inside.substring(inside.lastIndexOf('，') + 1);
        if ((kind == MetricKind.COUNT) != (denominator == null)) {
            throw new IllegalStateException(id + ": a count has no denominator, any other metric has one");
        }
        if (kind == MetricKind.PER_100_DEPUTIES && !denominator.isRegistryCount()) {
            throw new IllegalStateException(id + ": per 100 deputies divides by a registry count");
        }
        if (kind == MetricKind.RATE && !"%".equals(unit)) {
            throw new IllegalStateException(id + ": a rate's unit is %");
        }
        return new Metric(id, dataset, name, name.substring(0, open), unit, kind, numerator.over(dataset, id),
                denominator == null ? null : denominator.over(dataset, id), true, null);
    }

    /** The same metric, not ranked. */
    Metric notRanked() {
        return new Metric(id, dataset, name, shortName, unit, kind, numerator, denominator, false, phrase);
    }

    /** The same metric, stated in prose as {@code verb object N measureWord}. */
    Metric says(String verb, String object, String measureWord) {
        return new Metric(id, dataset, name, shortName, unit, kind, numerator, denominator, ranked,
                new Phrase(verb, object, measureWord));
    }
}
