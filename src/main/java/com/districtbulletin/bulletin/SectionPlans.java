package com.districtbulletin.bulletin;

import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The bulletin's sections on the datasets, declared once as data, in order: each section groups
 * one or more datasets (代表工作: deputies' activities and the liaison stations), and each dataset
 * names the key metrics charted across the districts (the 综述 names the districts that lead on
 * them) and year on year (the 综述 names the largest changes). A section's title is the text
 * {@code bulletin.section.<key>}; a dataset's part of it is titled {@code bulletin.section.<dataset>}.
 * A dataset declared in {@link Dataset} but planned nowhere here still gets a section of its own,
 * after these, with its tables and no chart: adding a dataset needs its declaration, metrics and
 * texts, and a line here only to choose its charts or its group.
 */
final class SectionPlans {

    /** A dataset in its section, with its charts (metric ids of the catalogue). */
    record Part(Dataset dataset, List<String> acrossDistricts, List<String> yearOnYear) {

        List<Metric> acrossDistrictsMetrics() {
            return acrossDistricts.stream().map(MetricCatalogue::byId).toList();
        }

        List<Metric> yearOnYearMetrics() {
            return yearOnYear.stream().map(MetricCatalogue::byId).toList();
        }
    }

    /** A section of the bulletin: its key (for its title and bookmark) and its datasets in order. */
    record Plan(String key, List<Part> parts) {

        List<Dataset> datasets() {
            return parts.stream().map(Part::dataset).toList();
        }

        /** The same section with only the parts of {@code shown}, in order. */
        Plan only(Set<Dataset> shown) {
            return new Plan(key, parts.stream().filter(p -> shown.contains(p.dataset())).toList());
        }
    }

    private static final List<Plan> DECLARED = List.of(
            section("meetings",
                    part(Dataset.MEETINGS, List.of("meetings.standing_committee_sessions"),
                            List.of("meetings.reports_heard"))),
            section("inspections",
                    part(Dataset.INSPECTIONS, List.of("inspections.law_enforcement", "inspections.rectification_rate"),
                            List.of("inspections.visits_and_research"))),
            section("appointments",
                    part(Dataset.APPOINTMENTS, List.of("appointments.oath_rate"), List.of("appointments.total"))),
            section("suggestions",
                    part(Dataset.SUGGESTIONS, List.of("suggestions.per_100_deputies", "suggestions.satisfaction_rate"),
                            List.of("suggestions.closure_rate"))),
            section("deputy_work",
                    part(Dataset.DEPUTY_ACTIVITIES, List.of("deputy_activities.handling_rate"),
                            List.of("deputy_activities.total")),
                    part(Dataset.STATIONS, List.of("stations.coverage_rate"), List.of("stations.total"))),
            section("livelihood_projects",
                    part(Dataset.LIVELIHOOD_PROJECTS, List.of("livelihood_projects.completion_rate"),
                            List.of("livelihood_projects.voted"))),
            section("petitions",
                    part(Dataset.PETITIONS, List.of("petitions.referral_rate"), List.of("petitions.resolved"))),
            section("legislation",
                    part(Dataset.LEGISLATION, List.of("legislation.opinions_submitted"),
                            List.of("legislation.drafts_consulted"))),
            section("filings",
                    part(Dataset.FILINGS, List.of("filings.review_rate", "filings.correction_rate"), List.of())),
            section("reviews",
                    part(Dataset.REVIEWS, List.of("reviews.satisfaction_rate"), List.of("reviews.persons"))),
            // contract v3 (9.1): not ranked, each Party committee assigns its own central tasks; so no
            // chart and no leaders, only the side-by-side table and the 全市 sums
            section("service_tasks", part(Dataset.SERVICE_TASKS, List.of(), List.of())));

    /** Every section, the declared ones first, then one for each dataset planned nowhere. */
    static final List<Plan> SECTIONS = withTheRest(DECLARED);

    /** Every dataset, in the order of the sections. */
    static final List<Dataset> DATASETS = SECTIONS.stream().flatMap(p -> p.datasets().stream()).toList();

    private SectionPlans() {
    }

    /** The part of {@code dataset}. */
    static Part part(Dataset dataset) {
        for (Plan plan : SECTIONS) {
            for (Part part : plan.parts()) {
                if (part.dataset() == dataset) {
                    return part;
                }
            }
        }
        throw new IllegalArgumentException("No part for " + dataset);
    }

    private static Plan section(String key, Part... parts) {
        return new Plan(key, List.of(parts));
    }

    private static Part part(Dataset dataset, List<String> acrossDistricts, List<String> yearOnYear) {
        for (String id : acrossDistricts) {
            checkOwn(dataset, id);
        }
        for (String id : yearOnYear) {
            checkOwn(dataset, id);
        }
        return new Part(dataset, acrossDistricts, yearOnYear);
    }

    private static void checkOwn(Dataset dataset, String metricId) {
        if (MetricCatalogue.byId(metricId).dataset() != dataset) {
            throw new IllegalStateException(metricId + " is not a metric of " + dataset.fileName());
        }
    }

    /** The declared sections, checked (a dataset in one section only), then one for each dataset left. */
    static List<Plan> withTheRest(List<Plan> declared) {
        Set<Dataset> planned = EnumSet.noneOf(Dataset.class);
        for (Plan plan : declared) {
            for (Dataset d : plan.datasets()) {
                if (!planned.add(d)) {
                    throw new IllegalStateException(d.fileName() + " is planned in two sections");
                }
            }
        }
        List<Plan> all = new ArrayList<>(declared);
        for (Dataset d : java.util.List.of(Dataset.values())) {
            if (!planned.contains(d)) {
                all.add(section(d.fileName(), new Part(d, List.of(), List.of())));
            }
        }
        return List.copyOf(all);
    }
}
