package com.districtbulletin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.launch.ExitCodes;
import com.districtbulletin.support.IngestTestBase;
import com.districtbulletin.support.ProductProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 23, as an office changes its registry between two nightly runs, in real processes on the
 * embedded database: a registry naming two districts alike stops the run before anything is
 * ingested, naming both lines, codes and the name; a district appended without 设立年份 is warned
 * about on the run's own output, with the years it now shows as 未报送 and how to set its first year.
 */
class RegistryProcessTest {

    private static final String REGISTRY = "code,name,deputies,order\n420115,江夏区,300,1\n420102,江岸区,250,2\n";

    @TempDir
    Path work;

    @Test
    void aDuplicateNameStopsTheRunAndADistrictWithoutItsFirstYearIsWarnedAbout() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        write(input.resolve("districts.csv"), REGISTRY);
        write(input.resolve("420115_2023_meetings.csv"), IngestTestBase.MEETINGS_HEADER + "\n"
                + IngestTestBase.MEETING_ROW.replace("2024-", "2023-") + "\n");
        // the run before, in this JVM: what is under test is the two runs after it
        assertThat(DistrictBulletinApplication.run(arguments(input, "--bulletin.year=2023").toArray(String[]::new)))
                .isEqualTo(ExitCodes.OK);

        // two districts named 江岸区: refused before the new file of 2024 is read
        write(input.resolve("districts.csv"), REGISTRY + "420103,江岸区,,\n");
        write(input.resolve("420115_2024_meetings.csv"), IngestTestBase.MEETINGS_HEADER + "\n"
                + IngestTestBase.MEETING_ROW + "\n");
        ProductProcess duplicate = start("duplicate.log", input, "--bulletin.year=2024");
        assertThat(duplicate.awaitExit()).as(duplicate.log()).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(duplicate.log()).contains("区划名录 districts.csv 第 4 行：名称“江岸区”重复："
                + "第 3 行（区划代码 420102）与本行（区划代码 420103）同名");
        assertThat(work.resolve("output/2024/validation-report.csv")).doesNotExist();
        assertThat(Files.readString(work.resolve("output/2024/run-summary.json"), StandardCharsets.UTF_8))
                .contains("\"status\" : \"FAILED\"").contains("\"accepted\" : 0");

        // the name corrected, but no 设立年份: the new district now shows as 未报送 in 2023 and 2024
        write(input.resolve("districts.csv"), REGISTRY + "420103,汉阳区,,\n");
        ProductProcess added = start("added.log", input, "--bulletin.year=2024");
        assertThat(added.awaitExit()).as(added.log()).isEqualTo(ExitCodes.OK);
        String warning = "区划名录新增的 420103 汉阳区 没有填写设立年份，因此它在2023、2024年的公报和统计中都列为未报送。"
                + "如果它是新设立的区划，请在 districts.csv 的“设立年份”列填写它设立的第一年，再重新运行。";
        assertThat(added.log()).contains("WARN").contains(warning);
        assertThat(Files.readString(work.resolve("output/2024/run-summary.json"), StandardCharsets.UTF_8))
                .contains(warning).contains("新增 420103 汉阳区");
    }

    private ProductProcess start(String log, Path input, String... args) throws Exception {
        return ProductProcess.start(work.resolve(log), List.of(), arguments(input, args), Map.of());
    }

    private List<String> arguments(Path input, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--bulletin.input=" + input,
                "--bulletin.output=" + work.resolve("output"), "--bulletin.data-dir=" + work.resolve("data")));
        all.addAll(List.of(args));
        return all;
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
