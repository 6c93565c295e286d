package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.ProductProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a real JVM, as cron starts it (a C locale, no terminal): the answer is
 * readable UTF-8 Chinese, the status is the process's, and no database appears beside it.
 */
class CommandLineProcessTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path work;

    private ProductProcess start(String... args) throws Exception {
        return ProductProcess.start(work.resolve("out.log"), List.of(),
                List.of(args), Map.of("LC_ALL", "C", "LANG", "C"));
    }

    @Test
    void helpInAFreshJvm() throws Exception {
        ProductProcess help = start("--help", "--bulletin.data-dir=" + work.resolve("data"));
        assertThat(help.awaitExit(TIMEOUT)).as(help.log()).isZero();
        assertThat(help.log()).contains("--bulletin.publication-date=日期", "退出状态")
                .doesNotContain("Starting DistrictBulletinApplication");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void aMisspeltOptionInAFreshJvm() throws Exception {
        ProductProcess refused = start("--bulletin.municiplaity=测试市", "--bulletin.data-dir=" + work.resolve("data"));
        assertThat(refused.awaitExit(TIMEOUT)).as(refused.log()).isEqualTo(ExitCodes.BAD_SETUP);
        assertThat(refused.log().strip())
                .isEqualTo("不认识的选项 --bulletin.municiplaity，您是不是要写 --bulletin.municipality？请改正后重新运行（--help 列出全部选项）。");
        assertThat(work.resolve("data")).doesNotExist();
        assertThat(Files.list(work)).containsExactly(work.resolve("out.log"));
    }
}
