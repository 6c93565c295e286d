package com.districtbulletin.bulletin.data;

import com.districtbulletin.concurrent.SideBySide;
import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Measure;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link RowDetails} of a year from the accepted rows of the submissions in force. Each
 * breakdown counts the rows of a metric of the catalogue, grouped by a column: its SQL comes from
 * the metric's measure, so that no choice code is written here and the breakdown and the figure
 * it breaks down always agree.
 */
@Component
public class RowDetailsQuery {

    private static final String IN_FORCE = " t JOIN submission_in_force s ON s.id = t.submission_id"
            + " WHERE s.report_year = ?";

    private final JdbcTemplate jdbc;

    public RowDetailsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The year's row details. The suggestions are the largest table and the longest read (a province's
     * 800,000 rows grouped): read on a connection of their own while this one reads the rest.
     */
    public RowDetails load(int year) {
        CompletableFuture<Suggestions> bySuggestion = SideBySide.start("row-details-suggestions", () -> suggestions(year));
        Appointments appointments = appointments(year);
        List<RowDetails.Subject> lawEnforcement = subjects("inspections.law_enforcement", year);
        List<RowDetails.Subject> specialInquiries = subjects("inspections.special_inquiries", year);
        Suggestions suggestions = SideBySide.join(bySuggestion);
        return new RowDetails(lawEnforcement, specialInquiries,
                labelled(Dataset.SUGGESTIONS, "field", suggestions.byField()), suggestions.units(),
                labelled(Dataset.APPOINTMENTS, "organ", appointments.byOrgan()), appointments.appointed(),
                appointments.lawExams(), appointments.oaths());
    }

    private record Suggestions(Map<String, Integer> byField, List<RowDetails.Unit> units) {
    }

    /**
     * The suggestions of this district's own deputies (本级: the 上级 ones are counted apart, contract v2)
     * per 领域 and per 承办单位, most suggestions first, then by name as the database orders names, in
     * one pass over the table (each was a scan of its own). The rows the measure's filter leaves out
     * count in neither (its count is of the rows its filter keeps), so they are left out of the pass.
     */
    private Suggestions suggestions(int year) {
        Measure rows = MetricCatalogue.byId("suggestions.total").numerator();
        Metric satisfaction = MetricCatalogue.byId("suggestions.satisfaction_rate");
        Map<String, Integer> byField = new HashMap<>();
        Map<String, int[]> byUnit = new LinkedHashMap<>();
        jdbc.query("SELECT t.field, t.handling_unit, " + rows.sql(year) + ", " + satisfaction.denominator().sql(year)
                + ", " + satisfaction.numerator().sql(year) + " FROM " + Dataset.SUGGESTIONS.table() + IN_FORCE
                + " AND " + rows.where(year) + " GROUP BY t.field, t.handling_unit ORDER BY t.handling_unit", rs -> {
                    byField.merge(rs.getString(1), rs.getInt(3), Integer::sum);
                    int[] unit = byUnit.computeIfAbsent(rs.getString(2), k -> new int[3]);
                    for (int i = 0; i < unit.length; i++) {
                        unit[i] += rs.getInt(3 + i);
                    }
                }, year);
        List<RowDetails.Unit> units = new ArrayList<>();
        byUnit.forEach((name, n) -> units.add(new RowDetails.Unit(name, n[0], n[1], n[2])));
        units.sort(Comparator.comparingInt(RowDetails.Unit::suggestions).reversed()); // stable: names stay in order
        return new Suggestions(byField, units);
    }

    private record Appointments(Map<String, Integer> byOrgan, Integer appointed, int lawExams, int oaths) {
    }

    /**
     * The appointments by organ and the appointed, law-exam and oath counts, in one pass over the
     * table (each was a scan of its own); appointed is null when the year has no appointments
     * submission in force, 0 when its files have no such row.
     */
    private Appointments appointments(int year) {
        Measure byOrgan = MetricCatalogue.byId("appointments.total").numerator();
        Measure appointed = MetricCatalogue.byId("appointments.appointed").numerator();
        Measure lawExams = MetricCatalogue.byId("appointments.law_exam_taken").numerator();
        Measure oaths = MetricCatalogue.byId("appointments.oath_taken").numerator();
        Map<String, Integer> organs = new HashMap<>();
        int[] sums = new int[3];
        boolean[] any = {false};
        jdbc.query("SELECT t.organ, " + byOrgan.sql(year) + ", " + appointed.sql(year) + ", " + lawExams.sql(year)
                + ", " + oaths.sql(year) + " FROM submission_in_force s LEFT JOIN " + Dataset.APPOINTMENTS.table()
                + " t ON t.submission_id = s.id WHERE s.report_year = ? AND s.dataset = ? GROUP BY t.organ", rs -> {
                    any[0] = true;
                    organs.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] += rs.getInt(3 + i);
                    }
                }, year, Dataset.APPOINTMENTS.fileName());
        return new Appointments(organs, any[0] ? sums[0] : null, sums[1], sums[2]);
    }

    /** The subjects of the rows a metric counts, most districts first. */
    private List<RowDetails.Subject> subjects(String metricId, int year) {
        Measure rows = MetricCatalogue.byId(metricId).numerator();
        return jdbc.query("SELECT t.subject, COUNT(DISTINCT s.district_code) FROM " + rows.dataset().table() + IN_FORCE
                + " AND " + rows.where(year)
                + " GROUP BY t.subject ORDER BY COUNT(DISTINCT s.district_code) DESC, t.subject",
                (rs, i) -> new RowDetails.Subject(rs.getString(1), rs.getInt(2)), year);
    }

    /**
     * The rows a measure counts, per stored code of a column, as the column's Chinese labels in the
     * contract's order (zero counts left out).
     */
    private static List<RowDetails.Count> labelled(Dataset dataset, String column, Map<String, Integer> byCode) {
        List<RowDetails.Count> counts = new ArrayList<>();
        Column c = dataset.columnNamed(column);
        for (Choice choice : c.choices()) {
            Integer n = byCode.get(choice.code());
            if (n != null && n > 0) {
                counts.add(new RowDetails.Count(choice.label(), n));
            }
        }
        return counts;
    }
}
