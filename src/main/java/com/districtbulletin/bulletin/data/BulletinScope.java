package com.districtbulletin.bulletin.data;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.edition.RevisionLine;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.Statistic;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What of the contract the bulletin (main PDF, profiles, charts, 综述) reads: contract v2's datasets,
 * columns and metrics. Until the bulletin's own v3 part is built (issue 22 item 4), what contract v3
 * added — metrics 82–129, the {@code service_tasks} dataset, the columns added to v2 datasets — is left
 * out here, the one place, so the bulletin prints exactly what it printed for v2; statistics.csv/.xlsx,
 * the receipts and the validation report keep them.
 */
public final class BulletinScope {

    /** The datasets the bulletin reads, in the catalogue's order. */
    public static final List<Dataset> DATASETS = Arrays.stream(Dataset.values()).filter(BulletinScope::reads).toList();

    /** The metrics the bulletin reads, in the catalogue's order. */
    public static final List<Metric> METRICS = MetricCatalogue.METRICS.stream().filter(BulletinScope::reads).toList();

    /** The ids of the metrics left out, for what names a metric by its id (a revision's lines). */
    private static final Set<String> LEFT_OUT = MetricCatalogue.METRICS.stream().filter(m -> !reads(m))
            .map(Metric::id).collect(Collectors.toUnmodifiableSet());

    private BulletinScope() {
    }

    public static boolean reads(Dataset dataset) {
        return !dataset.declaration().isAddedInV3();
    }

    public static boolean reads(Column column) {
        return !column.isAddedInV3();
    }

    public static boolean reads(Metric metric) {
        return !metric.isAddedInV3() && reads(metric.dataset());
    }

    static boolean reads(Statistic figure) {
        return reads(figure.metric());
    }

    static boolean reads(RevisionLine line) {
        return line.metric() == null || !LEFT_OUT.contains(line.metricId());
    }

    /** A dataset's metrics the bulletin reads, in the catalogue's order. */
    public static List<Metric> metricsOf(Dataset dataset) {
        return MetricCatalogue.of(dataset).stream().filter(BulletinScope::reads).toList();
    }
}
