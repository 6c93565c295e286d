package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.support.InputFiles;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher ({@code jobs/nightly.sh} through {@code jobs/run-bulletin.sh}) with an env
 * file, as cron runs it: a failed run's notice is in Chinese, carries the sentence the program
 * printed or logged and this run's own log lines only — never the earlier runs' lines of the same
 * log — and the hook {@code BULLETIN_ON_FAILURE} gets exactly the text cron mails (standard error).
 */
class LauncherFailureNoticeTest {

    private static final String EARLIER_RUN = "2026-12-06T02:30:09.000Z  INFO 4711 --- [district-bulletin] [main] "
            + "c.d.job.RunSummaryListener               : Run summary: {status=COMPLETED, earlier run}";

    @TempDir
    Path work;

    private Path logs;
    private Path input;

    @BeforeEach
    void anInstalledProductWithAnEarlierSuccessfulRun() throws IOException {
        logs = Files.createDirectories(work.resolve("logs"));
        Files.writeString(logs.resolve("nightly.log"), EARLIER_RUN + "\n" + EARLIER_RUN + "\n");
        input = work.resolve("input");
        new InputFiles(input).registry("420101,甲区,100,1")
                .file("420101_2024_meetings.csv", "meeting_id,meeting_type,meeting_date",
                        List.of("M1,standing_committee,2024-03-01"));
    }

    @Test
    void aRunRefusedBeforeLoggingSendsTheSentenceItPrintedAndNoEarlierLogLine() throws Exception {
        Launched run = nightly("BULLETIN_LOCK_WAIT_SECONDS=ten");

        assertThat(run.status).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(run.notice.lines().findFirst().orElseThrow())
                .startsWith("统计公报夜间任务（nightly）于").contains("运行失败，退出状态 2");
        assertThat(run.notice)
                .contains("程序的说明：\n环境变量 BULLETIN_LOCK_WAIT_SECONDS（即选项 --bulletin.lock-wait-seconds）的值“ten”不可用")
                .contains("本次运行没有写入日志")
                .doesNotContain("COMPLETED", "failed on", "Last lines");
        assertThat(run.hook).isEqualTo(run.notice);
        assertThat(Files.readString(logs.resolve("nightly.notice"), StandardCharsets.UTF_8)).isEqualTo(run.notice);
    }

    @Test
    void aFailedJobSendsItsLoggedSentenceAndOnlyItsOwnLogLines() throws Exception {
        new InputFiles(input).registry("420101,甲区,100,1", "42010,乙区,,");
        Launched run = nightly("BULLETIN_LOCK_WAIT_SECONDS=0");

        assertThat(run.status).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(run.notice)
                .startsWith("统计公报夜间任务（nightly）于")
                .contains("程序的说明：\n任务失败：区划名录 districts.csv 第 3 行")
                .contains("本次运行的日志（" + logs.resolve("nightly.log") + "，最后 30 行，不含异常的调用栈）：")
                .contains("status=FAILED")
                .doesNotContain("COMPLETED", "\tat ");
        assertThat(run.hook).isEqualTo(run.notice);
    }

    private record Launched(int status, String notice, String hook) {
    }

    /** Runs jobs/nightly.sh with an env file holding the installation's folders and these lines. */
    private Launched nightly(String... settings) throws Exception {
        Path envFile = work.resolve("bulletin.env");
        Path hook = work.resolve("hook.txt");
        Files.write(envFile, Stream.concat(Stream.of(
                "BULLETIN_HOME=" + work,
                "BULLETIN_JAR=" + launcherJar(),
                "BULLETIN_LOG_DIR=" + logs,
                "BULLETIN_INPUT=" + input,
                "BULLETIN_OUTPUT=" + work.resolve("output"),
                "BULLETIN_DATA_DIR=" + work.resolve("data"),
                "JAVA_OPTS=-Xmx512m",
                "BULLETIN_ON_FAILURE='cat > " + hook + "'"), Stream.of(settings)).toList());
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("jobs/nightly.sh").toAbsolutePath().toString())
                .redirectOutput(work.resolve("stdout.txt").toFile())
                .redirectError(work.resolve("stderr.txt").toFile());
        builder.environment().put("BULLETIN_ENV", envFile.toString());
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator
                + System.getenv("PATH"));
        builder.environment().remove("INVOCATION_ID"); // as under cron, not systemd
        int status = builder.start().waitFor();
        assertThat(Files.readString(work.resolve("stdout.txt"))).as("the launcher's standard output").isEmpty();
        return new Launched(status, Files.readString(work.resolve("stderr.txt"), StandardCharsets.UTF_8),
                Files.exists(hook) ? Files.readString(hook, StandardCharsets.UTF_8) : "(the hook did not run)");
    }

    /** A jar that only names the test class path and the product's main class: the launcher runs it with java -jar. */
    private Path launcherJar() throws IOException {
        Path jar = work.resolve("app/district-bulletin.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        Files.createDirectories(jar.getParent());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, DistrictBulletinApplication.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Stream.of(classPath.split(File.pathSeparator))
                .map(entry -> Path.of(entry).toUri().toString())
                .collect(Collectors.joining(" ")));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
