package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one query that aggregates every metric of a dataset in a year, one row per submission in
 * force (parameters: the year, the dataset's name), generated from the catalogue. Its columns:
 * district, SHA-256, rows rejected, absent columns, then each distinct aggregate once.
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
 * H2 has no LATERAL and keeps the GROUP BY; both give the same rows.
 */
final class AggregateQuery {

    /** The first column of the aggregates. */
    static final int FIRST = 5;
    /** The subquery's column: whether the row holds a choice added in v3. */
    private static final String ADDED = "holds_added";

    final String sql;
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
        String select = String.join(", ", aggregates.keySet());
        String keys = "s.district_code, s.sha256, s.rows_rejected, s.absent_columns";
        sql = postgres
                ? "SELECT " + keys + ", a.* FROM submission_in_force s CROSS JOIN LATERAL (SELECT " + select
                        + " FROM (SELECT " + String.join(", ", row) + " FROM " + dataset.table()
                        + " t WHERE t.submission_id = s.id OFFSET 0) t) a WHERE s.report_year = ? AND s.dataset = ?"
                : "SELECT " + keys + ", " + select + " FROM submission_in_force s LEFT JOIN (SELECT t.submission_id, "
                        + String.join(", ", row) + " FROM " + dataset.table() + " t) t ON t.submission_id = s.id"
                        + " WHERE s.report_year = ? AND s.dataset = ? GROUP BY " + keys;
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
