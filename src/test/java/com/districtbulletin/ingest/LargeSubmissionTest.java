package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A file big enough that rejected rows are written in several batches while accepted rows
 * stream into the dataset table, and that duplicate ids are found far apart: the counts in the
 * database and the report still agree row for row. The same holds for a file large enough to be
 * checked as the writer stores it, whether the one pass stands (UTF-8, with or without BOM: rolled
 * back and read again once its duplicate ids are confirmed) or the guess of UTF-8 fails (GB18030:
 * checked whole). The size from which a file is checked as it is stored is set to 1 MB here, so
 * that the smallest file is checked whole first; the product reads files far beyond it (UTF-8,
 * 100,000 and 1,000,000 rows, within -Xmx512m) in {@code bench/run.sh}.
 */
@Tag("database")
class LargeSubmissionTest extends IngestTestBase {

    @BeforeAll
    static void filesFromOneMegabyteAreCheckedAsTheyAreStored() {
        SubmissionCheck.streamFromBytes = 1L << 20;
    }

    @AfterAll
    static void theRealSizeAgain() {
        SubmissionCheck.streamFromBytes = SubmissionCheck.STREAM_FROM_BYTES;
    }

    @ParameterizedTest
    @CsvSource({"12000, GB18030", "16000, UTF-8", "16000, UTF-8 BOM", "20000, GB18030"})
    void thousandsOfRejectedRowsAndDuplicatesFarApart(int rows, String encoding) throws Exception {
        final int ROWS = rows;
        StringBuilder text = new StringBuilder(encoding.endsWith("BOM") ? "\uFEFF" : "").append(SUGGESTIONS_HEADER)
                .append("\r\n");
        for (int i = 1; i <= ROWS; i++) {
            String id = i == ROWS - 1 ? "JY-1" : i == ROWS ? "JY-3" : "JY-" + i;
            String field = i % 2 == 0 ? "城市建设" : "经济发展";                 // every even row: BAD_ENUM
            text.append(id).append(",建议,2024-01-10,").append(field)
                    .append(",区发改局,否,已办结,A,满意,2024-05-01\r\n");
        }
        Path file = write("420115_2024_代表建议.csv", text.toString(),
                encoding.equals("GB18030") ? GB18030 : StandardCharsets.UTF_8);
        assertThat(Files.size(file) >= SubmissionCheck.streamFromBytes).isEqualTo(rows > 12_000);

        run(2024);

        Long id = inForce("420115", 2024, "suggestions");
        int rejected = ROWS / 2 + 3;                    // the even rows, and the valid JY-1 (twice) and JY-3
        assertThat(jdbc.queryForMap("SELECT rows_accepted, rows_rejected FROM submission WHERE id = ?", id))
                .containsEntry("rows_accepted", ROWS - rejected).containsEntry("rows_rejected", rejected);
        assertThat(count("SELECT COUNT(*) FROM suggestions WHERE submission_id = ?", id)).isEqualTo(ROWS - rejected);
        assertThat(count("SELECT COUNT(*) FROM rejected_row WHERE submission_id = ?", id)).isEqualTo(rejected);
        assertThat(count("SELECT COUNT(*) FROM suggestions WHERE suggestion_id IN ('JY-1', 'JY-3')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM suggestions s JOIN rejected_row r"
                + " ON r.submission_id = s.submission_id AND r.line_no = s.line_no")).as("a row is one or the other")
                .isZero();
        assertThat(report(2024)).hasSize(ROWS / 2 + 4);
        assertThat(problems(2024, "420115_2024_代表建议.csv")).filteredOn(p -> p.endsWith("DUPLICATE_ID"))
                .containsExactlyInAnyOrder(
                        "2|suggestion_id|JY-1|DUPLICATE_ID",
                        "4|suggestion_id|JY-3|DUPLICATE_ID",
                        (ROWS) + "|suggestion_id|JY-1|DUPLICATE_ID",
                        (ROWS + 1) + "|suggestion_id|JY-3|DUPLICATE_ID");
        assertThat(problems(2024, "420115_2024_代表建议.csv")).contains((ROWS + 1) + "|field|城市建设|BAD_ENUM");
    }
}
