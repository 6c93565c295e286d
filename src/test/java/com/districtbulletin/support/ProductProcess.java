package com.districtbulletin.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product run as its own operating-system process, as cron runs it — so that a test can
 * kill it with SIGKILL, or run two at once. Its output goes to a log file the test can read.
 */
public final class ProductProcess {

    private final Process process;
    private final Path log;

    private ProductProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -cp <test class path> [systemProperties] DistrictBulletinApplication args}. */
    public static ProductProcess start(Path log, List<String> systemProperties, List<String> args) throws IOException {
        return start(log, systemProperties, args, Map.of());
    }

    /** As {@link #start(Path, List, List)}, with these variables added to the process's environment. */
    public static ProductProcess start(Path log, List<String> systemProperties, List<String> args,
                                       Map<String, String> environment) throws IOException {
        return startIn(null, log, systemProperties, args, environment);
    }

    /** As {@link #start(Path, List, List, Map)}, in the working directory {@code directory} (null: this one). */
    public static ProductProcess startIn(Path directory, Path log, List<String> systemProperties, List<String> args,
                                         Map<String, String> environment) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // C1 only: a test's run is short, and C2's compilations nearly doubled its CPU time on 2 cores;
        // the serial collector: G1's own threads cost a one-district run about 6 % more CPU (5.3 against 5.0 s)
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.addAll(systemProperties);
        command.add("-cp");
        command.add(classPath);
        command.add("com.districtbulletin.DistrictBulletinApplication");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process = builder.start();
        return new ProductProcess(process, log);
    }

    /**
     * Waits until the log shows {@code text}; fails if the process ends first, or when it has
     * stalled: written nothing for {@link #STALLED}. A loaded machine only slows it down, so there
     * is no limit on the time it takes while it makes progress.
     */
    public void awaitLog(String text) throws IOException, InterruptedException {
        Progress progress = new Progress();
        while (!log().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("The process ended (status " + process.exitValue() + ") before logging '"
                        + text + "':\n" + log());
            }
            progress.check("logging '" + text + "'");
            process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits for the process to end, as long as it makes progress (see {@link #awaitLog}); returns its status. */
    public int awaitExit() throws IOException, InterruptedException {
        Progress progress = new Progress();
        while (!process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
            progress.check("ending");
        }
        return process.exitValue();
    }

    /** How long a run may write nothing before it counts as stuck: far beyond any quiet stretch of a run. */
    private static final Duration STALLED = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofMillis(200);

    /** The log's growth: the process is stuck when its log has not changed for {@link #STALLED}. */
    private final class Progress {

        private long size = -1;
        private long since = System.nanoTime();

        void check(String awaited) throws IOException {
            long now = Files.exists(log) ? Files.size(log) : 0;
            if (now != size) {
                size = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since > STALLED.toNanos()) {
                process.destroyForcibly();
                throw new AssertionError("The process wrote nothing for " + STALLED + " while " + awaited + ":\n"
                        + log());
            }
        }
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
