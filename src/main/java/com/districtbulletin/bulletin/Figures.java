package com.districtbulletin.bulletin;

import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The year's statistics looked up by metric and district. */
final class Figures {

    /** Per metric id, its figures by district and how many districts share each rank. */
    private final Map<String, OfMetric> byMetric = new HashMap<>();
    /** The same by the catalogue's metric objects, found without hashing a metric's whole definition. */
    private final Map<Metric, OfMetric> byInstance = new java.util.IdentityHashMap<>();
    /** Per dataset, the metrics shown ({@link #shown}): every profile asks for them. */
    private final Map<com.districtbulletin.dataset.Dataset, List<Metric>> shown =
            new java.util.EnumMap<>(com.districtbulletin.dataset.Dataset.class);
    private final Map<String, String> names = new HashMap<>();
    private final List<District> districts;

    private static final class OfMetric {
        final Map<String, Statistic> byDistrict = new HashMap<>();
        final Map<Integer, Integer> rankOccurrences = new HashMap<>();
        int rankedCount;
        /** {@link #districtsOf}, asked for again and again by the prose and the charts. */
        volatile List<Statistic> inDisplayOrder;
    }

    /** @param districts the registry; a district without figures this year (not existing in it) is left out */
    Figures(List<Statistic> statistics, List<District> districts) {
        java.util.Set<String> withFigures = new java.util.HashSet<>();
        Metric lastMetric = null;
        OfMetric index = null;
        for (Statistic s : statistics) {
            withFigures.add(s.districtCode());
            // the figures come metric by metric (catalogue order)
            if (s.metric() != lastMetric) {
                index = byMetric.computeIfAbsent(s.metric().id(), k -> new OfMetric());
                byInstance.put(s.metric(), index);
                lastMetric = s.metric();
            }
            index.byDistrict.put(s.districtCode(), s);
            if (s.rank() != null && !s.isMunicipality()) {
                index.rankedCount++;
                index.rankOccurrences.merge(s.rank(), 1, Integer::sum);
            }
        }
        this.districts = statistics.isEmpty() ? districts
                : districts.stream().filter(d -> withFigures.contains(d.code())).toList();
        for (District d : districts) {
            names.put(d.code(), d.name());
        }
        for (com.districtbulletin.dataset.Dataset dataset : com.districtbulletin.dataset.Dataset.values()) {
            List<Metric> all = com.districtbulletin.statistics.MetricCatalogue.of(dataset);
            shown.put(dataset, all.stream().filter(m -> m == all.get(0) || !notShown(m)).toList());
        }
    }

    /** The district's name in the registry (its code when unknown). */
    String name(String districtCode) {
        return names.getOrDefault(districtCode, districtCode);
    }

    /** A district's figure, or the municipality's for {@link Statistic#ALL}. */
    Statistic of(Metric metric, String districtCode) {
        Statistic s = find(metric, districtCode);
        return Objects.requireNonNull(s, () -> "No statistic " + metric.id() + " for " + districtCode);
    }

    /** A district's figure, or null when it has none of the metric. */
    Statistic find(Metric metric, String districtCode) {
        OfMetric figures = index(metric);
        return figures == null ? null : figures.byDistrict.get(districtCode);
    }

    boolean hasMunicipal(Metric metric) {
        return find(metric, Statistic.ALL) != null;
    }

    Statistic municipal(Metric metric) {
        return of(metric, Statistic.ALL);
    }

    /** The districts' figures in display order. */
    List<Statistic> districtsOf(Metric metric) {
        OfMetric figures = index(metric);
        List<Statistic> inOrder = figures == null ? null : figures.inDisplayOrder;
        if (inOrder == null) {
            inOrder = districts.stream().map(d -> of(metric, d.code())).toList();
            if (figures != null) {
                figures.inDisplayOrder = inOrder; // the same list whichever thread (charts, text) makes it
            }
        }
        return inOrder;
    }

    private OfMetric index(Metric metric) {
        OfMetric figures = byInstance.get(metric);
        return figures != null ? figures : byMetric.get(metric.id());
    }

    /** How many districts were ranked on the metric (those with a value). */
    int rankedCount(Metric metric) {
        OfMetric figures = index(metric);
        return figures == null ? 0 : figures.rankedCount;
    }

    /** Whether another district has the same rank (并列). */
    boolean sharedRank(Statistic s) {
        if (s.rank() == null) {
            return false;
        }
        OfMetric figures = index(s.metric());
        return figures != null && figures.rankOccurrences.getOrDefault(s.rank(), 0) > 1;
    }

    /**
     * The dataset's metrics the bulletin shows, in the catalogue's order: all but those of contract
     * v3 (82–129) that no district has this year — a year published before v3 has no figures of
     * them, and in a year no district's files could give one it is 未采集 everywhere (说明 lists
     * them once). The dataset's first metric (a v2 one, or one of 服务中心工作) is always shown.
     */
    List<Metric> shown(com.districtbulletin.dataset.Dataset dataset) {
        return shown.get(dataset);
    }

    /** Contract v3's metrics no district has this year (see {@link #shown}), in the catalogue's order. */
    List<Metric> notShown(List<com.districtbulletin.dataset.Dataset> datasets) {
        return datasets.stream().flatMap(d -> com.districtbulletin.statistics.MetricCatalogue.of(d).stream())
                .filter(this::notShown).toList();
    }

    private boolean notShown(Metric m) {
        if (!m.isAddedInV3()) {
            return false;
        }
        Statistic municipal = find(m, Statistic.ALL);
        return municipal == null || municipal.status() == Status.NOT_COLLECTED;
    }

    /** The districts with no accepted submission of the metric's dataset. */
    List<Statistic> notSubmitted(Metric metric) {
        return districtsOf(metric).stream().filter(s -> s.status() == Status.NOT_SUBMITTED).toList();
    }

    /** The districts whose file of the metric's dataset was rejected whole (未通过审核). */
    List<Statistic> rejected(Metric metric) {
        return districtsOf(metric).stream().filter(s -> s.status() == Status.REJECTED).toList();
    }

    List<District> districts() {
        return districts;
    }
}
