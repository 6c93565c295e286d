package com.districtbulletin.bench;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.SubmissionRecords;
import com.districtbulletin.validation.HeaderMap;
import com.districtbulletin.validation.RowChecker;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Reads a large .xlsx submission as the ingest does (looked over, read through, then every row
 * read and checked) and prints rows/s and the peak heap. Generate the workbook in one JVM, read
 * it in another with the heap the product runs with:
 *
 * <pre>
 * java -cp … com.districtbulletin.bench.XlsxReadBenchmark generate bench-data/suggestions-1m.xlsx 1000000
 * java -Xmx512m -cp … com.districtbulletin.bench.XlsxReadBenchmark read bench-data/suggestions-1m.xlsx
 * </pre>
 *
 * Every row has its own id, so the shared-string table the reader keeps grows with the rows:
 * the worst case for memory a clerk's workbook can be.
 */
public final class XlsxReadBenchmark {

    private XlsxReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("generate")) {
            generate(file, Integer.parseInt(args[2]));
        } else {
            read(file);
        }
    }

    private static void generate(Path file, int rows) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String[] fields = {"经济发展", "城建环保", "教科文卫", "农业农村", "社会建设", "监察司法", "其他"};
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("代表建议");
            String[] header = {"建议编号", "类别", "提出日期", "领域", "承办单位", "重点督办", "办理状态", "办理结果", "满意度", "办结日期"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            LocalDate start = LocalDate.of(2024, 1, 1);
            for (int r = 1; r <= rows; r++) {
                sheet.value(r, 0, String.format(Locale.ROOT, "JY2024-%07d", r));
                sheet.value(r, 1, r % 10 == 0 ? "批评和意见" : "建议");
                sheet.value(r, 2, start.plusDays(r % 120));
                sheet.style(r, 2).format("yyyy-mm-dd").set();
                sheet.value(r, 3, fields[r % fields.length]);
                sheet.value(r, 4, "区" + fields[r % fields.length] + "局");
                sheet.value(r, 5, r % 7 == 0 ? "是" : "否");
                sheet.value(r, 6, "已办结");
                sheet.value(r, 7, r % 3 == 0 ? "B" : "A");
                sheet.value(r, 8, "满意");
                sheet.value(r, 9, start.plusDays(150 + r % 100));
                sheet.style(r, 9).format("yyyy-mm-dd").set();
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        System.out.printf(Locale.ROOT, "generated %s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
    }

    private static void read(Path file) throws Exception {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        SubmissionFile submission = SubmissionFile.inspect(file);
        if (submission.unreadable().isPresent()) {
            throw new IllegalStateException(submission.unreadable().get().reason());
        }
        long t1 = System.nanoTime();
        long rows = 0;
        long accepted = 0;
        long liveEarly = 0;
        long liveEnd;
        try (SubmissionRecords records = submission.records()) {
            SubmissionRecords.Record header = records.next();
            RowChecker checker = new RowChecker(HeaderMap.read(Dataset.SUGGESTIONS, header.cells(), "bench", 1),
                    2024, "bench", java.util.Map.of());
            while (records.hasNext()) {
                SubmissionRecords.Record record = records.next();
                rows++;
                if (checker.check(record.cells(), record.plainNumbers(), record.line()).accepted()) {
                    accepted++;
                }
                if (rows == 100_000) {
                    liveEarly = liveHeap();
                }
            }
            liveEnd = liveHeap(); // the workbook still open: its shared strings still held
        }
        long t2 = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double inspect = (t1 - t0) / 1e9;
        double read = (t2 - t1) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d bytes, %,d rows (%,d accepted), max heap %d MiB%n", file,
                Files.size(file), rows, accepted, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "inspect (zip check + read-through): %.1f s; read and check: %.1f s, %,.0f rows/s;"
                + " end to end %,.0f rows/s; peak heap used %d MiB%n", inspect, read, rows / read,
                rows / (inspect + read), peak >> 20);
        System.out.printf(Locale.ROOT, "live heap after a full GC: %d MiB at row 100,000, %d MiB at the last row%n",
                liveEarly >> 20, liveEnd >> 20);
    }

    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
