package com.districtbulletin.launch;

import com.districtbulletin.text.EditDistance;
import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.DistrictBulletinApplication;
import com.districtbulletin.support.InputFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The command line of contract section 10, in-process: each case's exit status and sentence,
 * and that the embedded database it was pointed at was never created (no Spring context, no
 * connection) when the command needs none or is refused.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineTest {

    @TempDir
    Path work;

    private Path database() {
        return work.resolve("db");
    }

    /** Runs the product on an H2 database under work/db, which must stay absent unless a run starts. */
    private int run(String... more) {
        List<String> args = new ArrayList<>(List.of(more));
        args.add("--spring.datasource.url=jdbc:h2:file:" + database().resolve("bulletin"));
        return DistrictBulletinApplication.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void helpListsTheOptionsWithDefaultsAndTheExitStatuses(String help, CapturedOutput output) {
        assertThat(run("--bulletin.input=" + work.resolve("nowhere"), help)).isZero();
        assertThat(output.getOut())
                .contains("--bulletin.year=年度", "默认：输入文件名中最新的年度")
                .contains("--bulletin.edition=provisional|final", "默认：provisional")
                .contains("--bulletin.issuer=", "BULLETIN_ISSUER", "--bulletin.schema=", "默认：bulletin")
                .contains("--spring.datasource.url=", "SPRING_DATASOURCE_PASSWORD")
                .contains("退出状态", "  3  另一个公报任务正在使用同一数据库")
                .contains("一份带下拉选项的 Excel 工作簿 .xlsx");
        assertThat(output).doesNotContain("Starting DistrictBulletinApplication");
        assertThat(database()).doesNotExist();
    }

    @Test
    void helpConnectsToNoDatabase(CapturedOutput output) {
        int status = DistrictBulletinApplication.run("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "--help");
        assertThat(status).as("an attempt to connect would exit 4").isZero();
        assertThat(output).doesNotContain("无法连接数据库 jdbc:postgresql");
    }

    @Test
    void everyOptionIsInTheHelp(CapturedOutput output) {
        run("--help");
        for (Option option : Options.ALL) {
            assertThat(output.getOut()).contains("--" + option.name()).contains(option.meaning());
        }
    }

    @Test
    void versionPrintsTheBuildsVersion(CapturedOutput output) {
        assertThat(run("--version")).isZero();
        assertThat(output.getOut()).containsPattern("District Bulletin.*\\d+\\.\\d+\\.\\d+");
        assertThat(output).doesNotContain("Starting DistrictBulletinApplication").doesNotContain("Executing step");
        assertThat(database()).doesNotExist();
    }

    @Test
    void aMisspeltOptionIsRefusedWithWhatWasMeant(CapturedOutput output) {
        assertThat(run("--bulletin.yeer=2024")).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output.getErr()).contains("不认识的选项 --bulletin.yeer，您是不是要写 --bulletin.year？");
        assertThat(database()).doesNotExist();
    }

    @Test
    void aShortenedOptionIsRefusedWithItsFullName(CapturedOutput output) {
        assertThat(run("--edition=final")).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output.getErr()).contains("您是不是要写 --bulletin.edition？");
    }

    @Test
    void anOptionNothingLikeAnyOtherIsRefused(CapturedOutput output) {
        assertThat(run("--spring.profiles.active=prod")).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output.getErr()).contains("不认识的选项 --spring.profiles.active。请运行 --help 查看全部选项。");
        assertThat(database()).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bulletin.year=abc|选项 --bulletin.year 的值“abc”不可用，应为由 4 位数字组成的年度",
        "--bulletin.year=24|选项 --bulletin.year 的值“24”不可用",
        "--bulletin.edition=fnial|选项 --bulletin.edition 的值“fnial”不可用，应为初步版 provisional 或正式版 final",
        "--bulletin.publication-date=2025-02-30|选项 --bulletin.publication-date 的值“2025-02-30”不可用，应为形如 2025-01-20 的有效日期（年-月-日）",
        "--bulletin.publication-date=20/01/2025|选项 --bulletin.publication-date 的值“20/01/2025”不可用",
        "--bulletin.lock-wait-seconds=-1|选项 --bulletin.lock-wait-seconds 的值“-1”不可用，应为不小于 0 的整数秒数",
        "--bulletin.schema=Bulletin Data|选项 --bulletin.schema 的值“Bulletin Data”不可用",
        "--bulletin.data-dir=data|选项 --bulletin.data-dir 的值“data”不可用，应为绝对路径",
        "--spring.datasource.url=postgres://host/db|选项 --spring.datasource.url 的值“postgres://host/db”不可用",
        "--logging.level.com.districtbulletin=LOUD|选项 --logging.level.com.districtbulletin 的值“LOUD”不可用",
        "--bulletin.year|选项 --bulletin.year 需要一个值",
        "--version=2|选项 --version 不带值",
        "bulletin.year=2024|“bulletin.year=2024”不是选项",
    })
    void aBadValueIsRefusedBeforeAnythingStarts(String arg, String sentence, CapturedOutput output) {
        assertThat(run("--bulletin.input=" + work, arg)).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output.getErr()).contains(sentence);
        assertThat(output.getErr().strip().lines()).hasSize(1);
        assertThat(output).doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ").doesNotContain("。。");
        assertThat(database()).doesNotExist();
    }

    @Test
    void anOptionGivenTwiceIsRefused(CapturedOutput output) {
        assertThat(run("--bulletin.year=2024", "--bulletin.year=2023")).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output.getErr()).contains("选项 --bulletin.year 写了不止一次");
    }

    @Test
    void aBadValueInTheEnvironmentNamesTheVariable(CapturedOutput output) {
        int status = CommandLineDispatch.run(new String[] {"--bulletin.input=" + work},
                Map.of("BULLETIN_EDITION", "fnial", "BULLETIN_MUNICIPALITY", "示例市"), args -> {
                    throw new AssertionError("the run must not start");
                });
        assertThat(status).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(output.getErr()).contains("环境变量 BULLETIN_EDITION（即选项 --bulletin.edition）的值“fnial”不可用");
    }

    @Test
    void theCommandLineOverridesTheEnvironment() {
        int status = CommandLineDispatch.run(new String[] {"--bulletin.edition=final"},
                Map.of("BULLETIN_EDITION", "fnial"), args -> 42);
        assertThat(status).isEqualTo(42);
    }

    @Test
    void templatesNeedNoDatabase(CapturedOutput output) {
        Path templates = work.resolve("templates");
        assertThat(run("--templates=" + templates)).isZero();
        assertThat(templates.resolve("填报说明.html")).exists();
        assertThat(templates.resolve("districts.csv")).exists();
        assertThat(output.getOut()).contains("已写入填报模板：" + templates.resolve("区划代码_年度_会议.xlsx").toAbsolutePath())
                .doesNotContain("Template written");
        assertThat(output).doesNotContain("Starting DistrictBulletinApplication");
        assertThat(database()).doesNotExist();
    }

    @Test
    void aGoodCommandLineStartsTheRun() {
        Path input = work.resolve("input");
        new InputFiles(input).registry("420101,甲区,100,1")
                .file("420101_2024_meetings.csv", "meeting_id,meeting_type,meeting_date",
                        List.of("M1,standing_committee,2024-03-01"));
        assertThat(run("--bulletin.input=" + input, "--bulletin.output=" + work.resolve("output"),
                "--bulletin.year=2024", "--logging.level.com.districtbulletin=INFO")).isZero();
        assertThat(database()).exists();
    }

    @Test
    void misspellingsAreMatchedByEditDistance() {
        assertThat(EditDistance.between("bulletin.yeer", "bulletin.year")).isEqualTo(1);
        assertThat(Options.closestTo("bulletin.ouptut")).map(Option::name).contains("bulletin.output");
        assertThat(Options.closestTo("bulletin.lock-wait")).map(Option::name).isEmpty();
    }
}
