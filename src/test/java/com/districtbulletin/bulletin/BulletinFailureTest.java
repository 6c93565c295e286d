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
import org.springframework.util.FileSystemUtils;

/** A character the bundled fonts lack fails the run loudly, and leaves the last good bulletin whole. */
class BulletinFailureTest extends BulletinTestBase {

    @Test
    void aMissingGlyphFailsTheRunAndKeepsThePreviousBulletin() throws Exception {
        FileSystemUtils.copyRecursively(Path.of("input"), input);
        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path pdf = output.resolve("2024/bulletin-2024.pdf");
        byte[] good = Files.readAllBytes(pdf);

        Path registry = input.resolve("districts.csv");
        String renamed = Files.readString(registry, StandardCharsets.UTF_8).replace("柳林区", "ꀀ林区");
        Files.writeString(registry, renamed, StandardCharsets.UTF_8);
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
