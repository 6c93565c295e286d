package com.districtbulletin.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.support.IngestTestBase;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21: a night that changes no figure neither copies the year's figures into its edition nor
 * aggregates the files it did not store. An edition whose figures are those of the edition before
 * it shares that edition's rows, and reads back the same figures; a changed figure gives the next
 * edition rows of its own, and the earlier editions keep theirs. Each submission is aggregated
 * once, under the digest of the query that aggregated it. The edition's statistics.csv, the same
 * bytes, is kept once: the later edition refers to the earlier one's.
 */
@Tag("database")
class UnchangedFiguresAreNotCopiedTest extends IngestTestBase {

    private static final String SESSIONS = "meetings.standing_committee_sessions";

    @Autowired
    private StatisticStore statistics;

    @Autowired
    private EditionStore store;

    @BeforeEach
    void oneDistrictSendsTwoMeetings() throws Exception {
        jiangxiaMeetings("预算调整", "HY-01", "HY-02");
    }


    private List<Long> editions() {
        return jdbc.queryForList("SELECT id FROM edition WHERE report_year = 2024 ORDER BY id", Long.class);
    }

    private Long sharedFrom(long edition) {
        return jdbc.queryForObject("SELECT figures_edition_id FROM edition WHERE id = ?", Long.class, edition);
    }

    private long rowsOf(long edition) {
        return count("SELECT COUNT(*) FROM edition_statistic WHERE edition_id = ?", edition);
    }

    private String sessions(long edition) {
        return statistics.loadEdition(edition, 2024).stream()
                .filter(s -> s.districtCode().equals("420115") && s.metric().id().equals(SESSIONS))
                .map(Statistic::value).findFirst().orElseThrow().toPlainString();
    }

    private Long keptStatisticsSameAs(long edition) {
        return jdbc.queryForObject("SELECT same_as_edition_id FROM edition_file WHERE edition_id = ?"
                + " AND file_name = 'statistics.csv'", Long.class, edition);
    }

    private byte[] publishedStatistics() throws Exception {
        return Files.readAllBytes(output.resolve("2024").resolve("statistics.csv"));
    }

    @Test
    void anEditionWithTheFiguresOfTheOneBeforeSharesItsRowsAndAChangedFigureGetsItsOwn() throws Exception {
        run(2024);
        byte[] firstCsv = publishedStatistics();
        jiangxiaMeetings("人事任免", "HY-01", "HY-02");
        run(2024);
        byte[] sameFiguresCsv = publishedStatistics();
        jiangxiaMeetings("人事任免", "HY-01", "HY-02", "HY-03");
        run(2024);
        byte[] changedCsv = publishedStatistics();

        List<Long> ids = editions();
        assertThat(ids).hasSize(3);
        long first = ids.get(0);
        long sameFigures = ids.get(1);
        long changed = ids.get(2);
        assertThat(sharedFrom(first)).isNull();
        assertThat(sharedFrom(sameFigures)).as("a file sent again with the same figures").isEqualTo(first);
        assertThat(sharedFrom(changed)).isNull();
        assertThat(rowsOf(first)).isPositive();
        assertThat(rowsOf(sameFigures)).isZero();
        assertThat(rowsOf(changed)).isEqualTo(rowsOf(first));

        assertThat(statistics.loadEdition(sameFigures, 2024)).isEqualTo(statistics.loadEdition(first, 2024));
        assertThat(sessions(first)).isEqualTo("2");
        assertThat(sessions(sameFigures)).isEqualTo("2");
        assertThat(sessions(changed)).isEqualTo("3");

        // each edition's statistics.csv as published; the same bytes kept once
        assertThat(sameFiguresCsv).isEqualTo(firstCsv);
        assertThat(changedCsv).isNotEqualTo(firstCsv);
        assertThat(store.file(first, "statistics.csv")).hasValue(firstCsv);
        assertThat(store.file(sameFigures, "statistics.csv")).hasValue(sameFiguresCsv);
        assertThat(store.file(changed, "statistics.csv")).hasValue(changedCsv);
        assertThat(keptStatisticsSameAs(first)).isNull();
        assertThat(keptStatisticsSameAs(sameFigures)).isEqualTo(first);
        assertThat(keptStatisticsSameAs(changed)).isNull();
        assertThat(count("SELECT COUNT(*) FROM edition_file WHERE file_name = 'statistics.csv' AND content IS NOT NULL"))
                .isEqualTo(2);
    }

    @Test
    void eachSubmissionIsAggregatedOnceUnderTheDigestOfItsQuery() throws Exception {
        run(2024);
        long first = inForce("420115", 2024, "meetings");
        assertThat(count("SELECT COUNT(*) FROM submission_aggregate WHERE submission_id = ?", first)).isOne();

        run(2024);
        assertThat(count("SELECT COUNT(*) FROM submission_aggregate")).as("nothing new, nothing aggregated").isOne();

        jiangxiaMeetings("预算调整", "HY-01", "HY-02", "HY-03");
        run(2024);
        long second = inForce("420115", 2024, "meetings");
        assertThat(count("SELECT COUNT(*) FROM submission_aggregate WHERE submission_id = ?", second)).isOne();

        // aggregates stored by a build whose query differs are not this build's: aggregated again
        jdbc.update("UPDATE submission_aggregate SET query_digest = ? WHERE submission_id = ?", "0".repeat(64), second);
        jdbc.update("DELETE FROM statistic_digest");
        run(2024);
        assertThat(count("SELECT COUNT(*) FROM submission_aggregate WHERE submission_id = ?", second)).isEqualTo(2);
        assertThat(sessions(editions().get(editions().size() - 1))).isEqualTo("3");
    }
}
