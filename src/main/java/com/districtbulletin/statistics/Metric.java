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
 * @param isAddedInV3 one of contract v3's metrics 82–129
 * @param isAtMostWhole for a rate: not applicable when the numerator exceeds the denominator (a
 *                    naming error, as for the townships covered), and left out of the municipal pool
 */
public record Metric(String id, Dataset dataset, String name, String shortName, String unit, MetricKind kind,
                     Measure numerator, Measure denominator, boolean ranked, Phrase phrase, boolean isAddedInV3,
                     boolean isAtMostWhole) {

    /**
     * A metric of {@code kind} named as section 8 names it ({@code 常委会会议（次）}), ranked, its
     * dataset taken from its id and its measures checked against the dataset's declaration.
     */
    static Metric declare(String id, String name, MetricKind kind, Measure numerator, Measure denominator) {
        String datasetName = id.substring(0, Math.max(0, id.indexOf('.')));
        Dataset dataset = Dataset.named(datasetName).filter(d -> d.fileName().equals(datasetName))
                .orElseThrow(() -> new IllegalStateException(id + ": no dataset " + datasetName));
        int open = name.lastIndexOf('（');
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
                denominator == null ? null : denominator.over(dataset, id), true, null, false, false);
    }

    /**
     * Whether the metric is v3-dependent (v3 section 10.1): one of 82–129 whose definition names a
     * v3 column or counts a value added in v3. Its value is not collected from a district-year that
     * is not v3, or from a file lacking one of its {@link #sourceColumns()}.
     */
    public boolean v3Dependent() {
        if (!isAddedInV3) {
            return false;
        }
        if (!sourceColumns().isEmpty()) {
            return true;
        }
        return measures().anyMatch(m -> m.choiceCodes().stream().anyMatch(this::addedValue));
    }

    /** The v3 columns its definition names (v3 section 0.2), in declaration order; none for a v2 metric. */
    public java.util.List<String> sourceColumns() {
        if (!isAddedInV3) {
            return java.util.List.of();
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        measures().forEach(m -> named.addAll(m.columns()));
        return dataset.columns().stream().filter(c -> c.isAddedInV3() && named.contains(c.name()))
                .map(com.districtbulletin.dataset.Column::name).toList();
    }

    private java.util.stream.Stream<Measure> measures() {
        return java.util.stream.Stream.of(numerator, denominator).filter(java.util.Objects::nonNull);
    }

    private boolean addedValue(String columnEqualsCode) {
        int eq = columnEqualsCode.indexOf('=');
        return dataset.columnNamed(columnEqualsCode.substring(0, eq))
                .choiceCoded(columnEqualsCode.substring(eq + 1)).map(com.districtbulletin.dataset.Choice::addedInV3)
                .orElse(false);
    }

    /** The same metric, not ranked. */
    Metric notRanked() {
        return new Metric(id, dataset, name, shortName, unit, kind, numerator, denominator, false, phrase, isAddedInV3,
                isAtMostWhole);
    }

    /** The same metric, one of contract v3's additions (82–129). */
    Metric addedInV3() {
        return new Metric(id, dataset, name, shortName, unit, kind, numerator, denominator, ranked, phrase, true,
                isAtMostWhole);
    }

    /** The same rate, not applicable when its numerator exceeds its denominator. */
    Metric atMostWhole() {
        return new Metric(id, dataset, name, shortName, unit, kind, numerator, denominator, ranked, phrase, isAddedInV3,
                true);
    }

    /** The same metric, stated in prose as {@code verb object N measureWord}. */
    Metric says(String verb, String object, String measureWord) {
        return new Metric(id, dataset, name, shortName, unit, kind, numerator, denominator, ranked,
                new Phrase(verb, object, measureWord), isAddedInV3, isAtMostWhole);
    }
}
