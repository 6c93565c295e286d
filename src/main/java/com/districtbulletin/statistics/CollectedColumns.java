package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a district's receipt says of contract v3 (v3 sections 10.1, 10.3, 10.18): whether its year
 * is v3, and, per dataset in force, the v3 columns its file's header lacks (so that the metrics
 * over them are not collected). Decided as the statistics decide it ({@link SubmittedTotals#marksV3}).
 */
@Component
public class CollectedColumns {

    private final JdbcTemplate jdbc;
    private final DatasetAggregates aggregates;

    public CollectedColumns(JdbcTemplate jdbc, DatasetAggregates aggregates) {
        this.jdbc = jdbc;
        this.aggregates = aggregates;
    }

    /**
     * One district-year: whether it is v3, and for each of its datasets in force that have v3
     * columns, the aliases of those its file lacks (empty when it has them all).
     */
    public record DistrictYear(boolean v3, Map<Dataset, List<String>> absentV3Aliases) {
    }

    /** Every district with a submission in force in {@code year}, by code. */
    public Map<String, DistrictYear> of(int year) {
        Map<String, Set<Dataset>> usingAddedValues = aggregates.usingAddedValues(year);
        Map<String, Map<Dataset, SubmittedTotals>> inForce = new LinkedHashMap<>();
        jdbc.query("SELECT district_code, dataset, absent_columns FROM submission_in_force WHERE report_year = ?"
                + " ORDER BY district_code, dataset", rs -> {
                    String district = rs.getString(1);
                    Dataset dataset = Dataset.named(rs.getString(2)).orElseThrow();
                    String absent = rs.getString(3);
                    inForce.computeIfAbsent(district, d -> new EnumMap<>(Dataset.class)).put(dataset,
                            new SubmittedTotals("", 0, new BigInteger[0], new BigInteger[0],
                                    SubmittedTotals.absentColumns(absent),
                                    usingAddedValues.getOrDefault(district, Set.of()).contains(dataset)));
                }, year);
        Map<String, DistrictYear> result = new LinkedHashMap<>();
        inForce.forEach((district, byDataset) -> {
            boolean v3 = byDataset.entrySet().stream().anyMatch(e -> e.getValue().marksV3(e.getKey()));
            Map<Dataset, List<String>> absent = new EnumMap<>(Dataset.class);
            byDataset.forEach((dataset, totals) -> {
                if (!dataset.declaration().v3Columns().isEmpty()) {
                    absent.put(dataset, totals.absentV3Columns(dataset).stream()
                            .map(c -> dataset.columnNamed(c).alias()).toList());
                }
            });
            result.put(district, new DistrictYear(v3, absent));
        });
        return result;
    }

    /** The accepted rows holding a choice added in v3, as SQL over the row alias {@code t}; null for none. */
    static String addedValues(Dataset dataset) {
        List<String> conditions = new ArrayList<>();
        for (Column c : dataset.columns()) {
            List<String> added = c.choices().stream().filter(Choice::addedInV3).map(ch -> "'" + ch.code() + "'")
                    .toList();
            if (!added.isEmpty()) {
                conditions.add("t." + c.name() + " IN (" + String.join(", ", added) + ")");
            }
        }
        return conditions.isEmpty() ? null : String.join(" OR ", conditions);
    }
}
