package com.districtbulletin.bench;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.CsvRecords;
import com.districtbulletin.submission.DecodedFile;
import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.validation.HeaderMap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Issue 14: the work one file costs is linear in its size, whatever its shape. Times what the
 * ingest does with a file before any row is stored — {@link DecodedFile#inspect} (fingerprint,
 * encoding, reading limits) and, when that passes, every record through {@link CsvRecords} and the
 * header through {@link HeaderMap} — for shapes growing by 10× steps: 100 and 1,000 columns in the
 * header and every row (within the limit), a header of 10,000 to 1,000,000 columns, one line of 1 to 100 MiB without a line
 * break, and a quote never closed over 1 to 100 MiB (all over a limit: rejected whole). Prints the
 * median of R runs (default 3) and the time per MiB; linear means the time per MiB stays flat
 * while the size grows 10× (a quadratic cost would grow it 10× per step).
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *      com.districtbulletin.bench.ReadingCostBenchmark [R]
 * </pre>
 */
public final class ReadingCostBenchmark {

    private ReadingCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("reading-cost");
        // warm-up, not printed: the JIT compiles the reading code before anything is timed
        for (int i = 0; i < 5; i++) {
            measure(dir, null, table(1_000, 200), 1);
            measure(dir, null, header(10_000, ",extra"), 1);
        }
        System.out.printf(Locale.ROOT, "%-34s %12s %10s %10s  %s%n", "shape", "bytes", "ms", "ms/MiB", "outcome");
        for (int columns : new int[] {100, 1_000}) {
            measure(dir, columns + " columns x 2,000 rows", table(columns, 2_000), runs);
        }
        for (int columns : new int[] {10_000, 100_000, 1_000_000}) {
            measure(dir, "header, " + columns + " columns", header(columns, ",extra"), runs);
        }
        for (int mib : new int[] {1, 10, 100}) {
            measure(dir, "one line of " + mib + " MiB", repeated("x", mib), runs);
        }
        for (int mib : new int[] {1, 10, 100}) {
            measure(dir, "open quote over " + mib + " MiB", repeated("a,\"b\n", mib), runs);
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static Writer header(int columns, String extra) {
        return out -> {
            StringBuilder line = new StringBuilder("meeting_id,meeting_type,meeting_date");
            for (int i = 0; i < columns - 3; i++) {
                line.append(extra).append(i);
            }
            line.append("\nHY-01,主任会议,2024-03-05\n");
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A header of {@code columns} (unknown ones after the meetings columns) and rows as wide. */
    private static Writer table(int columns, int rows) {
        return out -> {
            StringBuilder text = new StringBuilder("meeting_id,meeting_type,meeting_date");
            for (int i = 0; i < columns - 3; i++) {
                text.append(",备注").append(i);
            }
            text.append('\n');
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            for (int r = 0; r < rows; r++) {
                text.setLength(0);
                text.append("HY-").append(r).append(",主任会议,2024-03-05");
                for (int i = 0; i < columns - 3; i++) {
                    text.append(",值").append(i);
                }
                text.append('\n');
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static Writer repeated(String start, int mib) {
        return out -> {
            out.write(start.getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < mib; i++) {
                out.write(chunk);
            }
        };
    }

    private static void measure(Path dir, String shape, Writer writer, int runs) throws IOException {
        Path file = dir.resolve("420115_2024_meetings.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        }
        long[] nanos = new long[runs];
        String outcome = "";
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            outcome = firstLook(file);
            nanos[r] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        long size = Files.size(file);
        double ms = nanos[runs / 2] / 1e6;
        if (shape == null) {
            return;
        }
        System.out.printf(Locale.ROOT, "%-34s %12d %10.1f %10.1f  %s%n", shape, size, ms, ms / (size / 1048576.0),
                outcome);
    }

    private static String firstLook(Path file) {
        DecodedFile decoded = DecodedFile.inspect(file);
        if (decoded.overLimit() != null) {
            return "TOO_LARGE: " + decoded.overLimit();
        }
        try (Reader reader = decoded.open(); CsvRecords records = new CsvRecords(reader)) {
            CsvRecords.Record header = records.next();
            HeaderMap map = HeaderMap.read(Dataset.MEETINGS, header.cells(), "f", header.line());
            long cells = 0;
            while (records.hasNext()) {
                cells += records.next().cells().size();
            }
            return "read: " + map.warnings().size() + " unknown columns, " + cells + " cells";
        } catch (SubmissionReadException | IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
