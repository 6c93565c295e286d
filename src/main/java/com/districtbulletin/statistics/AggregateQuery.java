package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The queries that aggregate every metric of a dataset in a year, one row per submission in force,
 * generated from the catalogue: {@link #fill} computes the aggregates of the submissions that have
 * none stored yet and stores them (table {@code submission_aggregate}), {@link #stored} reads them
 * back. Each distinct aggregate is computed once; aggregate {@code k} is "column" {@code FIRST + k}.
 *
 * <p>Each condition the metrics test is computed once per row, as a boolean column of a subquery,
 * and every aggregate counts or sums the rows where its conditions hold ({@code FILTER}): a row of
 * suggestions meets 「本级」 in 17 aggregates, and testing it 17 times was a third of the query's time.
 *
 * <p>On PostgreSQL each submission's rows are aggregated through a LATERAL subquery, that is by
 * the index on {@code submission_id}: right after a bulk load the planner has no statistics on the
 * freshly filled tables, and a plain LEFT JOIN ... GROUP BY was then planned as a sort of every row
 * of the year (spilled to disk, about 1 s for 800,000 suggestions). {@code OFFSET 0} keeps the
 * conditions' subquery from being merged into the aggregate, which would test them again in each.
 * H2 has no LATERAL and keeps the GROUP BY; both give the same rows. On both the submissions that
 * have no aggregates stored are chosen first, in a derived table: H2 had tested the choice once per
 * row joined, PostgreSQL had aggregated every submission of the year before dropping those stored
 * (1.3 s for one new file of a province's suggestions).
 */
final class AggregateQuery {

    /** The first column of the aggregates. */
    static final int FIRST = 5;
    /** The subquery's column: whether the row holds a choice added in v3. */
    private static final String ADDED = "holds_added";

    /**
     * Stores the aggregates of each submission in force (parameters: the digest, the year, the
     * dataset's name, the digest) that has none under this query's digest yet, as one text of
     * comma-separated integers in column order: a submission's rows never change, so a night
     * aggregates only the files it stored.
     */
    final String fill;
    /**
     * The submission has no aggregates under the digest (its parameter): a lookup of the primary key
     * per submission. {@code s.id NOT IN (...)} was evaluated by H2 for every row joined to the
     * submission, reading the stored aggregates again each time.
     */
    private static final String NONE_STORED = " AND NOT EXISTS (SELECT 1 FROM submission_aggregate c"
            + " WHERE c.submission_id = s.id AND c.query_digest = ?)";
    /**
     * How many submissions in force have no aggregates under this digest (parameters: the year, the
     * dataset's name, the digest): when none, {@link #fill} — a long statement to plan — is not run.
     */
    static final String MISSING = "SELECT COUNT(*) FROM submission_in_force s WHERE s.report_year = ? AND s.dataset = ?"
            + NONE_STORED;
    /** The submissions in force with their stored aggregates (parameters: the digest, the year, the dataset's name). */
    final String stored;
    /** What the aggregates stored under it were computed by: the query itself. */
    final String digest;
    /** Per metric of the dataset (catalogue order): the column of its numerator, 0 when counted elsewhere. */
    final int[] numerators;
    /** Per metric: the column of its denominator's aggregate; 0 when it has none in the database. */
    final int[] denominators;
    /** The column counting the accepted rows that hold a choice added in v3; 0 when the dataset has none. */
    final int addedValues;

    private final Map<Condition, String> conditions = new LinkedHashMap<>();
    private final Map<String, Integer> aggregates = new LinkedHashMap<>();

    AggregateQuery(Dataset dataset, List<Metric> metrics, int year, boolean postgres) {
        Set<String> values = new LinkedHashSet<>(List.of("line_no"));
        String added = CollectedColumns.addedValues(dataset);
        addedValues = added == null ? 0 : column("COUNT(t.line_no) FILTER (WHERE t." + ADDED + ")");
        numerators = new int[metrics.size()];
        denominators = new int[metrics.size()];
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            numerators[i] = column(m.numerator(), values);
            denominators[i] = m.denominator() == null ? 0 : column(m.denominator(), values);
        }
        List<String> row = new ArrayList<>();
        values.forEach(c -> row.add("t." + c));
        conditions.forEach((c, name) -> row.add("(" + c.sql(year) + ") AS " + name));
        if (added != null) {
            row.add("(" + added + ") AS " + ADDED);
        }
        String keys = "s.district_code, s.sha256, s.rows_rejected, s.absent_columns";
        String from = "SELECT " + String.join(", ", row) + " FROM " + dataset.table() + " t";
        String missing = " WHERE s.report_year = ? AND s.dataset = ?" + NONE_STORED;
        List<String> named = new ArrayList<>();
        List<String> packed = new ArrayList<>();
        aggregates.forEach((aggregate, column) -> {
            named.add(aggregate + " AS a" + column);
            packed.add("CAST(a.a" + column + " AS VARCHAR)");
        });
        String insert = "INSERT INTO submission_aggregate (submission_id, query_digest, aggregates) SELECT a.id, ?, "
                + String.join(" || ',' || ", packed) + " FROM ";
        // the submissions to aggregate chosen first, as a derived table the planner keeps (OFFSET 0):
        // PostgreSQL had aggregated all of the year's submissions, then dropped those already stored
        String chosen = "(SELECT s.id FROM submission_in_force s" + missing + " OFFSET 0) s";
        fill = postgres
                ? insert + chosen + " CROSS JOIN LATERAL (SELECT s.id, " + String.join(", ", named)
                        + " FROM (" + from + " WHERE t.submission_id = s.id OFFSET 0) t) a"
                : insert + "(SELECT s.id, " + String.join(", ", named) + " FROM " + chosen
                        + " LEFT JOIN (SELECT t.submission_id, " + from.substring("SELECT ".length())
                        + ") t ON t.submission_id = s.id GROUP BY s.id) a";
        stored = "SELECT " + keys + ", c.aggregates FROM submission_in_force s LEFT JOIN submission_aggregate c"
                + " ON c.submission_id = s.id AND c.query_digest = ? WHERE s.report_year = ? AND s.dataset = ?";
        digest = Sha256.of(fill.getBytes(StandardCharsets.UTF_8));
    }

    private int column(Measure measure, Set<String> values) {
        if (measure.isRegistryCount() || measure.isDistinct()) {
            return 0;
        }
        values.addAll(measure.valueColumns());
        return column(measure.aggregate(c -> "t." + conditions.computeIfAbsent(c, k -> "holds_" + conditions.size())));
    }

    private int column(String aggregate) {
        return aggregates.computeIfAbsent(aggregate, a -> FIRST + aggregates.size());
    }
}
