package com.districtbulletin.statistics;

import com.districtbulletin.storage.RowSink;
import com.districtbulletin.storage.RowSinks;
import com.districtbulletin.text.Chinese;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The computed statistics of a year, replaced whenever the year is computed again. */
@Repository
public class StatisticStore {

    private static final List<String> COLUMNS = List.of("report_year", "district_code", "metric", "numerator",
            "denominator", "metric_value", "metric_rank", "yoy_change", "status", "fingerprint");

    private final JdbcTemplate jdbc;
    private final RowSinks sinks;

    public StatisticStore(JdbcTemplate jdbc, RowSinks sinks) {
        this.jdbc = jdbc;
        this.sinks = sinks;
    }

    /**
     * Makes the stored statistics of {@code year} exactly {@code statistics}. Only what changed is
     * written: running the job again on the same input, the common case, rewrites nothing, and a
     * new submission rewrites the figures it moved (its district's, the municipality's, the ranks).
     * When most of the year changed, the year is replaced whole. Each district's digest
     * ({@link FiguresDigest}) is kept beside its figures, in the same transaction: only the figures
     * of the districts whose digest moved are read back to be compared. Returns the digests.
     */
    public FiguresDigest replace(int year, List<Statistic> statistics) {
        FiguresDigest digest = FiguresDigest.of(statistics);
        Map<String, String> stored = digests(year);
        // with no digest kept (a year stored before they were), every district's figures are compared
        Set<String> moved = stored.isEmpty() ? null : digest.movedFrom(stored);
        if (moved != null && moved.isEmpty()) {
            return digest;
        }
        Positions positions = new Positions(statistics);
        boolean[] unchanged = new boolean[statistics.size()];
        if (moved != null) {
            for (int i = 0; i < unchanged.length; i++) {
                unchanged[i] = !moved.contains(statistics.get(i).districtCode());
            }
        }
        String some = moved == null || moved.size() > READ_ALL_FROM ? ""
                : " AND district_code IN (" + String.join(", ", Collections.nCopies(moved.size(), "?")) + ")";
        Object[] keys = some.isEmpty() ? new Object[] {year}
                : Stream.concat(Stream.of(year), moved.stream()).toArray();
        List<Object[]> outdated = new ArrayList<>();
        // each stored row compared as it comes (fetched 10,000 at a time within the step's transaction),
        // as one string of its values as the database writes them
        jdbc.query(connection -> {
            PreparedStatement read = connection.prepareStatement("""
                    SELECT district_code, metric, numerator, denominator, metric_value, metric_rank, yoy_change,
                           status, fingerprint
                    FROM statistic WHERE report_year = ?""" + some);
            read.setFetchSize(10_000);
            for (int i = 0; i < keys.length; i++) {
                read.setObject(i + 1, keys[i]);
            }
            return read;
        }, (RowCallbackHandler) rs -> {
                    StringBuilder row = new StringBuilder(112);
                    for (int column = 3; column <= 7; column++) {
                        String value = rs.getString(column);
                        row.append(value == null ? "" : value).append('|');
                    }
                    row.append(rs.getString(8)).append('|').append(rs.getString(9));
                    int now = positions.of(rs.getString(1), rs.getString(2));
                    if (now >= 0 && row.toString().equals(row(statistics.get(now)))) {
                        unchanged[now] = true;
                    } else {
                        outdated.add(new Object[] {year, rs.getString(1), rs.getString(2)});
                    }
                });
        List<Statistic> changed = new ArrayList<>();
        for (int i = 0; i < unchanged.length; i++) {
            if (!unchanged[i]) {
                changed.add(statistics.get(i));
            }
        }
        replaceDigests(year, stored, digest.byDistrict());
        if (changed.isEmpty() && outdated.isEmpty()) {
            return digest;
        }
        if (outdated.size() > statistics.size() / 2) {
            jdbc.update("DELETE FROM statistic WHERE report_year = ?", year);
            changed = statistics;
        } else if (!outdated.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM statistic WHERE report_year = ? AND district_code = ? AND metric = ?",
                    outdated);
        }
        insert(changed);
        return digest;
    }

    /** Each district's digest of the year's stored figures ({@link FiguresDigest}); empty when not kept. */
    public Map<String, String> digests(int year) {
        Map<String, String> digests = new HashMap<>();
        jdbc.query("SELECT district_code, digest FROM statistic_digest WHERE report_year = ?",
                (RowCallbackHandler) rs -> digests.put(rs.getString(1), rs.getString(2)), year);
        return digests;
    }

    /** Beyond this many districts whose figures moved, the year's stored figures are read whole. */
    private static final int READ_ALL_FROM = 500;

    private void replaceDigests(int year, Map<String, String> stored, Map<String, String> digests) {
        List<Object[]> outdated = new ArrayList<>();
        stored.forEach((district, digest) -> {
            if (!digest.equals(digests.get(district))) {
                outdated.add(new Object[] {year, district});
            }
        });
        List<Object[]> added = new ArrayList<>();
        digests.forEach((district, digest) -> {
            if (!digest.equals(stored.get(district))) {
                added.add(new Object[] {year, district, digest});
            }
        });
        jdbc.batchUpdate("DELETE FROM statistic_digest WHERE report_year = ? AND district_code = ?", outdated);
        jdbc.batchUpdate("INSERT INTO statistic_digest (report_year, district_code, digest) VALUES (?, ?, ?)", added);
    }

    /** Writes the statistics in bulk: a province of 2,800 districts has 75,000 of them. */
    private void insert(List<Statistic> statistics) {
        if (statistics.isEmpty()) {
            return;
        }
        try (RowSink sink = sinks.open("statistic", COLUMNS)) {
            for (Statistic s : statistics) {
                sink.add(new Object[] {s.year(), s.districtCode(), s.metric().id(), decimal(s.numerator()),
                        decimal(s.denominator()), s.value(), s.rank(), s.yoyChange(), s.status().code(),
                        s.fingerprint()});
            }
        }
    }

    private static BigDecimal decimal(BigInteger value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** Where each (district, metric) is in a list of statistics, without a key string per figure. */
    private static final class Positions {

        private final Map<String, Integer> metrics = new HashMap<>();
        private final Map<String, Integer> districts = new HashMap<>();
        private final int[] positions;

        Positions(List<Statistic> statistics) {
            for (Statistic s : statistics) {
                metrics.putIfAbsent(s.metric().id(), metrics.size());
                districts.putIfAbsent(s.districtCode(), districts.size());
            }
            positions = new int[metrics.size() * districts.size()];
            Arrays.fill(positions, -1);
            for (int i = 0; i < statistics.size(); i++) {
                Statistic s = statistics.get(i);
                positions[cell(s.districtCode(), s.metric().id())] = i;
            }
        }

        /** The position of the district's figure of the metric; -1 when the list has none. */
        int of(String districtCode, String metric) {
            int cell = cell(districtCode, metric);
            return cell < 0 ? -1 : positions[cell];
        }

        private int cell(String districtCode, String metric) {
            Integer m = metrics.get(metric);
            Integer d = districts.get(districtCode);
            return m == null || d == null ? -1 : m * districts.size() + d;
        }
    }

    /**
     * A statistic as the query in {@link #replace} reads it back once stored: its published part
     * ({@link FiguresDigest#published}), then the fingerprint of its sources. Should the database
     * format a value otherwise, the row only counts as changed and is written again.
     */
    private static String row(Statistic s) {
        return FiguresDigest.published(s) + '|' + s.fingerprint();
    }

    /**
     * Which edition's rows of {@code edition_statistic} hold the figures of the edition given as the
     * parameter: its own, or those of the edition whose figures it shares ({@code EditionStore.completeFigures}).
     */
    public static final String FIGURES_OF_EDITION =
            "(SELECT COALESCE(e.figures_edition_id, e.id) FROM edition e WHERE e.id = ?)";

    /** The stored statistics of a year in catalogue order, the municipality then the districts in display order. */
    public List<Statistic> load(int year) {
        return load(year, "statistic", "s.report_year = ?", "s.fingerprint", year);
    }

    /**
     * The figures stored with an edition of {@code year} (table {@code edition_statistic}), as
     * {@link #load(int)} gives a year's: what its files are written from, whatever the year's
     * statistics became since.
     */
    public List<Statistic> loadEdition(long editionId, int year) {
        return load(year, "edition_statistic", "s.edition_id = " + FIGURES_OF_EDITION, "''", editionId);
    }

    /** {@link #load(int)} for some of the year's districts only. */
    public List<Statistic> load(int year, Collection<String> districtCodes) {
        if (districtCodes.isEmpty()) {
            return List.of();
        }
        Object[] keys = new Object[districtCodes.size() + 1];
        keys[0] = year;
        System.arraycopy(districtCodes.toArray(), 0, keys, 1, districtCodes.size());
        String in = String.join(", ", Collections.nCopies(districtCodes.size(), "?"));
        return load(year, "statistic", "s.report_year = ? AND s.district_code IN (" + in + ")", "s.fingerprint", keys);
    }

    /** Per metric, how many districts have a rank in the year's stored statistics (metrics with none left out). */
    public Map<String, Integer> rankedDistricts(int year) {
        Map<String, Integer> ranked = new TreeMap<>();
        jdbc.query("SELECT metric, COUNT(*) FROM statistic WHERE report_year = ? AND metric_rank IS NOT NULL"
                + " GROUP BY metric", (RowCallbackHandler) rs -> ranked.put(rs.getString(1), rs.getInt(2)), year);
        return ranked;
    }

    private List<Statistic> load(int year, String table, String filter, String fingerprint, Object... keys) {
        // ordered here, not by the database: sorting a province's 361,000 rows spilled to disk and
        // held every row back until the last was sorted (1.1 s of 1.3 s on the server)
        List<Placed> rows = jdbc.query("""
                SELECT s.district_code, COALESCE(d.name, ?) AS name, s.metric, s.numerator, s.denominator,
                       s.metric_value, s.metric_rank, s.yoy_change, s.status, %s, d.display_order
                FROM %s s LEFT JOIN district d ON d.code = s.district_code
                WHERE %s""".formatted(fingerprint, table, filter),
                (rs, i) -> {
                    // each column read once: the driver decodes a value again at every call
                    String district = rs.getString(1);
                    Metric metric = MetricCatalogue.byId(rs.getString(3));
                    BigDecimal numerator = rs.getBigDecimal(4);
                    BigDecimal denominator = rs.getBigDecimal(5);
                    Statistic statistic = new Statistic(year, district, rs.getString(2), metric,
                            numerator == null ? null : numerator.toBigIntegerExact(),
                            denominator == null ? null : denominator.toBigIntegerExact(),
                            scaled(rs.getBigDecimal(6), metric), (Integer) rs.getObject(7),
                            scaled(rs.getBigDecimal(8), metric), Status.ofCode(rs.getString(9)),
                            rs.getString(10));
                    long order = rs.getLong(11);
                    return new Placed(statistic, MetricCatalogue.position(statistic.metric()),
                            district.equals(Statistic.ALL) ? Long.MIN_VALUE : rs.wasNull() ? Long.MAX_VALUE : order);
                },
                Stream.concat(Stream.of(Chinese.text("municipality.name")),
                        Arrays.stream(keys)).toArray());
        rows.sort(Placed.ORDER);
        List<Statistic> sorted = new ArrayList<>(rows.size());
        for (Placed row : rows) {
            sorted.add(row.statistic());
        }
        return sorted;
    }

    /**
     * A figure with its place: catalogue order, then the municipality, then the districts in display
     * order (those without one last), then by code.
     */
    private record Placed(Statistic statistic, int metricPosition, long displayOrder) {
        static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::metricPosition)
                .thenComparingLong(Placed::displayOrder)
                .thenComparing(p -> p.statistic().districtCode());
    }

    /**
     * The metrics of which {@code year}'s stored statistics — the figures it was last published with —
     * hold rows; empty when the year was never computed. A year computed by a product before contract
     * v3 holds none of 82–129 (v3 section 10.17).
     */
    public Set<String> storedMetrics(int year) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT metric FROM statistic WHERE report_year = ?", String.class, year));
    }

    /** The years that have stored statistics, earliest first. */
    public List<Integer> storedYears() {
        return jdbc.queryForList("SELECT DISTINCT report_year FROM statistic ORDER BY report_year", Integer.class);
    }

    /** Counts come back from NUMERIC(30,1) as 12.0: give them back their published scale. */
    public static BigDecimal scaled(BigDecimal value, String metricId) {
        return scaled(value, MetricCatalogue.byId(metricId));
    }

    private static BigDecimal scaled(BigDecimal value, Metric metric) {
        if (value == null) {
            return null;
        }
        return value.setScale(metric.kind().isCount() ? 0 : 1);
    }
}
