package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.support.H2Database;
import com.districtbulletin.support.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Each way a run cannot start: its exit status and the one sentence that says what to do. */
@ExtendWith(OutputCaptureExtension.class)
class ClearFailuresTest {

    @TempDir
    Path work;

    private int run(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + H2Database.create(),
                "--bulletin.output=" + work.resolve("output")));
        args.addAll(List.of(more));
        return DistrictBulletinApplication.run(args.toArray(String[]::new));
    }

    private Path inputWithRegistry() {
        Path input = work.resolve("input");
        new InputFiles(input).registry("420101,甲区,100,1")
                .file("420101_2024_meetings.csv", "meeting_id,meeting_type,meeting_date",
                        List.of("M1,standing_committee,2024-03-01"));
        return input;
    }

    @Test
    void inputFolderMissing(CapturedOutput output) {
        assertThat(run("--bulletin.input=" + work.resolve("nowhere"))).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output).contains("输入目录").contains("nowhere").contains("不存在");
        assertThat(output).doesNotContain("\tat org.");
    }

    @Test
    void noRegistry(CapturedOutput output) throws Exception {
        Path input = inputWithRegistry();
        Files.delete(input.resolve("districts.csv"));
        assertThat(run("--bulletin.input=" + input)).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output).contains("没有区划名录 districts.csv");
    }

    @Test
    void outputFolderNotWritable(CapturedOutput output) throws Exception {
        Path input = inputWithRegistry();
        Path notAFolder = Files.writeString(work.resolve("output-is-a-file"), "x");
        assertThat(DistrictBulletinApplication.run("--spring.datasource.url=" + H2Database.create(),
                "--bulletin.input=" + input, "--bulletin.output=" + notAFolder)).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output).contains("无法写入输出目录").contains("（该位置已有同名的文件）")
                .doesNotContain("Exception）");
    }

    @Test
    void yearWithNoData(CapturedOutput output) {
        assertThat(run("--bulletin.input=" + inputWithRegistry(), "--bulletin.year=2031"))
                .isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output).contains("2031 年既没有报送文件");
    }

    /** With a database, a year the input folder has no file for is asked of it (a restored database holds years). */
    @Test
    void yearWithNoDataInAnExistingDatabase(CapturedOutput output) {
        String database = "--spring.datasource.url=" + H2Database.create();
        String input = "--bulletin.input=" + inputWithRegistry();
        String folder = "--bulletin.output=" + work.resolve("output");
        assertThat(DistrictBulletinApplication.run(database, input, folder)).isEqualTo(ExitCodes.OK);
        assertThat(DistrictBulletinApplication.run(database, input, folder, "--bulletin.year=2031"))
                .isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output).contains("2031 年既没有报送文件");
        assertThat(work.resolve("output/2031")).doesNotExist();
    }

    @Test
    void databaseUnreachable(CapturedOutput output) {
        int status = DistrictBulletinApplication.run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                "--spring.datasource.username=postgres", "--bulletin.input=" + inputWithRegistry(),
                "--bulletin.output=" + work.resolve("output"));
        assertThat(status).isEqualTo(ExitCodes.NO_DATABASE);
        // the driver's English stays in the log's detail line, not in the sentence
        assertThat(output).contains("无法连接数据库 jdbc:postgresql://127.0.0.1:1/none：连接被拒绝");
        assertThat(output.toString().lines().filter(line -> line.contains("无法连接数据库")))
                .singleElement().asString().doesNotContain("Connection to", "refused.", "Check that");
        assertThat(output).doesNotContain("\tat org.");
    }

    @Test
    void anInvalidRegistryFailsTheJobNamingTheLine(CapturedOutput output) throws Exception {
        Path input = inputWithRegistry();
        new InputFiles(input).registry("420101,甲区,100,1", "42010,乙区,,");
        assertThat(run("--bulletin.input=" + input)).isEqualTo(ExitCodes.JOB_FAILED);
        assertThat(output).contains("区划名录 districts.csv 第 3 行").contains("应为6位数字");
    }

    @Test
    void aGoodRunExitsZero() {
        assertThat(run("--bulletin.input=" + inputWithRegistry())).isEqualTo(ExitCodes.OK);
        assertThat(work.resolve("output/2024/run-summary.json")).exists();
    }
}
