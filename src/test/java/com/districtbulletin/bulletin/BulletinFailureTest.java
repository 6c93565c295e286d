package com.districtbulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.BulletinTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.util.FileSystemUtils;

/**
 * A character the bundled fonts lack in text that comes from the input (here a district's name in
 * the registry) no longer fails the run (issue 14): the bulletin prints a stand-in (〓) for it and
 * the CSV outputs keep the exact text. The product's own text is still checked strictly
 * ({@link BulletinFontsTest}).
 */
class BulletinFailureTest extends BulletinTestBase {

    @Test
    void aMissingGlyphInARegistryNameIsPrintedAsAStandIn() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        Path registry = input.resolve("districts.csv");
        String renamed = Files.readString(registry, StandardCharsets.UTF_8).replace("柳林区", "ꀀ林区");
        Files.writeString(registry, renamed, StandardCharsets.UTF_8);

        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        try (PdfReading read = new PdfReading(output.resolve("2024/bulletin-2024.pdf"))) {
            assertThat(read.all()).contains("〓林区").doesNotContain("ꀀ");
        }
        assertThat(Files.readString(output.resolve("2024/statistics.csv"), StandardCharsets.UTF_8)).contains("ꀀ林区");
    }
}
