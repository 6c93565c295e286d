package com.districtbulletin.bulletin;

import com.districtbulletin.bench.SyntheticBulletin;
import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.registry.District;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time of one district profile, on one thread with the shared fonts, as the province's
 * render step spends it: the bulletin data of D synthetic districts (default 2,800, so that the
 * data are the province's size) from {@link SyntheticBulletin}, every district's fingerprint
 * computed, then the profiles of the first N districts (default 300) written R times (default 4),
 * the first round a warm-up. Prints each round's CPU milliseconds per profile, on this thread and
 * in the whole process (the collector and the compiler included), and writes the last round's
 * PDFs to {@code target/bench/profiles/}.
 *
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *      com.districtbulletin.bulletin.ProfileBenchmark 300 4 2800
 * </pre>
 */
public final class ProfileBenchmark {

    private ProfileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int districts = args.length > 2 ? Integer.parseInt(args[2]) : 2800;
        BulletinData data = SyntheticBulletin.create(districts, 2024, 42);
        Figures figures = new Figures(data.statistics(), data.districts());
        Completeness completeness = new Completeness(data);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long started = threads.getCurrentThreadCpuTime();
        List<String> fingerprints = ProfileDocuments.fingerprints(data, figures, completeness);
        double fingerprintMillis = (threads.getCurrentThreadCpuTime() - started) / 1e6;
        ProfileDocument document = new ProfileDocument(data, figures, completeness, BulletinFonts.shared());
        Path out = Files.createDirectories(Path.of("target", "bench", "profiles"));
        List<String> perRound = new ArrayList<>();
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            long thread = threads.getCurrentThreadCpuTime();
            long process = os.getProcessCpuTime();
            bytes = 0;
            for (int i = 0; i < count; i++) {
                District d = figures.districts().get(i);
                ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 << 10);
                document.write(d, fingerprints.get(i), pdf);
                bytes += pdf.size();
                if (round == rounds - 1) {
                    Files.write(out.resolve(ProfileDocuments.fileName(d.code(), data.year())), pdf.toByteArray());
                }
            }
            perRound.add(String.format(Locale.ROOT, "%.1f/%.1f", (threads.getCurrentThreadCpuTime() - thread) / 1e6 / count,
                    (os.getProcessCpuTime() - process) / 1e6 / count));
        }
        System.out.printf(Locale.ROOT, "districts=%d profiles=%d rounds=%d fingerprints_cpu_ms=%.0f (%.2f a district)"
                + " mean_pdf_bytes=%d%n", districts, count, rounds, fingerprintMillis,
                fingerprintMillis / figures.districts().size(), bytes / count);
        System.out.printf(Locale.ROOT, "profile_cpu_ms thread/process per round (first a warm-up): %s%n",
                String.join(" ", perRound));
    }
}
