package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.storage.StoredSubmission;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates the accepted rows of the submissions in force, in the database: one GROUP BY per
 * dataset, whose columns are the catalogue's measures.
 */
@Component
public class DatasetAggregates {

    private final JdbcTemplate jdbc;

    public DatasetAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each dataset, the totals of every district that has a submission in force for the year. */
    public Map<Dataset, Map<String, SubmittedTotals>> of(int year) {
        Map<Dataset, Map<String, SubmittedTotals>> result = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            result.put(dataset, of(dataset, year));
        }
        return result;
    }

    private Map<String, SubmittedTotals> of(Dataset dataset, int year) {
        List<Metric> metrics = MetricCatalogue.of(dataset);
        StringBuilder sql = new StringBuilder("SELECT s.district_code, s.sha256, s.rows_rejected");
        for (Metric m : metrics) {
            sql.append(", ").append(m.numerator().sql());
            sql.append(", ").append(m.denominator() == null ? "0" : m.denominator().sql());
        }
        sql.append(" FROM submission s LEFT JOIN ").append(dataset.table()).append(" t ON t.submission_id = s.id")
                .append(" WHERE s.state = ? AND s.report_year = ? AND s.dataset = ?")
                .append(" GROUP BY s.district_code, s.sha256, s.rows_rejected");
        Map<String, SubmittedTotals> totals = new HashMap<>();
        jdbc.query(sql.toString(), rs -> {
            BigInteger[] numerators = new BigInteger[metrics.size()];
            BigInteger[] denominators = new BigInteger[metrics.size()];
            for (int i = 0; i < metrics.size(); i++) {
                numerators[i] = whole(rs.getBigDecimal(4 + 2 * i));
                denominators[i] = whole(rs.getBigDecimal(5 + 2 * i));
            }
            totals.put(rs.getString(1), new SubmittedTotals(rs.getString(2), rs.getInt(3), numerators, denominators));
        }, StoredSubmission.IN_FORCE, year, dataset.fileName());
        return totals;
    }

    private static BigInteger whole(BigDecimal value) {
        return value == null ? BigInteger.ZERO : value.toBigIntegerExact();
    }
}
