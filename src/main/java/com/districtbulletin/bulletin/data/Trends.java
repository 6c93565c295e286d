package com.districtbulletin.bulletin.data;

import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.Statistic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the bulletin's year and of the up to four years before it that have figures (the
 * congress's term), for the five-year trends: a past year's stored statistics (a closed year's
 * published figures), or figures computed from its submissions in force when none are stored. A
 * year with neither is left out. With one year only there is no trend. {@link BulletinSource} keeps
 * the key figures only ({@link #KEY_FIGURES}), all that the trends show.
 */
public final class Trends {

    /**
     * The key figures of the 主要数据 page, in order: the municipal value and its change on last
     * year; the trends follow them. (The headline sentence of the year's work will follow the catalogue's clause order.)
     */
    public static final List<String> KEY_FIGURES = List.of(
            "meetings.standing_committee_sessions", "meetings.reports_heard", "meetings.resolutions",
            "inspections.law_enforcement", "inspections.visits_and_research", "appointments.total",
            "suggestions.total", "suggestions.resolved_rate");

    /** The most years a trend spans: a congress's term. */
    public static final int TERM = 5;

    /** No trend: a bulletin built from statistics alone (tests, benchmarks). */
    public static final Trends NONE = new Trends(List.of(), Map.of(), List.of());

    private final List<Integer> years;
    private final List<District> registry;
    private final java.util.Set<Integer> finalYears;
    private final Map<Integer, Map<String, Statistic>> byYear = new HashMap<>();
    /** The registry by code: every profile asks whether its district existed in each year. */
    private final Map<String, List<District>> byCode = new HashMap<>();

    /**
     * @param years      the years with figures, earliest first, the bulletin's year last
     * @param statistics each year's figures
     * @param registry   every district of the registry, with the years it exists
     */
    public Trends(List<Integer> years, Map<Integer, List<Statistic>> statistics, List<District> registry) {
        this(years, statistics, registry, java.util.Set.of());
    }

    /** @param finalYears the years whose final edition is published: their figures are final, the others provisional */
    public Trends(List<Integer> years, Map<Integer, List<Statistic>> statistics, List<District> registry,
                  java.util.Set<Integer> finalYears) {
        this.years = List.copyOf(years);
        this.registry = List.copyOf(registry);
        this.finalYears = java.util.Set.copyOf(finalYears);
        for (District d : this.registry) {
            byCode.computeIfAbsent(d.code(), k -> new java.util.ArrayList<>()).add(d);
        }
        for (Map.Entry<Integer, List<Statistic>> e : statistics.entrySet()) {
            Map<String, Statistic> index = new HashMap<>();
            for (Statistic s : e.getValue()) {
                index.put(key(s.metric(), s.districtCode()), s);
            }
            byYear.put(e.getKey(), index);
        }
    }

    /** Whether there is a trend to show: figures of more than one year. */
    public boolean shown() {
        return years.size() > 1;
    }

    public List<Integer> years() {
        return years;
    }

    public List<District> registry() {
        return registry;
    }

    /** The years shown whose figures are final (正式), earliest first. */
    public List<Integer> finalYears() {
        return years.stream().filter(finalYears::contains).toList();
    }

    /** The years shown whose figures are provisional (初步统计), earliest first. */
    public List<Integer> provisionalYears() {
        return years.stream().filter(y -> !finalYears.contains(y)).toList();
    }

    public int first() {
        return years.get(0);
    }

    public int last() {
        return years.get(years.size() - 1);
    }

    /**
     * A figure of a year, or null when the year has none for the district (a district that did not
     * exist in the year).
     */
    public Statistic of(int year, Metric metric, String districtCode) {
        Map<String, Statistic> index = byYear.get(year);
        return index == null ? null : index.get(key(metric, districtCode));
    }

    /**
     * The districts with a value of the metric in the year, those its municipal figure sums (not
     * 未报送, 未通过审核, 未采集 or not applicable); empty when the year's figures of the metric were
     * not kept or do not exist.
     */
    public java.util.Set<String> withValue(int year, Metric metric) {
        Map<String, Statistic> index = byYear.get(year);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        if (index == null) {
            return codes;
        }
        for (Statistic s : index.values()) {
            if (s.metric().equals(metric) && !s.isMunicipality() && s.value() != null) {
                codes.add(s.districtCode());
            }
        }
        return codes;
    }

    /** Whether the district exists in the year, by the registry (a district it does not know: no). */
    public boolean exists(String districtCode, int year) {
        return byCode.getOrDefault(districtCode, List.of()).stream().anyMatch(d -> d.existsIn(year));
    }

    private static String key(Metric metric, String districtCode) {
        return metric.id() + "\t" + districtCode;
    }
}
