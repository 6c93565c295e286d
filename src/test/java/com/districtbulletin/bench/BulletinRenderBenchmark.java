package com.districtbulletin.bench;

import com.districtbulletin.bulletin.data.BulletinData;
import com.districtbulletin.bulletin.BulletinRenderer;
import com.districtbulletin.bulletin.RenderedBulletin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times the rendering of the bulletin alone (statistics already exist): in-memory statistics for
 * N synthetic districts (default 20), rendered R times (default 5) in one JVM. The fonts are read
 * first and timed apart, as the product reads them while the job's earlier steps run
 * ({@code --no-preload}: the first render reads them). The first render runs in a cold JVM; the
 * others are warm. Prints pages, PDF size and milliseconds, and writes the last bulletin to
 * {@code target/bench/}.
 *
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/classes:target/test-classes:$(cat target/test-classpath.txt) \
 *      com.districtbulletin.bench.BulletinRenderBenchmark 20 5 [--no-preload]
 * </pre>
 */
public final class BulletinRenderBenchmark {

    private BulletinRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int districts = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BulletinData data = SyntheticBulletin.create(districts, 2024, 42);
        boolean preload = !Arrays.asList(args).contains("--no-preload");
        long fontsMillis = 0;
        if (preload) {
            // As in the product, where the fonts are read while the job's earlier steps run.
            long started = System.nanoTime();
            com.districtbulletin.print.BulletinFonts.preload();
            fontsMillis = (System.nanoTime() - started) / 1_000_000;
        }
        BulletinRenderer renderer = new BulletinRenderer();
        long[] millis = new long[runs];
        RenderedBulletin last = null;
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            long startedCpu = mx.getCurrentThreadCpuTime();
            last = renderer.render(data);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            cpu[i] = (mx.getCurrentThreadCpuTime() - startedCpu) / 1_000_000;
        }
        Path out = Files.createDirectories(Path.of("target", "bench"));
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long writing = System.nanoTime();
        long writingCpu = threads.getCurrentThreadCpuTime();
        renderer.write(last, out);
        long writeMillis = (System.nanoTime() - writing) / 1_000_000;
        long writeCpuMillis = (threads.getCurrentThreadCpuTime() - writingCpu) / 1_000_000;
        long[] warm = runs > 1 ? Arrays.copyOfRange(millis, 1, runs) : millis;
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "districts=%d pages=%d pdf_bytes=%d charts=%d%n", districts, last.pages(),
                last.pdf().length, last.charts().size());
        System.out.printf(Locale.ROOT, "font_load_ms=%s render_ms first(cold JVM%s)=%d warm_median=%d warm_max=%d all=%s%n",
                preload ? Long.toString(fontsMillis) : "in first", preload ? ", fonts loaded" : ", fonts not loaded",
                millis[0], warm[warm.length / 2], warm[warm.length - 1], Arrays.toString(millis));
        System.out.printf(Locale.ROOT, "render_cpu_ms (main thread; the PNGs are drawn on another)=%s%n",
                Arrays.toString(cpu));
        System.out.printf(Locale.ROOT, "write_ms=%d write_cpu_ms=%d (PDF, charts, provenance-<year>.csv and, beyond"
                + " %d districts, one profile PDF per district)%n", writeMillis, writeCpuMillis, 30);
    }
}
