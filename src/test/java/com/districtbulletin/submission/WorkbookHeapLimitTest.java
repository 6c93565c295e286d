package com.districtbulletin.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.HandmadeWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared strings are the one part of a workbook held in memory whole: a workbook whose
 * strings would take more than a third of the heap is refused as oversized instead of running
 * the JVM out of memory. Read in a child JVM of 64 MiB, with the benchmark's reader.
 */
class WorkbookHeapLimitTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookWhoseSharedStringsWouldFillTheHeapIsRefusedAndASmallerOneIsRead() throws Exception {
        Path large = workbook("large.xlsx", 400_000);
        Path small = workbook("small.xlsx", 20_000);

        Result refused = readInSmallJvm(large);
        assertThat(refused.exit).as(refused.output).isNotZero();
        assertThat(refused.output).contains("上限").doesNotContain("OutOfMemoryError");

        Result read = readInSmallJvm(small);
        assertThat(read.exit).as(read.output).isZero();
        assertThat(read.output).contains("20,000 rows (20,000 accepted)");
    }

    /** A suggestions sheet whose every row has its own id, written as shared strings. */
    private Path workbook(String name, int rows) throws Exception {
        HandmadeWorkbook workbook = new HandmadeWorkbook().sheet("代表建议")
                .textRow(1, "建议编号,类别,提出日期,领域,承办单位,办理状态");
        for (int r = 1; r <= rows; r++) {
            workbook.row(r + 1, HandmadeWorkbook.text("JY-" + r), HandmadeWorkbook.text("建议"),
                    HandmadeWorkbook.number("45356", HandmadeWorkbook.DATE), HandmadeWorkbook.text("其他"),
                    HandmadeWorkbook.text("区政府办"), HandmadeWorkbook.text("正在办理"));
        }
        return workbook.write(dir.resolve(name));
    }

    private record Result(int exit, String output) {
    }

    private Result readInSmallJvm(Path file) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", classPath, "com.districtbulletin.bench.XlsxReadBenchmark", "read", file.toString()));
        Path log = dir.resolve(file.getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // however long a loaded machine takes: the child reads one file and ends
        return new Result(process.waitFor(), Files.readString(log));
    }
}
