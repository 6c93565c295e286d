package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.InputFiles;
import com.districtbulletin.support.ProductProcess;
import com.districtbulletin.text.Chinese;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a real JVM, as cron starts it (a C locale, no terminal): the answer is
 * readable UTF-8 Chinese, the status is the process's, and no database appears beside it. A run
 * whose set-up is wrong is refused before Spring starts: its whole output is the one sentence
 * (no log line of Spring, Flyway or the job), and it leaves no folder and no database file.
 */
class CommandLineProcessTest {


    @TempDir
    Path work;

    private ProductProcess start(String... args) throws Exception {
        return ProductProcess.start(work.resolve("out.log"), List.of(),
                List.of(args), Map.of("LC_ALL", "C", "LANG", "C"));
    }

    /** Started in {@code work/elsewhere} with the default data folder {@code ./data} and output {@code ./output}. */
    private ProductProcess startElsewhere(String... args) throws Exception {
        Files.createDirectories(work.resolve("elsewhere"));
        return ProductProcess.startIn(work.resolve("elsewhere"), work.resolve("out.log"), List.of(),
                List.of(args), Map.of("LC_ALL", "C", "LANG", "C"));
    }

    private Path inputWithRegistry() throws Exception {
        Path input = work.resolve("input");
        new InputFiles(input).registry("420101,甲区,100,1")
                .file("420101_2024_meetings.csv", "meeting_id,meeting_type,meeting_date",
                        List.of("M1,standing_committee,2024-03-01"));
        return input;
    }

    private void assertRefusedBeforeSpring(ProductProcess refused, String sentence) throws Exception {
        assertThat(refused.awaitExit()).as(refused.log()).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(refused.log().strip()).as("the whole output: no line of Spring, Flyway or the job").isEqualTo(sentence);
        try (Stream<Path> left = Files.list(work.resolve("elsewhere"))) {
            assertThat(left).as("no data/, no output/").isEmpty();
        }
    }

    @Test
    void openYearsWithTheFinalEditionAreRefusedBeforeSpring() throws Exception {
        ProductProcess refused = startElsewhere("--bulletin.year=open", "--bulletin.edition=final",
                "--bulletin.input=" + inputWithRegistry());
        assertRefusedBeforeSpring(refused, Chinese.text("run.finalNeedsYear"));
    }

    @Test
    void aMissingInputFolderIsRefusedBeforeSpring() throws Exception {
        Path nowhere = work.resolve("nowhere");
        ProductProcess refused = startElsewhere("--bulletin.input=" + nowhere);
        assertRefusedBeforeSpring(refused, Chinese.text("run.inputMissing", nowhere));
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void aYearWithoutFilesAndWithoutADatabaseIsRefusedBeforeSpring() throws Exception {
        ProductProcess refused = startElsewhere("--bulletin.year=1999", "--bulletin.input=" + inputWithRegistry());
        assertRefusedBeforeSpring(refused, Chinese.text("run.noDataForYear", 1999));
    }

    @Test
    void helpInAFreshJvm() throws Exception {
        ProductProcess help = start("--help", "--bulletin.data-dir=" + work.resolve("data"));
        assertThat(help.awaitExit()).as(help.log()).isZero();
        assertThat(help.log()).contains("--bulletin.publication-date=日期", "退出状态")
                .doesNotContain("Starting DistrictBulletinApplication");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void aMisspeltOptionInAFreshJvm() throws Exception {
        ProductProcess refused = start("--bulletin.municiplaity=测试市", "--bulletin.data-dir=" + work.resolve("data"));
        assertThat(refused.awaitExit()).as(refused.log()).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(refused.log().strip())
                .isEqualTo("不认识的选项 --bulletin.municiplaity，您是不是要写 --bulletin.municipality？请改正后重新运行（--help 列出全部选项）。");
        assertThat(work.resolve("data")).doesNotExist();
        assertThat(Files.list(work)).containsExactly(work.resolve("out.log"));
    }
}
