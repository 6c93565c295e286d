package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.storage.RowSink;
import com.districtbulletin.storage.RowSinks;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.support.IngestTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file that changes while its batch is being stored (issue 14): what was stored of it is taken
 * back, it comes out UNREADABLE_FILE, and the other files of the batch are stored as usual. The
 * change is made at a known moment — when the first of the file's rows reaches the database — by
 * a row sink that appends to the file then.
 */
class ChangedWhileReadTest extends IngestTestBase {

    @Autowired
    SubmissionStore store;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aFileChangedWhileItsRowsAreStoredIsTakenBackAndTheBatchGoesOn() throws Exception {
        write("420102_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW));
        StringBuilder rows = new StringBuilder(MEETINGS_HEADER).append('\n');
        for (int i = 0; i < 20_000; i++) {            // ~1 MB: far more than the reader has buffered
            rows.append("HY-").append(i).append(",standing_committee,2024-03-05,2,1,1,5,预算调整\n");
        }
        Path changing = write("420115_2024_meetings.csv", rows.toString());
        RowSinks appendingOnFirstRowOfTheSecondFile = new RowSinks(dataSource) {
            int added;

            @Override
            public RowSink open(Dataset dataset) {
                RowSink sink = super.open(dataset);
                return new RowSink() {
                    @Override
                    public void add(long submissionId, int line, Object[] values) {
                        sink.add(submissionId, line, values);
                        if (++added == 2) {
                            append(changing, "HY-X,chairpersons,2024-04-01,,,,,\n");
                        }
                    }

                    @Override
                    public void close() {
                        sink.close();
                    }
                };
            }
        };
        SubmissionIngester ingester = new SubmissionIngester(store, appendingOnFirstRowOfTheSecondFile);
        List<ScannedFile> files = List.of(scanned("420102_2024_meetings.csv"), scanned("420115_2024_meetings.csv"));

        List<FileOutcome> outcomes = new TransactionTemplate(transactions).execute(tx -> ingester.ingest(
                new InputFolder(input), files, new IngestState(store.inForce(), store.rejectedContents()), null));

        assertThat(outcomes.get(0).kind()).isEqualTo(FileOutcome.Kind.ACCEPTED);
        assertThat(outcomes.get(1).kind()).isEqualTo(FileOutcome.Kind.UNREADABLE);
        assertThat(outcomes.get(1).problem().message()).contains("文件在读取过程中被修改").contains("下次运行时会重新读取");
        assertThat(states("420115_2024_meetings.csv")).as("its version taken back").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM meetings")).as("only the first file's row").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM problem")).isZero();
        assertThat(states("420102_2024_meetings.csv")).containsExactly("in_force");

        run(2024);

        assertThat(states("420115_2024_meetings.csv")).as("the next run reads it").containsExactly("in_force");
        assertThat(count("SELECT rows_accepted FROM submission WHERE file_path = '420115_2024_meetings.csv'"))
                .isEqualTo(20_001);
    }

    private static ScannedFile scanned(String name) {
        var key = SubmissionName.parse(name).orElseThrow();
        return new ScannedFile(name, key, key.year(), null);
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
