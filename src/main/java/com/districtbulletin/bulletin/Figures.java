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

    private final Map<String, Map<String, Statistic>> byMetric = new HashMap<>();
    private final List<District> districts;

    Figures(List<Statistic> statistics, List<District> districts) {
        this.districts = districts;
        for (Statistic s : statistics) {
            byMetric.computeIfAbsent(s.metric().id(), k -> new HashMap<>()).put(s.districtCode(), s);
        }
    }

    /** A district's figure, or the municipality's for {@link Statistic#ALL}. */
    Statistic of(Metric metric, String districtCode) {
        Map<String, Statistic> figures = byMetric.get(metric.id());
        Statistic s = figures == null ? null : figures.get(districtCode);
        return Objects.requireNonNull(s, () -> "No statistic " + metric.id() + " for " + districtCode);
    }

    Statistic municipal(Metric metric) {
        return of(metric, Statistic.ALL);
    }

    /** The districts' figures in display order. */
    List<Statistic> districtsOf(Metric metric) {
        return districts.stream().map(d -> of(metric, d.code())).toList();
    }

    /** How many districts were ranked on the metric (those with a value). */
    int rankedCount(Metric metric) {
        return (int) districtsOf(metric).stream().filter(s -> s.rank() != null).count();
    }

    /** The districts with no accepted submission of the metric's dataset. */
    List<Statistic> notSubmitted(Metric metric) {
        return districtsOf(metric).stream().filter(s -> s.status() == Status.NOT_SUBMITTED).toList();
    }

    List<District> districts() {
        return districts;
    }
}
