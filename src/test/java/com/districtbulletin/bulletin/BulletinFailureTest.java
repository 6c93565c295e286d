package com.districtbulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.BulletinTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A character the bundled fonts lack in the product's own text fails the run loudly, and leaves
 * the last good bulletin whole. (Text from the input — a registry name, a file name — is printed
 * with a stand-in instead: issue 14, {@code HostileInputTest}.) The municipality's name is the
 * office's configuration, so it is the product's own text.
 */
@TestPropertySource(properties = "bulletin.municipality=ꀀ市")
class BulletinFailureTest extends BulletinTestBase {

    @Test
    void aMissingGlyphFailsTheRunAndKeepsThePreviousBulletin() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        Path pdf = output.resolve("2024/bulletin-2024.pdf");
        Files.createDirectories(pdf.getParent());
        byte[] good = "%PDF-1.7 the bulletin of the last good run".getBytes(StandardCharsets.US_ASCII);
        Files.write(pdf, good);

        JobExecution failed = runJob(2024);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        String message = failed.getAllFailureExceptions().get(0).getMessage();
        assertThat(message).contains("ꀀ").contains("U+A000").contains("Noto");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(good);
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.map(Path::toString).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
        }
    }
}
