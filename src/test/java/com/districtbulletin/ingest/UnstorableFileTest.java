package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestChunkTestBase;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A file the database refuses to store (issue 19) does not fail the ingest: the writer rolls back
 * to the savepoint before it, stores the chunk's other files as usual and reports that one as
 * UNREADABLE_FILE, not stored, read again next run. The refusal here is real: a row whose choice
 * code is longer than its column holds, which no check lets through but a database must refuse.
 */
@Tag("database")
class UnstorableFileTest extends IngestChunkTestBase {

    @Test
    void theFileTheDatabaseRefusesIsReportedAndTheOthersOfItsChunkAreStored() throws Exception {
        Path first = write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        Path refused = write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02")));
        Path last = write("420115_2023_meetings.csv", lines(MEETINGS_HEADER,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_date", "2023-03-05")));
        plan(first, refused, last);
        CheckedSubmission one = check(first);
        CheckedSubmission two = unstorable(check(refused));
        CheckedSubmission three = check(last);

        ExecutionContext totals = writeChunk(one, two, three);

        assertThat(jdbc.queryForList("SELECT file_path FROM submission ORDER BY file_path", String.class))
                .containsExactly("420102_2024_meetings.csv", "420115_2023_meetings.csv");
        assertThat(count("SELECT COUNT(*) FROM meetings")).isEqualTo(2);
        Map<String, Object> snapshot = jdbc.queryForMap(
                "SELECT submission_id, code, message FROM input_file WHERE file_path = ?", "420115_2024_meetings.csv");
        assertThat(snapshot.get("submission_id")).isNull();
        assertThat(snapshot.get("code")).isEqualTo("UNREADABLE_FILE");
        assertThat(snapshot.get("message")).isEqualTo(Chinese.text("problem.UNREADABLE_FILE.notStored"));
        assertThat(totals.getLong(SubmissionWriter.FILES_ACCEPTED)).isEqualTo(2);
        assertThat(totals.getLong(SubmissionWriter.FILES_UNREADABLE)).isEqualTo(1);
        assertThat(totals.getLong(SubmissionWriter.ROWS_ACCEPTED)).isEqualTo(2);

        run(2024);

        assertThat(jdbc.queryForObject("SELECT rows_accepted FROM submission WHERE file_path = ? AND state = 'in_force'",
                Integer.class, "420115_2024_meetings.csv")).as("read again, as it is, by the next run").isEqualTo(2);
    }

    /** The same check, its second row's meeting type too long for the column that stores it. */
    private static CheckedSubmission unstorable(CheckedSubmission checked) throws IOException {
        CheckedRowsSpill spill = new CheckedRowsSpill(checked.file().path(), checked.header().dataset().columns().size());
        try (CheckedRowsSpill.Reader rows = checked.rows().rows()) {
            while (rows.hasNext()) {
                CheckedRowsSpill.SpilledRow row = rows.next();
                Object[] values = row.values().clone();
                if (row.line() == 3) {
                    values[1] = "standing_committee".repeat(5);
                }
                spill.add(new RowChecker.Row(row.line(), new String[values.length], values, List.of(), true), List.of());
            }
        }
        checked.rows().close();
        return new CheckedSubmission(checked.file(), checked.decoded(), checked.fileProblems(), checked.rowsReported(),
                checked.header(), checked.target(), checked.duplicateIds(), checked.rowIds(), checked.accepted(),
                checked.rejected(), checked.unreadable(), spill);
    }
}
