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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import com.districtbulletin.storage.Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates the accepted rows of the submissions in force, in the database: one query per
 * dataset and year ({@link AggregateQuery}), whose columns are the catalogue's measures, one row
 * per submission.
 *
 * <p>The queries of the datasets and years asked for run side by side, each on a connection of its
 * own from the pool: they read what is committed, which is everything once the ingest step is over,
 * and commit the aggregates they store at once: derived from rows that never change, they are right
 * whatever becomes of the step.
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
            // not shutdownNow: an interrupt in the middle of a write closes an H2 database
            pool.shutdown();
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
        AggregateQuery query = new AggregateQuery(dataset, metrics, year, database.isPostgres());
        Map<String, SubmittedTotals> totals = new HashMap<>();
        eachStored(query, dataset, year, (rs, aggregates) -> {
            BigInteger[] numerators = new BigInteger[metrics.size()];
            BigInteger[] denominators = new BigInteger[metrics.size()];
            for (int i = 0; i < metrics.size(); i++) {
                numerators[i] = aggregate(aggregates, query.numerators[i]);
                denominators[i] = aggregate(aggregates, query.denominators[i]);
            }
            String absent = rs.getString(4);
            totals.put(rs.getString(1), new SubmittedTotals(rs.getString(2), rs.getInt(3), numerators, denominators,
                    SubmittedTotals.absentColumns(absent), usesAddedValue(query, aggregates)));
        });
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
        // the same names come back in many rows (a district's townships): each is folded once
        Map<String, String> folded = new HashMap<>();
        jdbc.query(sql, rs -> {
            String key = folded.computeIfAbsent(rs.getString(2), measure.distinct()::key);
            Set<String> seen = values.computeIfAbsent(rs.getString(1), d -> new HashSet<>());
            if (!key.isEmpty()) {
                seen.add(key);
            }
        }, year, measure.dataset().fileName());
        Map<String, BigInteger> counts = new HashMap<>();
        values.forEach((district, keys) -> counts.put(district, BigInteger.valueOf(keys.size())));
        return counts;
    }

    /**
     * Per district with a submission in force in {@code year}, the datasets whose accepted rows hold a
     * choice added in contract v3 (v3 section 10.1), from the stored aggregates.
     */
    public Map<String, Set<Dataset>> usingAddedValues(int year) {
        Map<String, Set<Dataset>> using = new HashMap<>();
        for (Dataset dataset : Dataset.values()) {
            if (CollectedColumns.addedValues(dataset) != null) {
                AggregateQuery query = new AggregateQuery(dataset, MetricCatalogue.of(dataset), year, database.isPostgres());
                eachStored(query, dataset, year, (rs, aggregates) -> {
                    if (usesAddedValue(query, aggregates)) {
                        using.computeIfAbsent(rs.getString(1), d -> new HashSet<>()).add(dataset);
                    }
                });
            }
        }
        return using;
    }

    /** A row of the submissions in force with its aggregates (the columns of {@link AggregateQuery#stored}). */
    private interface StoredRow {
        void accept(ResultSet rs, String[] aggregates) throws SQLException;
    }

    /** Stores the aggregates of the submissions in force that have none yet, then gives each with its aggregates. */
    private void eachStored(AggregateQuery query, Dataset dataset, int year, StoredRow row) {
        Integer missing = jdbc.queryForObject(AggregateQuery.MISSING, Integer.class, year, dataset.fileName(), query.digest);
        if (missing != null && missing > 0) {
            jdbc.update(query.fill, query.digest, year, dataset.fileName(), query.digest);
        }
        jdbc.query(query.stored, rs -> {
            String stored = rs.getString(5);
            if (stored == null) {
                throw new IllegalStateException("No aggregates stored for a submission of " + dataset.fileName());
            }
            row.accept(rs, stored.split(","));
        }, query.digest, year, dataset.fileName());
    }

    private static boolean usesAddedValue(AggregateQuery query, String[] aggregates) {
        return query.addedValues != 0 && aggregate(aggregates, query.addedValues).signum() > 0;
    }

    /** The aggregate of a column ({@link AggregateQuery}); zero for column 0, a measure counted elsewhere. */
    private static BigInteger aggregate(String[] aggregates, int column) {
        return column == 0 ? BigInteger.ZERO
                : new BigDecimal(aggregates[column - AggregateQuery.FIRST]).toBigIntegerExact();
    }
}
