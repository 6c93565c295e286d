package com.districtbulletin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.ProductProcess;
import com.districtbulletin.support.SampleInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings an office keeps in bulletin.env reach the product as the launchers export them:
 * a real process, configured by its environment alone, no option on its command line.
 */
class EnvironmentSettingsTest {

    @TempDir
    Path work;

    @Test
    void everySettingCanComeFromTheEnvironment() throws Exception {
        Path input = work.resolve("input");
        SampleInput.copyOneDistrictTo(input);
        Path data = work.resolve("state/data");
        ProductProcess run = ProductProcess.start(work.resolve("run.log"), List.of(), List.of(), Map.of(
                "BULLETIN_INPUT", input.toString(),
                "BULLETIN_OUTPUT", work.resolve("output").toString(),
                "BULLETIN_DATA_DIR", data.toString(),
                "BULLETIN_YEAR", "2024",
                "BULLETIN_MUNICIPALITY", "测试市",
                "BULLETIN_EDITION", "final",
                "BULLETIN_PUBLICATION_DATE", "2025-01-20",
                "BULLETIN_LOCK_WAIT_SECONDS", "5"));

        assertThat(run.awaitExit()).as(run.log()).isZero();
        assertThat(data.resolve("bulletin.mv.db")).exists();
        String cover;
        try (PDDocument pdf = Loader.loadPDF(work.resolve("output/2024/bulletin-2024.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            cover = stripper.getText(pdf);
        }
        assertThat(cover).contains("测试市").contains("2025年1月20日").contains("正式").doesNotContain("示例市");
    }
}
