package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.H2Database;
import com.districtbulletin.support.PostgresDatabase;
import com.districtbulletin.support.ProductProcess;
import com.districtbulletin.support.SampleInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Two runs started at once on one database: exactly one works. */
@Tag("database")
class RunLockTest {

    private static final String DATABASE = System.getProperty("bulletin.test.db", "h2");

    @TempDir
    Path work;

    @Test
    void aSecondRunExitsWithAClearMessageWhileTheFirstWorks() throws Exception {
        Path input = work.resolve("input");
        SampleInput.copyOneDistrictTo(input);
        String url = DATABASE.equals("postgres") ? PostgresDatabase.create() : H2Database.create();
        ProductProcess first = ProductProcess.start(work.resolve("first.log"),
                List.of("-Dbulletin.debug.pause-at=statistics"), args(url, input));
        first.awaitLog("PAUSE POINT statistics reached");

        ProductProcess second = ProductProcess.start(work.resolve("second.log"), List.of(), args(url, input));
        int status = second.awaitExit();
        first.kill();

        assertThat(status).as(second.log()).isEqualTo(ExitCodes.LOCKED);
        assertThat(second.log()).containsAnyOf("另一个公报任务正在使用同一数据库运行", "正被另一个进程使用");
    }

    /** On PostgreSQL the lock is the server's: a waiting run proceeds once the holder dies, and finishes its work. */
    @Test
    @EnabledIfSystemProperty(named = "bulletin.test.db", matches = "postgres")
    void aSecondRunCanWaitForTheLock() throws Exception {
        Path input = work.resolve("input");
        SampleInput.copyOneDistrictTo(input);
        String url = PostgresDatabase.create();
        ProductProcess first = ProductProcess.start(work.resolve("first.log"),
                List.of("-Dbulletin.debug.pause-at=statistics"), args(url, input));
        first.awaitLog("PAUSE POINT statistics reached");

        List<String> waiting = args(url, input);
        waiting.add("--bulletin.lock-wait-seconds=120");
        ProductProcess second = ProductProcess.start(work.resolve("second.log"), List.of(), waiting);
        second.awaitLog("Another run holds the run lock of this database; waiting up to 120 s");
        assertThat(second.log()).doesNotContain("Executing step");
        first.kill();

        assertThat(second.awaitExit()).as(second.log()).isZero();
        assertThat(second.log()).contains("Recovering job execution");
    }

    private List<String> args(String url, Path input) {
        List<String> args = new ArrayList<>(List.of("--bulletin.year=2024", "--bulletin.input=" + input,
                "--bulletin.output=" + work.resolve("output"), "--spring.datasource.url=" + url));
        if (DATABASE.equals("postgres")) {
            args.add("--spring.datasource.username=" + PostgresDatabase.USER);
            args.add("--spring.datasource.password=");
        }
        return args;
    }
}
