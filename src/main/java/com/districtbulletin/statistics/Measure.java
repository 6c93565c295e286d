package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.text.Chinese;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a metric counts or sums over a dataset's accepted rows, as data: the rows meeting a
 * filter, counted; one integer column summed (less another sum, when {@code less} is given); the
 * days from a start to an end date summed; the distinct values of a text column counted; or a
 * count of the registry (a district's deputies). Its SQL and its description are generated; a
 * district with a submission but no accepted row gets 0.
 *
 * @param dataset  the dataset it is over; set by the metric that uses it
 * @param form     what is done with the rows meeting the filter
 * @param filter   the conditions a row must meet, all of them
 * @param column   the summed integer column, the start date of {@link Form#DAYS}, the text column of
 *                 {@link Form#DISTINCT}, or the registry count ({@link #DEPUTIES} …); null to count rows
 * @param until    for {@link Form#DAYS}: the end date column (an empty end counts one day)
 * @param distinct for {@link Form#DISTINCT}: how values are compared
 * @param less     for {@link Form#SUM}: a sum subtracted from this one; null for none
 */
public record Measure(Dataset dataset, Form form, List<Condition> filter, String column, String until,
                      DistinctValues distinct, Measure less) {

    public static final String DEPUTIES = "deputies";
    public static final String DEPUTIES_ALL_LEVELS = "deputies_all_levels";
    public static final String TOWNSHIPS = "townships";

    /** What a measure does with its rows. */
    public enum Form { ROWS, SUM, DAYS, DISTINCT, REGISTRY }

    /** The number of rows meeting every condition. */
    public static Measure rows(Condition... filter) {
        return new Measure(null, Form.ROWS, List.of(filter), null, null, null, null);
    }

    /** The sum of an integer column over the rows meeting every condition. */
    public static Measure sum(String column, Condition... filter) {
        return new Measure(null, Form.SUM, List.of(filter), column, null, null, null);
    }

    /** Σ (end − start + 1) over the rows meeting every condition; one day when the end is empty. */
    public static Measure days(String start, String end, Condition... filter) {
        return new Measure(null, Form.DAYS, List.of(filter), start, end, null, null);
    }

    /** The number of distinct non-empty values of a text column, compared as {@code distinct} says. */
    public static Measure distinct(String column, DistinctValues distinct, Condition... filter) {
        return new Measure(null, Form.DISTINCT, List.of(filter), column, null, distinct, null);
    }

    /** A count the registry gives per district: {@link #DEPUTIES}, {@link #DEPUTIES_ALL_LEVELS} or {@link #TOWNSHIPS}. */
    public static Measure registry(String count) {
        return new Measure(null, Form.REGISTRY, List.of(), count, null, null, null);
    }

    /** This sum less {@code other} (Σ opinions_collected − Σ opinions_handled). */
    public Measure minus(Measure other) {
        if (form != Form.SUM || other.form != Form.SUM) {
            throw new IllegalStateException("Only a sum less a sum is declared");
        }
        return new Measure(dataset, form, filter, column, until, distinct, other);
    }

    public boolean isRegistryCount() {
        return form == Form.REGISTRY;
    }

    /** The registry count divided by, for a registry measure; else null. */
    public String registry() {
        return form == Form.REGISTRY ? column : null;
    }

    /** Whether the value is counted outside the database ({@link Form#DISTINCT}). */
    public boolean isDistinct() {
        return form == Form.DISTINCT;
    }

    /** Every column of the dataset the measure names, in its filter or as what it sums or counts. */
    public Set<String> columns() {
        Set<String> names = new LinkedHashSet<>();
        for (Condition c : filter) {
            names.addAll(c.columns());
        }
        if (column != null && form != Form.REGISTRY) {
            names.add(column);
        }
        if (until != null) {
            names.add(until);
        }
        if (less != null) {
            names.addAll(less.columns());
        }
        return names;
    }

    /** Every choice code ({@code column=code}) the measure's filter names. */
    public Set<String> choiceCodes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Condition c : filter) {
            codes.addAll(c.choiceCodes());
        }
        if (less != null) {
            codes.addAll(less.choiceCodes());
        }
        return codes;
    }

    /** This measure over {@code over}, checked: throws IllegalStateException when it names what is not declared. */
    Measure over(Dataset over, String metric) {
        for (Condition condition : filter) {
            condition.check(over, metric);
        }
        switch (form) {
            case SUM -> {
                if (columnOf(over, metric, column, null).type() != ColumnType.INTEGER) {
                    throw new IllegalStateException(metric + ": only an integer column is summed, not " + column);
                }
            }
            case DAYS -> {
                columnOf(over, metric, column, ColumnType.DATE);
                columnOf(over, metric, until, ColumnType.DATE);
            }
            case DISTINCT -> columnOf(over, metric, column, ColumnType.TEXT);
            case REGISTRY -> {
                if (!List.of(DEPUTIES, DEPUTIES_ALL_LEVELS, TOWNSHIPS).contains(column)) {
                    throw new IllegalStateException(metric + ": the registry has no count " + column);
                }
            }
            case ROWS -> { }
        }
        return new Measure(over, form, filter, column, until, distinct, less == null ? null : less.over(over, metric));
    }

    private static Column columnOf(Dataset over, String metric, String name, ColumnType type) {
        Column c = over.columns().stream().filter(col -> col.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(metric + ": " + over.fileName() + " has no column "
                        + name));
        if (type != null && c.type() != type) {
            throw new IllegalStateException(metric + ": column " + name + " is " + c.type() + ", not " + type);
        }
        return c;
    }

    /**
     * The aggregate over the rows (alias {@code t}) of a submission in {@code year}, as SQL H2 and
     * PostgreSQL read alike; 0 for what is counted outside the database (registry, distinct values).
     */
    public String sql(int year) {
        return aggregate(c -> c.sql(year));
    }

    /**
     * {@link #sql(int)} with each condition of the filter written as {@code condition} says: its SQL,
     * or a column of the row that holds its value ({@link AggregateQuery}).
     */
    String aggregate(Function<Condition, String> condition) {
        String rows = filter.isEmpty() ? ""
                : " FILTER (WHERE " + filter.stream().map(condition).collect(Collectors.joining(" AND ")) + ")";
        return switch (form) {
            case REGISTRY, DISTINCT -> "0";
            case ROWS -> "COUNT(t.line_no)" + rows;
            case SUM -> "COALESCE(SUM(t." + column + ")" + rows + ", 0)"
                    + (less == null ? "" : " - " + less.aggregate(condition));
            // both databases give an interval for a difference of timestamps, and its days
            case DAYS -> "COALESCE(SUM(EXTRACT(DAY FROM (CAST(COALESCE(t." + until + ", t." + column
                    + ") AS TIMESTAMP) - CAST(t." + column + " AS TIMESTAMP))) + 1)" + rows + ", 0)";
        };
    }

    /** The columns whose values it counts, sums or takes days between (not those its filter tests). */
    Set<String> valueColumns() {
        Set<String> names = new LinkedHashSet<>();
        switch (form) {
            case SUM -> names.add(column);
            case DAYS -> {
                names.add(column);
                names.add(until);
            }
            case ROWS, DISTINCT, REGISTRY -> { }
        }
        if (less != null) {
            names.addAll(less.valueColumns());
        }
        return names;
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
        if (form == Form.REGISTRY) {
            return Chinese.text("metric.describe.registry." + column);
        }
        List<String> conditions = new ArrayList<>();
        for (Condition c : filter) {
            conditions.add(c.description(dataset));
        }
        String where = String.join(Chinese.text("metric.describe.and"), conditions);
        return switch (form) {
            case ROWS -> where.isEmpty() ? Chinese.text("metric.describe.allRows")
                    : Chinese.text("metric.describe.rowsWhere", where);
            case SUM -> {
                String alias = dataset.columnNamed(column).alias();
                String sum = where.isEmpty() ? Chinese.text("metric.describe.sum", alias)
                        : Chinese.text("metric.describe.sumWhere", alias, where);
                yield less == null ? sum : Chinese.text("metric.describe.less", sum, less.description());
            }
            case DAYS -> Chinese.text(where.isEmpty() ? "metric.describe.days" : "metric.describe.daysWhere",
                    dataset.columnNamed(column).alias(), dataset.columnNamed(until).alias(), where);
            case DISTINCT -> Chinese.text(where.isEmpty() ? "metric.describe.distinct"
                    : "metric.describe.distinctWhere", dataset.columnNamed(column).alias(), where);
            case REGISTRY -> throw new IllegalStateException("unreachable");
        };
    }
}
