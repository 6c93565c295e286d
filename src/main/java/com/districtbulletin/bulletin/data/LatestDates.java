package com.districtbulletin.bulletin.data;

import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.dataset.YearBound;
import com.districtbulletin.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The latest of every date column the datasets declare, over the rows in force of a year (an end
 * or closing date is never before its start). A date that may lie after the year (v3's
 * {@code service_tasks.end_date}: an assignment held on, a trip ending in January) does not date
 * the year's bulletin. Each submission's latest date is kept (table {@code submission_latest_date}):
 * its rows never change once stored, so a night reads only the submissions new since, where
 * scanning every dataset took seconds on a province.
 */
@Component
public class LatestDates {

    /** Per dataset with date columns, the SQL of the latest of them over its rows {@code t}. */
    private static final Map<Dataset, String> LATEST = latestPerDataset();
    /** What the kept dates were read from: another build reading other columns reads again. */
    static final String COLUMNS = Sha256.of(LATEST.toString().getBytes(StandardCharsets.UTF_8));
    /** Submissions read per statement: a night has a few, a first run every one. */
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    public LatestDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest date in the rows of the year's submissions in force; null when they have none. */
    public LocalDate latest(int year) {
        keepMissing(year);
        Date latest = jdbc.queryForObject("SELECT MAX(c.latest_date) FROM submission_latest_date c"
                + " JOIN submission_in_force s ON s.id = c.submission_id"
                + " WHERE s.report_year = ? AND c.date_columns = ?", Date.class, year, COLUMNS);
        return latest == null ? null : latest.toLocalDate();
    }

    private void keepMissing(int year) {
        Map<Dataset, List<Long>> missing = new LinkedHashMap<>();
        jdbc.query("SELECT s.id, s.dataset FROM submission_in_force s WHERE s.report_year = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM submission_latest_date c WHERE c.submission_id = s.id AND c.date_columns = ?)"
                        + " ORDER BY s.id",
                rs -> {
                    long id = rs.getLong(1);
                    Dataset.named(rs.getString(2)).filter(LATEST::containsKey)
                            .ifPresent(d -> missing.computeIfAbsent(d, k -> new ArrayList<>()).add(id));
                }, year, COLUMNS);
        for (Map.Entry<Dataset, List<Long>> e : missing.entrySet()) {
            List<Long> ids = e.getValue();
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Long> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
                List<Object> args = new ArrayList<>();
                args.add(COLUMNS);
                args.addAll(part);
                jdbc.update("INSERT INTO submission_latest_date (submission_id, date_columns, latest_date)"
                        + " SELECT s.id, ?, " + LATEST.get(e.getKey()) + " FROM submission_in_force s LEFT JOIN "
                        + e.getKey().table() + " t ON t.submission_id = s.id WHERE s.id IN ("
                        + String.join(", ", Collections.nCopies(part.size(), "?")) + ") GROUP BY s.id",
                        args.toArray());
            }
        }
    }

    private static Map<Dataset, String> latestPerDataset() {
        Map<Dataset, String> latest = new LinkedHashMap<>();
        for (Dataset d : Dataset.values()) {
            String expression = null;
            for (var c : d.columns()) {
                if (c.type() != ColumnType.DATE || c.yearBound() == YearBound.NOT_BEFORE_YEAR) {
                    continue;
                }
                String max = "MAX(t." + c.name() + ")";
                expression = expression == null ? max
                        : "CASE WHEN " + max + " IS NULL OR " + expression + " >= " + max + " THEN " + expression
                                + " ELSE " + max + " END";
            }
            if (expression != null) {
                latest.put(d, expression);
            }
        }
        return latest;
    }
}
