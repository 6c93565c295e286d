package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a metric counts or sums over a dataset's accepted rows, as data: the rows meeting a
 * filter, counted or with one integer column summed; or a count of the registry (a district's
 * deputies). Its SQL and its description are generated; a district with a submission but no
 * accepted row gets 0.
 *
 * @param dataset  the dataset it is over; set by the metric that uses it
 * @param filter   the conditions a row must meet, all of them
 * @param summed   the integer column summed; null to count rows
 * @param registry the registry count used instead of the rows ({@code deputies} or
 *                 {@code deputies_all_levels}); null for a measure over the rows
 */
public record Measure(Dataset dataset, List<Condition> filter, String summed, String registry) {

    public static final String DEPUTIES = "deputies";
    public static final String DEPUTIES_ALL_LEVELS = "deputies_all_levels";

    /** The number of rows meeting every condition. */
    public static Measure rows(Condition... filter) {
        return new Measure(null, List.of(filter), null, null);
    }

    /** The sum of an integer column over the rows meeting every condition. */
    public static Measure sum(String column, Condition... filter) {
        return new Measure(null, List.of(filter), column, null);
    }

    /** A count the registry gives per district: {@link #DEPUTIES} or {@link #DEPUTIES_ALL_LEVELS}. */
    public static Measure registry(String count) {
        return new Measure(null, List.of(), null, count);
    }

    public boolean isRegistryCount() {
        return registry != null;
    }

    /** This measure over {@code over}, checked: throws IllegalStateException when it names what is not declared. */
    Measure over(Dataset over, String metric) {
        for (Condition condition : filter) {
            condition.check(over, metric);
        }
        if (summed != null) {
            Column c = over.columns().stream().filter(col -> col.name().equals(summed)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(metric + ": " + over.fileName() + " has no column "
                            + summed));
            if (c.type() != ColumnType.INTEGER) {
                throw new IllegalStateException(metric + ": only an integer column is summed, not " + summed);
            }
        }
        if (registry != null && !registry.equals(DEPUTIES) && !registry.equals(DEPUTIES_ALL_LEVELS)) {
            throw new IllegalStateException(metric + ": the registry has no count " + registry);
        }
        return new Measure(over, filter, summed, registry);
    }

    /** The aggregate over the rows (alias {@code t}) of a submission in {@code year}, as SQL H2 and PostgreSQL read alike. */
    public String sql(int year) {
        if (registry != null) {
            return "0";
        }
        String condition = filter.stream().map(c -> c.sql(year)).collect(Collectors.joining(" AND "));
        if (summed == null) {
            return filter.isEmpty() ? "COUNT(t.line_no)" : "COUNT(CASE WHEN " + condition + " THEN 1 END)";
        }
        return filter.isEmpty() ? "COALESCE(SUM(t." + summed + "), 0)"
                : "COALESCE(SUM(CASE WHEN " + condition + " THEN t." + summed + " END), 0)";
    }

    /**
     * Its filter alone as SQL over the row alias {@code t} ({@code TRUE} without one): for a breakdown
     * that counts the same rows as a metric, grouped by some column.
     */
    public String where(int year) {
        return filter.isEmpty() ? "TRUE" : filter.stream().map(c -> c.sql(year)).collect(Collectors.joining(" AND "));
    }

    /** How it reads in the methodology notes (Chinese), from the declared aliases and labels. */
    public String description() {
        if (registry != null) {
            return Chinese.text("metric.describe.registry." + registry);
        }
        List<String> conditions = new ArrayList<>();
        for (Condition c : filter) {
            conditions.add(c.description(dataset));
        }
        String where = String.join(Chinese.text("metric.describe.and"), conditions);
        if (summed == null) {
            return where.isEmpty() ? Chinese.text("metric.describe.allRows")
                    : Chinese.text("metric.describe.rowsWhere", where);
        }
        String alias = dataset.columnNamed(summed).alias();
        return where.isEmpty() ? Chinese.text("metric.describe.sum", alias)
                : Chinese.text("metric.describe.sumWhere", alias, where);
    }
}
