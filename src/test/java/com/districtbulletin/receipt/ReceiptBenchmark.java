package com.districtbulletin.receipt;

import com.districtbulletin.bench.SyntheticBulletin;
import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.bulletin.data.SubmissionInForce;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore.Version;
import com.districtbulletin.validation.Problem;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Times the receipts alone (the store already read): N synthetic districts (default 2,800) from
 * {@link SyntheticBulletin}, each with its eleven versions in force, last year's versions as
 * superseded ones, its problems — and every tenth district 40 more rows of one problem — and its
 * figures; every district's problems file and receipt written to {@code target/bench/receipts/}
 * as the step writes them, R times (default 1). Prints the last round's total and per-district
 * milliseconds, and each round's CPU milliseconds per receipt, on this thread and in the whole
 * process (the collector and the compiler included); with R above 1 the first round is a warm-up.
 *
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *      com.districtbulletin.receipt.ReceiptBenchmark 2800 [R]
 * </pre>
 */
public final class ReceiptBenchmark {

    private ReceiptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2800;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        BulletinData data = SyntheticBulletin.create(count, 2024, 42);
        LocalDateTime received = LocalDateTime.of(2025, 1, 10, 9, 30);
        Map<String, List<Version>> versions = new HashMap<>();
        for (SubmissionInForce s : data.submissions()) {
            String state = s.year() == data.year() ? StoredSubmission.IN_FORCE : StoredSubmission.SUPERSEDED;
            versions.computeIfAbsent(s.districtCode(), k -> new ArrayList<>()).add(new Version(s.districtCode(),
                    s.dataset(), s.filePath(), s.sha256(), state, s.rowsAccepted(), s.rowsRejected(), received, 0L));
        }
        Map<String, District> byCode = data.districts().stream().collect(Collectors.toMap(District::code, d -> d));
        Map<String, List<List<?>>> problems = new HashMap<>();
        for (Problem p : data.problems()) {
            String code = p.file().substring(5, 11);
            problems.computeIfAbsent(code, k -> new ArrayList<>()).add(row(p, byCode.get(code)));
        }
        for (District d : data.districts()) {
            if (d.order() % 10 == 0) {
                String file = data.year() + "/" + d.code() + "_" + data.year() + "_appointments.csv";
                for (int line = 2; line < 42; line++) {
                    problems.computeIfAbsent(d.code(), k -> new ArrayList<>()).add(row(new Problem(file, line * 2,
                            "meeting_id", "HY-99", com.districtbulletin.validation.ProblemCode.UNKNOWN_MEETING,
                            "会议编号“HY-99”在本区会议文件中不存在，本行未导入。"), d));
                }
            }
        }
        Map<String, Integer> ranked = new HashMap<>();
        for (Statistic s : data.statistics()) {
            if (s.rank() != null) {
                ranked.merge(s.metric().id(), 1, Integer::sum);
            }
        }
        Map<String, List<Statistic>> figures = data.statistics().stream().filter(s -> !s.isMunicipality())
                .collect(Collectors.groupingBy(Statistic::districtCode));
        long fontsStarted = System.nanoTime();
        ReceiptDocument document = new ReceiptDocument(BulletinFonts.shared());
        long fontsMillis = (System.nanoTime() - fontsStarted) / 1_000_000;
        Path out = Files.createDirectories(Path.of("target", "bench", "receipts"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> cpu = new ArrayList<>();
        long[] each = new long[count];
        long totalMillis = 0;
        for (int round = 0; round < rounds; round++) {
            long thread = threads.getCurrentThreadCpuTime();
            long process = os.getProcessCpuTime();
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                District d = data.districts().get(i);
                long one = System.nanoTime();
                Receipts.write(document, new Receipt(data.year(), d, versions.getOrDefault(d.code(), List.of()),
                        problems.getOrDefault(d.code(), List.of()), figures.getOrDefault(d.code(), List.of()), ranked,
                        null),
                        out);
                each[i] = (System.nanoTime() - one) / 1_000;
            }
            totalMillis = (System.nanoTime() - started) / 1_000_000;
            cpu.add(String.format(Locale.ROOT, "%.1f/%.1f", (threads.getCurrentThreadCpuTime() - thread) / 1e6 / count,
                    (os.getProcessCpuTime() - process) / 1e6 / count));
        }
        long[] sorted = each.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "districts=%d font_load_ms=%d total_ms=%d per_district_ms mean=%.1f"
                + " median=%.1f p95=%.1f max=%.1f first=%.1f (last round)%n", count, fontsMillis, totalMillis,
                (double) totalMillis / count, sorted[count / 2] / 1000.0, sorted[(int) (count * 0.95)] / 1000.0,
                sorted[count - 1] / 1000.0, each[0] / 1000.0);
        System.out.printf(Locale.ROOT, "receipt_cpu_ms thread/process per round: %s%n", String.join(" ", cpu));
    }

    private static List<?> row(Problem p, District d) {
        return Arrays.asList(p.file(), p.line(), p.column(), p.value(), p.code().name(), p.message(), "row",
                d.code(), d.name());
    }
}
