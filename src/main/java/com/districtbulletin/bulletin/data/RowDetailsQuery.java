package com.districtbulletin.bulletin.data;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the {@link RowDetails} of a year from the accepted rows of the submissions in force. */
@Component
public class RowDetailsQuery {

    private static final String IN_FORCE = " JOIN submission_in_force s ON s.id = t.submission_id"
            + " WHERE s.report_year = ?";
    /** Suggestions of this district's own deputies (本级): the 上级 ones are counted apart (contract v2). */
    private static final String OWN_LEVEL = " AND t.level = 'own'";
    private static final String APPOINTED = "t.action IN ('appoint', 'decide_appoint', 'approve_appoint')";

    private final JdbcTemplate jdbc;

    public RowDetailsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public RowDetails load(int year) {
        Object[] args = {year};
        return new RowDetails(subjects("law_enforcement_inspection", year), subjects("special_inquiry", year),
                counts(Dataset.SUGGESTIONS, "field", "SELECT t.field, COUNT(*) FROM suggestions t" + IN_FORCE
                        + OWN_LEVEL + " GROUP BY t.field", args),
                jdbc.query("SELECT t.handling_unit, COUNT(*), COUNT(t.satisfaction), COUNT(CASE WHEN t.satisfaction"
                        + " IN ('satisfied', 'basically_satisfied') THEN 1 END) FROM suggestions t" + IN_FORCE
                        + OWN_LEVEL + " GROUP BY t.handling_unit ORDER BY COUNT(*) DESC, t.handling_unit",
                        (rs, i) -> new RowDetails.Unit(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                        args),
                counts(Dataset.APPOINTMENTS, "organ", "SELECT t.organ, COUNT(*) FROM appointments t" + IN_FORCE
                        + " AND t.action <> 'accept_resignation' GROUP BY t.organ", args),
                jdbc.queryForObject("SELECT CASE WHEN COUNT(DISTINCT s.id) = 0 THEN NULL ELSE COUNT(CASE WHEN "
                        + APPOINTED + " THEN 1 END) END FROM submission_in_force s LEFT JOIN appointments t"
                        + " ON t.submission_id = s.id WHERE s.report_year = ? AND s.dataset = ?",
                        Integer.class, year, Dataset.APPOINTMENTS.fileName()),
                count("SELECT COUNT(*) FROM appointments t" + IN_FORCE + " AND " + APPOINTED + " AND t.law_exam", args),
                count("SELECT COUNT(*) FROM appointments t" + IN_FORCE + " AND " + APPOINTED + " AND t.oath", args));
    }

    private List<RowDetails.Subject> subjects(String activityType, int year) {
        return jdbc.query("SELECT t.subject, COUNT(DISTINCT s.district_code) FROM inspections t" + IN_FORCE
                + " AND t.activity_type = ? GROUP BY t.subject ORDER BY COUNT(DISTINCT s.district_code) DESC, t.subject",
                (rs, i) -> new RowDetails.Subject(rs.getString(1), rs.getInt(2)),
                year, activityType);
    }

    /** Counts per stored code, as the column's Chinese labels in the contract's order (zero counts left out). */
    private List<RowDetails.Count> counts(Dataset dataset, String column, String sql, Object[] args) {
        Map<String, Integer> byCode = new HashMap<>();
        jdbc.query(sql, rs -> {
            byCode.put(rs.getString(1), rs.getInt(2));
        }, args);
        List<RowDetails.Count> counts = new ArrayList<>();
        Column c = dataset.columns().get(dataset.indexOf(column));
        for (Choice choice : c.choices()) {
            Integer n = byCode.get(choice.code());
            if (n != null && n > 0) {
                counts.add(new RowDetails.Count(choice.label(), n));
            }
        }
        return counts;
    }

    private int count(String sql, Object[] args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }
}
