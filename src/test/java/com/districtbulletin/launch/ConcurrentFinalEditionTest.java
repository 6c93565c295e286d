package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.support.PostgresDatabase;
import com.districtbulletin.support.ProductProcess;
import com.districtbulletin.support.SampleInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs publishing the same year's final edition at once on PostgreSQL (issue 10): one
 * publishes it; the other waits for the run lock, then finds nothing pending and says so — or,
 * not waiting, exits with the lock's message. Never a second final edition, never an r1.
 */
@Tag("database")
@EnabledIfSystemProperty(named = "bulletin.test.db", matches = "postgres")
class ConcurrentFinalEditionTest {


    @TempDir
    Path work;

    @Test
    void oneOfTwoSimultaneousYearEndRunsPublishesTheFinalEdition() throws Exception {
        Path input = work.resolve("input");
        SampleInput.copyOneDistrictTo(input);
        String url = PostgresDatabase.create();
        Path output = work.resolve("output");
        // the nightly run has been before, in this JVM (what is under test is the three processes
        // after it): the database is set up and 2023 has a provisional edition
        assertThat(DistrictBulletinApplication.run(args(url, input, output, "--bulletin.year=2023")
                .toArray(String[]::new))).isZero();

        ProductProcess first = ProductProcess.start(work.resolve("first.log"), List.of(),
                args(url, input, output, "--bulletin.year=2023", "--bulletin.edition=final",
                        "--bulletin.lock-wait-seconds=200"));
        ProductProcess second = ProductProcess.start(work.resolve("second.log"), List.of(),
                args(url, input, output, "--bulletin.year=2023", "--bulletin.edition=final",
                        "--bulletin.lock-wait-seconds=200"));
        ProductProcess third = ProductProcess.start(work.resolve("third.log"), List.of(),
                args(url, input, output, "--bulletin.year=2023", "--bulletin.edition=final"));
        int firstStatus = first.awaitExit();
        int secondStatus = second.awaitExit();
        int thirdStatus = third.awaitExit();

        // the two waiting runs both finish; the one that does not wait runs or finds the lock held
        assertThat(firstStatus).as(first.log()).isZero();
        assertThat(secondStatus).as(second.log()).isZero();
        assertThat(thirdStatus).as(third.log()).isIn(ExitCodes.OK, ExitCodes.LOCKED);
        if (thirdStatus == ExitCodes.LOCKED) {
            assertThat(third.log()).contains("另一个公报任务正在使用同一数据库运行");
        }
        // exactly one run published the final edition; every other that ran said there was nothing to revise
        String all = String.join("\n", (first.log() + "\n" + second.log() + "\n" + third.log()).lines()
                .filter(line -> line.contains("SettleEditionsTasklet")).toList());
        assertThat(all).containsOnlyOnce("2023年：发布正式版");
        int ran = thirdStatus == ExitCodes.OK ? 3 : 2;
        assertThat(all.split("本次不发布修订版", -1)).hasSize(ran);
        assertThat(finalEditions(url)).containsExactly("0 published");
        try (Stream<Path> files = Files.list(output.resolve("2023"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.contains("-final")).sorted())
                    .containsExactly("bulletin-2023-final.pdf", "statistics-final.csv");
        }
    }

    private static List<String> finalEditions(String url) throws Exception {
        List<String> editions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, PostgresDatabase.USER, "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT final_revision, state FROM edition WHERE kind = 'final'"
                     + " ORDER BY id")) {
            while (rs.next()) {
                editions.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        return editions;
    }

    private static List<String> args(String url, Path input, Path output, String... more) {
        List<String> args = new ArrayList<>(List.of("--bulletin.input=" + input, "--bulletin.output=" + output,
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + PostgresDatabase.USER,
                "--spring.datasource.password="));
        args.addAll(List.of(more));
        return args;
    }
}
