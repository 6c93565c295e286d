package com.districtbulletin.bulletin;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which metrics are "key": each is charted across the districts, and
 * the summary names the districts that lead on it. Everything else about a metric (name, unit,
 * kind) comes from the {@link MetricCatalogue}.
 */
final class ChartPlan {

    /** Bars of this year's values across the districts. */
    private static final Map<Dataset, List<String>> ACROSS_DISTRICTS = Map.of(
            Dataset.MEETINGS, List.of("meetings.standing_committee_sessions"),
            Dataset.INSPECTIONS, List.of("inspections.law_enforcement", "inspections.rectification_rate"),
            Dataset.APPOINTMENTS, List.of("appointments.oath_rate"),
            Dataset.SUGGESTIONS, List.of("suggestions.per_100_deputies", "suggestions.satisfaction_rate"));

    /** Grouped bars of this year against last year. */
    private static final Map<Dataset, List<String>> YEAR_ON_YEAR = Map.of(
            Dataset.MEETINGS, List.of("meetings.reports_heard"),
            Dataset.INSPECTIONS, List.of("inspections.visits_and_research"),
            Dataset.APPOINTMENTS, List.of("appointments.total"),
            Dataset.SUGGESTIONS, List.of("suggestions.closure_rate"));

    /**
     * The key figures of the 主要数据 page, in order: the municipal value and its change on last
     * year. (The headline sentence of the year's work will follow the catalogue's clause order.)
     */
    static final List<String> KEY_FIGURES = List.of(
            "meetings.standing_committee_sessions", "meetings.reports_heard", "meetings.resolutions",
            "inspections.law_enforcement", "inspections.visits_and_research", "appointments.total",
            "suggestions.total", "suggestions.resolved_rate");

    /** The 100% stacked bar of suggestion outcomes: A, B, C shares of all suggestions, and those still open. */
    static final Dataset OUTCOMES_DATASET = Dataset.SUGGESTIONS;
    static final Metric OUTCOME_A = MetricCatalogue.byId("suggestions.resolved_rate");
    static final Metric OUTCOME_B = MetricCatalogue.byId("suggestions.class_b_rate");
    static final Metric OUTCOME_C = MetricCatalogue.byId("suggestions.class_c_rate");
    static final Metric CLOSURE_RATE = MetricCatalogue.byId("suggestions.closure_rate");
    static final Metric ALL_SUGGESTIONS = MetricCatalogue.byId("suggestions.total");
    static final Metric CLOSED_SUGGESTIONS = MetricCatalogue.byId("suggestions.closed");

    private ChartPlan() {
    }

    static List<Metric> acrossDistricts(Dataset dataset) {
        return ACROSS_DISTRICTS.getOrDefault(dataset, List.of()).stream().map(MetricCatalogue::byId).toList();
    }

    static List<Metric> keyFigures() {
        return KEY_FIGURES.stream().map(MetricCatalogue::byId).toList();
    }

    static List<Metric> yearOnYear(Dataset dataset) {
        return YEAR_ON_YEAR.getOrDefault(dataset, List.of()).stream().map(MetricCatalogue::byId).toList();
    }
}
