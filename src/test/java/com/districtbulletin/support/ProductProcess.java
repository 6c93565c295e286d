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

    /** Waits until the log shows {@code text}; fails if the process ends first or time runs out. */
    public void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(text)) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("The process ended (status " + process.exitValue() + ") before logging '"
                        + text + "':\n" + log());
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out waiting for '" + text + "':\n" + log());
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The process did not end in " + timeout);
        }
        return process.exitValue();
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
