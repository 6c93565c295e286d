package com.districtbulletin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.validation.RowChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The checked rows kept for the ingest's writer read back exactly as they were checked —
 * values of every type, problems, the cells as written — whether they stayed in memory or went
 * to a temporary file, which is gone once the spill is closed.
 */
class CheckedRowsSpillTest {

    @Test
    void aFewRowsStayInMemoryAndReadBackAsChecked() throws IOException {
        List<Path> before = spillFiles();
        try (CheckedRowsSpill spill = new CheckedRowsSpill("990101_2024_meetings.csv", 5)) {
            spill.add(accepted(2, "HY-01"), List.of("ignored"));
            spill.add(rejected(3, "HY-02"), List.of("HY-02", "2024-13-01", "甲,乙", "说\"好\""));
            assertThat(spillFiles()).isEqualTo(before);

            try (CheckedRowsSpill.Reader rows = spill.rows()) {
                CheckedRowsSpill.SpilledRow first = rows.next();
                assertThat(first.line()).isEqualTo(2);
                assertThat(first.id()).isEqualTo("HY-01");
                assertThat(first.passedChecks()).isTrue();
                assertThat(first.values()).containsExactly("HY-01", 7L, LocalDate.of(2024, 3, 5), Boolean.TRUE, null);
                assertThat(first.cells()).isNull();

                CheckedRowsSpill.SpilledRow second = rows.next();
                assertThat(second.passedChecks()).isFalse();
                assertThat(second.problems()).containsExactly(new Problem("990101_2024_meetings.csv", 3,
                        "meeting_date", "2024-13-01", ProblemCode.BAD_DATE, "日期有误"));
                assertThat(second.cells()).isEqualTo("HY-02,2024-13-01,\"甲,乙\",\"说\"\"好\"\"\"");
                assertThat(rows.hasNext()).isFalse();
            }
        }
    }

    @Test
    void manyRowsGoToATemporaryFileThatIsDeletedOnClose() throws IOException {
        List<Path> before = spillFiles();
        int rows = 20_000;
        CheckedRowsSpill spill = new CheckedRowsSpill("990101_2024_meetings.csv", 5);
        for (int i = 0; i < rows; i++) {
            spill.add(i % 1000 == 0 ? rejected(i + 2, "HY-" + i) : accepted(i + 2, "HY-" + i), List.of("HY-" + i));
        }
        List<Path> during = spillFiles();
        assertThat(during).hasSize(before.size() + 1);

        List<String> ids = new ArrayList<>();
        int rejected = 0;
        try (CheckedRowsSpill.Reader read = spill.rows()) {
            while (read.hasNext()) {
                CheckedRowsSpill.SpilledRow row = read.next();
                ids.add(row.id());
                rejected += row.passedChecks() ? 0 : 1;
                assertThat(row.line()).isEqualTo(ids.size() + 1);
            }
        }
        assertThat(ids).hasSize(rows).startsWith("HY-0", "HY-1").endsWith("HY-" + (rows - 1));
        assertThat(rejected).isEqualTo(rows / 1000);
        spill.close();
        assertThat(spillFiles()).isEqualTo(before);
    }

    private static RowChecker.Row accepted(int line, String id) {
        return new RowChecker.Row(line, new String[] {id, "7", "2024-03-05", "是", ""},
                new Object[] {id, 7L, LocalDate.of(2024, 3, 5), Boolean.TRUE, null}, List.of(), true);
    }

    private static RowChecker.Row rejected(int line, String id) {
        return new RowChecker.Row(line, new String[] {id, "", "2024-13-01", "", ""}, new Object[5],
                new ArrayList<>(List.of(new Problem("990101_2024_meetings.csv", line, "meeting_date", "2024-13-01",
                        ProblemCode.BAD_DATE, "日期有误"))), true);
    }

    private static List<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("district-bulletin-rows-")).sorted()
                    .toList();
        }
    }
}
