package com.districtbulletin.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.support.FolderSnapshot;
import com.districtbulletin.support.IngestTestBase;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A few hundred fuzzed submissions in one input folder (issue 14): the run completes and every
 * check of {@link FuzzChecks} holds. The 10,000-file run is {@code bash bench/fuzz.sh}.
 */
@Tag("database")
class FuzzTest extends IngestTestBase {

    private static final int FILES = Integer.getInteger("fuzz.files", 300);
    private static final long SEED = Long.getLong("fuzz.seed", 14L);

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void fuzzedSubmissionsNeverStopTheRunAndEveryFileIsAccountedFor(CapturedOutput log) throws Exception {
        List<String> files = SubmissionFuzzer.generate(input, FILES, SEED);
        FolderSnapshot before = FolderSnapshot.of(input);

        run(SubmissionFuzzer.YEAR);

        assertThat(FuzzChecks.violations(files, before, input, output, jdbc, log.getAll())).isEmpty();
        assertThat(Files.exists(output.resolve(SubmissionFuzzer.YEAR + "/bulletin-" + SubmissionFuzzer.YEAR + ".pdf")))
                .isTrue();
        // the fuzz is not all rejections: some files of the year are read and accepted
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'in_force' AND report_year = ?",
                SubmissionFuzzer.YEAR)).isGreaterThan(FILES / 40);
        assertThat(count("SELECT COUNT(*) FROM problem WHERE code IN ('TOO_LARGE', 'ENCODING')")).isPositive();
        assertThat(files).anyMatch(f -> SubmissionName.parse(f.substring(f.lastIndexOf('/') + 1)).isEmpty());
        // the files whose unclosed quote swallows the rows with names: each a row rejected for a cut value
        for (String swallowing : files.stream().filter(f -> f.startsWith("unclosed/")).toList()) {
            assertThat(jdbc.queryForObject("SELECT p.cell_value FROM problem p JOIN submission s ON s.id = p.submission_id"
                    + " WHERE s.file_path = ? AND p.code = 'BAD_ENUM'", String.class, swallowing))
                    .as(swallowing).matches("[^…]{1,50}…（共[0-9]+字）");
        }
        // the files whose header ran into the first row: one problem saying so, no header cell echoed
        for (String joined : files.stream().filter(f -> f.startsWith("joined/")).toList()) {
            assertThat(jdbc.queryForList("SELECT p.code FROM problem p JOIN submission s ON s.id = p.submission_id"
                    + " WHERE s.file_path = ?", String.class, joined)).as(joined).containsExactly("MISSING_COLUMN");
        }
        assertThat(count("SELECT COUNT(*) FROM reviews")).as("reviews files among the fuzzed ones").isPositive();
    }
}
