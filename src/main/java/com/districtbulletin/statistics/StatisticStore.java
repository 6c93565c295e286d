package com.districtbulletin.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import com.districtbulletin.text.Chinese;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The computed statistics of a year, replaced whenever the year is computed again. */
@Repository
public class StatisticStore {

    private final JdbcTemplate jdbc;

    public StatisticStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(int year, List<Statistic> statistics) {
        jdbc.update("DELETE FROM statistic WHERE report_year = ?", year);
        jdbc.batchUpdate("""
                INSERT INTO statistic (report_year, district_code, metric, numerator, denominator, metric_value,
                    metric_rank, yoy_change, status, fingerprint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statistics, 1000, (ps, s) -> {
            ps.setInt(1, s.year());
            ps.setString(2, s.districtCode());
            ps.setString(3, s.metric().id());
            ps.setBigDecimal(4, s.numerator() == null ? null : new BigDecimal(s.numerator()));
            ps.setBigDecimal(5, s.denominator() == null ? null : new BigDecimal(s.denominator()));
            ps.setBigDecimal(6, s.value());
            ps.setObject(7, s.rank());
            ps.setBigDecimal(8, s.yoyChange());
            ps.setString(9, s.status().code());
            ps.setString(10, s.fingerprint());
        });
    }

    /** The stored statistics of a year in catalogue order, the municipality then the districts in display order. */
    public List<Statistic> load(int year) {
        List<Statistic> rows = jdbc.query("""
                SELECT s.district_code, COALESCE(d.name, ?) AS name, s.metric, s.numerator, s.denominator,
                       s.metric_value, s.metric_rank, s.yoy_change, s.status, s.fingerprint
                FROM statistic s LEFT JOIN district d ON d.code = s.district_code
                WHERE s.report_year = ?
                ORDER BY CASE WHEN s.district_code = 'ALL' THEN 0 ELSE 1 END,
                         CASE WHEN d.display_order IS NULL THEN 1 ELSE 0 END, d.display_order, s.district_code""",
                (rs, i) -> new Statistic(year, rs.getString(1), rs.getString(2),
                        MetricCatalogue.byId(rs.getString(3)),
                        rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).toBigIntegerExact(),
                        rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).toBigIntegerExact(),
                        scaled(rs.getBigDecimal(6), rs.getString(3)), (Integer) rs.getObject(7),
                        scaled(rs.getBigDecimal(8), rs.getString(3)), Status.ofCode(rs.getString(9)),
                        rs.getString(10)),
                Chinese.text("municipality.name"), year);
        List<Statistic> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(st -> MetricCatalogue.METRICS.indexOf(st.metric())));
        return sorted;
    }

    /** Counts come back from NUMERIC(30,1) as 12.0: give them back their published scale. */
    private static BigDecimal scaled(BigDecimal value, String metricId) {
        if (value == null) {
            return null;
        }
        return value.setScale(MetricCatalogue.byId(metricId).kind().isCount() ? 0 : 1);
    }
}
