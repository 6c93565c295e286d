package com.districtbulletin.statistics;

import static com.districtbulletin.support.InputFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.InputFiles;
import com.districtbulletin.support.StatisticsFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Two closure rates that both publish as 66.7 are still ranked apart: 667/1000 is above 2/3. */
@Tag("database")
class RankOnUnroundedValuesTest extends BulletinTestBase {

    private static final String SUGGESTIONS = "suggestion_id,submitted_date,field,handling_unit,status,outcome,closed_date";

    @Test
    void ranksUseTheExactValues() throws Exception {
        InputFiles files = new InputFiles(input);
        files.registry("420101,甲区,,", "420102,乙区,,", "420103,丙区,,");
        files.file("420101_2024_suggestions.csv", SUGGESTIONS, rows(3, i -> row("A" + i, i <= 2)));
        files.file("420102_2024_suggestions.csv", SUGGESTIONS, rows(1000, i -> row("B" + i, i <= 667)));
        files.file("420103_2024_suggestions.csv", SUGGESTIONS, rows(6, i -> row("C" + i, i <= 4)));
        runJob(2024);
        StatisticsFile stats = new StatisticsFile(output.resolve("2024/statistics.csv"));

        assertThat(stats.value("420101", "suggestions.closure_rate")).isEqualTo("66.7");
        assertThat(stats.value("420102", "suggestions.closure_rate")).isEqualTo("66.7");
        assertThat(stats.rank("420102", "suggestions.closure_rate")).isEqualTo("1");
        // 2/3 and 4/6 are the same number: a real tie
        assertThat(stats.rank("420101", "suggestions.closure_rate")).isEqualTo("2");
        assertThat(stats.rank("420103", "suggestions.closure_rate")).isEqualTo("2");
    }

    private static String row(String id, boolean closed) {
        return id + ",2024-01-15,economy,区发改局," + (closed ? "closed,A,2024-03-01" : "in_progress,,");
    }
}
