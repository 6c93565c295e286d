package com.districtbulletin.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.job.RunParameters;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.PdfText;
import com.districtbulletin.support.SampleInput;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Nothing published moves by accident (issue 10, contract sections 4 and 6): a file whose every
 * row is rejected never replaces a version in force, and a district appears only in the years
 * it exists — on every page of every edition.
 */
@Tag("database")
class PublishedFiguresDoNotMoveTest extends BulletinTestBase {

    /**
     * The office's mistake: a district's 2024 meetings saved as {@code …_2023_meetings.csv} over its
     * accepted 2023 file, after the 2023 final edition. Every row is outside 2023: the file is
     * rejected whole (NO_VALID_ROWS), the 2023 version stays in force, and no figure of 2023 moves.
     */
    @Test
    void aFileOfAnotherYearSavedUnderThisYearsNameChangesNoPublishedFigure() throws Exception {
        SampleInput.copyDistrictsTo(input, "990101", "990102", "990103");
        run(2023, Edition.FINAL);
        Path y2023 = output.resolve("2023");
        byte[] finalStatistics = Files.readAllBytes(y2023.resolve("statistics-final.csv"));
        BigDecimal sessions = sessions("990102");
        long inForce = count("SELECT id FROM submission WHERE state = 'in_force' AND report_year = 2023"
                + " AND district_code = '990102' AND dataset = 'meetings'");

        Files.copy(input.resolve("990102_2024_meetings.csv"), input.resolve("990102_2023_meetings.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        run(2023, Edition.PROVISIONAL);
        run(null, Edition.PROVISIONAL);

        assertThat(count("SELECT id FROM submission WHERE state = 'in_force' AND report_year = 2023"
                + " AND district_code = '990102' AND dataset = 'meetings'")).isEqualTo(inForce);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'rejected' AND report_year = 2023"
                + " AND file_path = '990102_2023_meetings.csv'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'pending'")).isZero();
        assertThat(Files.readAllLines(y2023.resolve("validation-report.csv"), StandardCharsets.UTF_8))
                .anySatisfy(row -> assertThat(row).startsWith("990102_2023_meetings.csv,,,,NO_VALID_ROWS,"))
                .anySatisfy(row -> assertThat(row).startsWith("990102_2023_meetings.csv,2,meeting_date,")
                        .contains(",OUT_OF_YEAR,"));

        // the year-end command again: nothing is pending, so there is no revision and no file changes
        run(2023, Edition.FINAL);
        assertThat(y2023.resolve("bulletin-2023-final-r1.pdf")).doesNotExist();
        assertThat(Files.readAllBytes(y2023.resolve("statistics-final.csv"))).isEqualTo(finalStatistics);
        assertThat(count("SELECT COUNT(*) FROM edition WHERE report_year = 2023 AND kind = 'final'")).isEqualTo(1);

        // another district's correction is revised: the mistaken file is no cause, and 990102's figures stay
        Files.writeString(input.resolve("2023/990103_2023_meetings.csv"), "HY2023-90,常委会会议,2023/12/28,1,1,0,15,补报\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        run(2023, Edition.FINAL);
        List<String> revisions = Files.readAllLines(y2023.resolve("revisions-final-r1.csv"), StandardCharsets.UTF_8);
        assertThat(revisions).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line)
                .doesNotContain("990102_2023_meetings.csv").doesNotContain(",990102,"));
        assertThat(revisions.subList(1, revisions.size()))
                .allSatisfy(line -> assertThat(line).endsWith(",2023/990103_2023_meetings.csv"));
        assertThat(sessions("990102")).isEqualByComparingTo(sessions).isPositive();
    }

    /** Two final editions of a year with one revision number cannot both be stored, whatever the run lock. */
    @Test
    void theDatabaseRefusesASecondEditionWithTheSameRevisionNumber() {
        EditionStore store = new EditionStore(jdbc, java.time.Clock.systemUTC());
        store.create(2023, Edition.FINAL, 0, "a".repeat(64), "b".repeat(64), 0, null);
        store.create(2023, Edition.PROVISIONAL, null, "a".repeat(64), "b".repeat(64), 0, null);
        store.create(2023, Edition.PROVISIONAL, null, "a".repeat(64), "b".repeat(64), 0, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> store.create(2023, Edition.FINAL, 0, "c".repeat(64), "b".repeat(64), 0, null))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(count("SELECT COUNT(*) FROM edition WHERE kind = 'final'")).isEqualTo(1);
    }

    /** A district created in 2024 is in none of the 2023 editions' pages, files and receipts; it is in 2024's. */
    @Test
    void aDistrictCreatedIn2024IsAbsentFromEveryPageOf2023() throws Exception {
        SampleInput.copyTo(input);
        List<String> registry = new ArrayList<>();
        for (String line : Files.readAllLines(input.resolve("districts.csv"), StandardCharsets.UTF_8)) {
            registry.add(line + (registry.isEmpty() ? ",设立年份" : ","));
        }
        registry.add("990111,新城区,120,11,300,9,2024"); // 各级代表人数 300, 乡镇（街道）数 9, 设立年份 2024
        Files.write(input.resolve("districts.csv"), registry, StandardCharsets.UTF_8);
        Files.copy(input.resolve("990102_2024_meetings.csv"), input.resolve("990111_2024_meetings.csv"));

        run(2023, Edition.PROVISIONAL);
        run(2023, Edition.FINAL);
        run(2024, Edition.PROVISIONAL);

        Path y2023 = output.resolve("2023");
        for (String pdf : List.of("bulletin-2023.pdf", "bulletin-2023-final.pdf")) {
            List<String> pages = PdfText.pages(y2023.resolve(pdf));
            assertThat(pages).hasSizeGreaterThan(20);
            for (int page = 0; page < pages.size(); page++) {
                assertThat(pages.get(page)).as(pdf + " page " + (page + 1)).doesNotContain("新城区", "990111");
            }
        }
        for (String csv : List.of("statistics.csv", "statistics-final.csv", "validation-report.csv")) {
            assertThat(Files.readString(y2023.resolve(csv), StandardCharsets.UTF_8)).as(csv)
                    .doesNotContain("新城区", "990111");
        }
        assertThat(y2023.resolve("districts/990111")).doesNotExist();
        assertThat(count("SELECT COUNT(*) FROM edition_statistic WHERE district_code = '990111' AND edition_id IN"
                + " (SELECT id FROM edition WHERE report_year = 2023)")).isZero();

        Path y2024 = output.resolve("2024");
        assertThat(PdfText.of(y2024.resolve("bulletin-2024.pdf"))).contains("新城区");
        assertThat(y2024.resolve("districts/990111/receipt-990111-2024.pdf")).exists();
    }

    private BigDecimal sessions(String district) {
        return jdbc.queryForObject("SELECT metric_value FROM statistic WHERE report_year = 2023 AND district_code = ?"
                + " AND metric = 'meetings.standing_committee_sessions'", BigDecimal.class, district);
    }

    private void run(Integer year, Edition edition) throws Exception {
        JobExecution execution = launcher.run(new RunParameters(year, input, output, edition));
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
    }
}
