package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.support.IngestChunkTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A file checked by the ingest's processor that changes before the writer stores it: the writer
 * stores the rows as they were checked, with the fingerprint of the content they came from (it
 * does not read the file again), and the next run finds the new content and reads it as a new
 * version.
 */
@Tag("database")
class FileChangedWhileStoredTest extends IngestChunkTestBase {

    @Test
    void aFileChangedAfterItsCheckIsStoredAsCheckedAndReadAgainNextRun() throws Exception {
        Path steady = write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        Path changing = write("420115_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW,
                with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-02")));
        plan(steady, changing);
        CheckedSubmission first = check(steady);
        CheckedSubmission second = check(changing);

        Files.writeString(changing, with(MEETINGS_HEADER, MEETING_ROW, "meeting_id", "HY-03") + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        ExecutionContext totals = writeChunk(first, second);

        assertThat(jdbc.queryForList("SELECT file_path FROM submission ORDER BY file_path", String.class))
                .containsExactly("420102_2024_meetings.csv", "420115_2024_meetings.csv");
        assertThat(jdbc.queryForList("SELECT meeting_id FROM meetings ORDER BY meeting_id", String.class))
                .as("the rows as checked: HY-03, appended after the check, is not among them")
                .containsExactly("HY-01", "HY-01", "HY-02");
        assertThat(jdbc.queryForObject("SELECT sha256 FROM submission WHERE file_path = ?", String.class,
                "420115_2024_meetings.csv")).isEqualTo(second.decoded().sha256())
                .isNotEqualTo(DecodedFile.sha256Of(changing));
        assertThat(totals.getLong(SubmissionWriter.FILES_ACCEPTED)).isEqualTo(2);
        assertThat(totals.getLong(SubmissionWriter.FILES_UNREADABLE)).isZero();

        run(2024);

        assertThat(jdbc.queryForObject("SELECT rows_accepted FROM submission WHERE file_path = ? AND state = 'in_force'",
                Integer.class, "420115_2024_meetings.csv")).as("the new content, read by the next run").isEqualTo(3);
        assertThat(report(2024)).isEmpty();
    }
}
