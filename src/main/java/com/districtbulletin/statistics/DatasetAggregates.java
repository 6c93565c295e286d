package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.districtbulletin.storage.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates the accepted rows of the submissions in force, in the database: one query per
 * dataset, whose columns are the catalogue's measures, one row per submission.
 *
 * <p>On PostgreSQL each submission's rows are aggregated through a LATERAL subquery, that is by
 * the index on {@code submission_id}: right after a bulk load the planner has no statistics on the
 * freshly filled tables, and the plain LEFT JOIN ... GROUP BY was then planned as a sort of every
 * row of the year (spilled to disk, about 1 s for 800,000 suggestions). H2 has no LATERAL and keeps
 * the GROUP BY; both give the same rows.
 *
 * <p>The queries of the datasets and years asked for run side by side, each on a connection of its
 * own from the pool: they read what is committed, which is everything once the ingest step is over.
 */
@Component
public class DatasetAggregates {

    /** The datasets in the order their queries start: suggestions and appointments are the largest. */
    private static final List<Dataset> LARGEST_FIRST = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(Dataset.SUGGESTIONS, Dataset.APPOINTMENTS),
            java.util.Arrays.stream(Dataset.values())
                    .filter(d -> d != Dataset.SUGGESTIONS && d != Dataset.APPOINTMENTS)).toList();

    private final JdbcTemplate jdbc;
    private final Database database;

    public DatasetAggregates(JdbcTemplate jdbc, Database database) {
        this.database = database;
        this.jdbc = jdbc;
    }

    /** For each dataset, the totals of every district that has a submission in force for the year. */
    public Map<Dataset, Map<String, SubmittedTotals>> of(int year) {
        return of(List.of(year)).get(year);
    }

    /** {@link #of(int)} for several years at once, the queries running in parallel. */
    public Map<Integer, Map<Dataset, Map<String, SubmittedTotals>>> of(List<Integer> years) {
        int tasks = years.size() * Dataset.values().length;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks, Math.max(2,
                Runtime.getRuntime().availableProcessors())));
        try {
            Map<Integer, Map<Dataset, Future<Map<String, SubmittedTotals>>>> futures = new LinkedHashMap<>();
            for (int year : years) {
                Map<Dataset, Future<Map<String, SubmittedTotals>>> byDataset = new EnumMap<>(Dataset.class);
                // the largest tables first, so that the small ones fill the gaps
                for (Dataset dataset : LARGEST_FIRST) {
                    byDataset.put(dataset, pool.submit(() -> of(dataset, year)));
                }
                futures.put(year, byDataset);
            }
            Map<Integer, Map<Dataset, Map<String, SubmittedTotals>>> result = new LinkedHashMap<>();
            for (var year : futures.entrySet()) {
                Map<Dataset, Map<String, SubmittedTotals>> byDataset = new EnumMap<>(Dataset.class);
                for (var dataset : year.getValue().entrySet()) {
                    byDataset.put(dataset.getKey(), get(dataset.getValue()));
                }
                result.put(year.getKey(), byDataset);
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while aggregating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Map<String, SubmittedTotals> of(Dataset dataset, int year) {
        List<Metric> metrics = MetricCatalogue.of(dataset);
        String added = CollectedColumns.addedValues(dataset);
        StringBuilder measures = new StringBuilder(added == null ? "0" : "COUNT(CASE WHEN " + added + " THEN 1 END)");
        for (Metric m : metrics) {
            measures.append(measures.isEmpty() ? "" : ", ").append(m.numerator().sql(year));
            measures.append(", ").append(m.denominator() == null ? "0" : m.denominator().sql(year));
        }
        StringBuilder sql = new StringBuilder("SELECT s.district_code, s.sha256, s.rows_rejected, s.absent_columns, ");
        if (database.isPostgres()) {
            sql.append("a.* FROM submission_in_force s CROSS JOIN LATERAL (SELECT ").append(measures)
                    .append(" FROM ").append(dataset.table()).append(" t WHERE t.submission_id = s.id) a")
                    .append(" WHERE s.report_year = ? AND s.dataset = ?");
        } else {
            sql.append(measures).append(" FROM submission_in_force s LEFT JOIN ").append(dataset.table())
                    .append(" t ON t.submission_id = s.id")
                    .append(" WHERE s.report_year = ? AND s.dataset = ?")
                    .append(" GROUP BY s.district_code, s.sha256, s.rows_rejected, s.absent_columns");
        }
        Map<String, SubmittedTotals> totals = new HashMap<>();
        jdbc.query(sql.toString(), rs -> {
            BigInteger[] numerators = new BigInteger[metrics.size()];
            BigInteger[] denominators = new BigInteger[metrics.size()];
            for (int i = 0; i < metrics.size(); i++) {
                numerators[i] = whole(rs.getBigDecimal(6 + 2 * i));
                denominators[i] = whole(rs.getBigDecimal(7 + 2 * i));
            }
            String absent = rs.getString(4);
            totals.put(rs.getString(1), new SubmittedTotals(rs.getString(2), rs.getInt(3), numerators, denominators,
                    SubmittedTotals.absentColumns(absent),
                    whole(rs.getBigDecimal(5)).signum() > 0));
        }, year, dataset.fileName());
        for (int i = 0; i < metrics.size(); i++) {
            Metric m = metrics.get(i);
            if (m.numerator().isDistinct()) {
                int index = i;
                distinctCounts(m.numerator(), year).forEach((district, count) -> {
                    SubmittedTotals t = totals.get(district);
                    if (t != null) {
                        t.numerators()[index] = count;
                    }
                });
            }
        }
        return totals;
    }

    /**
     * Per district, the distinct values of a {@link Measure.Form#DISTINCT} measure over the rows
     * of its submission in force: compared as its {@link DistinctValues} says, which SQL cannot.
     */
    private Map<String, BigInteger> distinctCounts(Measure measure, int year) {
        String where = measure.where(year);
        String sql = "SELECT s.district_code, t." + measure.column() + " FROM submission_in_force s JOIN "
                + measure.dataset().table() + " t ON t.submission_id = s.id"
                + " WHERE s.report_year = ? AND s.dataset = ? AND t." + measure.column() + " IS NOT NULL"
                + (where.isEmpty() ? "" : " AND " + where);
        Map<String, Set<String>> values = new HashMap<>();
        jdbc.query(sql, rs -> {
            String key = measure.distinct().key(rs.getString(2));
            Set<String> seen = values.computeIfAbsent(rs.getString(1), d -> new HashSet<>());
            if (!key.isEmpty()) {
                seen.add(key);
            }
        }, year, measure.dataset().fileName());
        Map<String, BigInteger> counts = new HashMap<>();
        values.forEach((district, keys) -> counts.put(district, BigInteger.valueOf(keys.size())));
        return counts;
    }

    private static BigInteger whole(BigDecimal value) {
        return value == null ? BigInteger.ZERO : value.toBigIntegerExact();
    }
}
