package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.data.Trends;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import java.util.List;

/**
 * Which metrics are "key": those charted across the districts and year on year, as each
 * dataset's section declares them in {@link SectionPlans} (the summary names the districts that
 * lead on them), the figures of the 主要数据 page and the suggestion-outcome chart. Everything else
 * about a metric (name, unit, kind) comes from the {@link MetricCatalogue}.
 */
final class ChartPlan {

    /** The key figures of the 主要数据 page, in order (the trends follow the same). */
    static final List<String> KEY_FIGURES = Trends.KEY_FIGURES;

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

    /** Bars of this year's values across the districts (declared with the dataset's section). */
    static List<Metric> acrossDistricts(Dataset dataset) {
        return SectionPlans.part(dataset).acrossDistrictsMetrics();
    }

    static List<Metric> keyFigures() {
        return KEY_FIGURES.stream().map(MetricCatalogue::byId).toList();
    }

    /** Grouped bars of this year against last year (declared with the dataset's section). */
    static List<Metric> yearOnYear(Dataset dataset) {
        return SectionPlans.part(dataset).yearOnYearMetrics();
    }
}
