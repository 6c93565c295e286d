package com.districtbulletin.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.support.BulletinTestBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;

/** The blank templates, filled in with the example rows of the filling instructions, ingest with no rejection. */
class ClerkTemplatesTest extends BulletinTestBase {

    @Test
    void filledInTemplatesIngestWithZeroRejections() throws Exception {
        Path templates = workDir.resolve("templates");
        ClerkTemplates.write(templates);

        byte[] blank = Files.readAllBytes(templates.resolve("区划代码_年度_会议.csv"));
        assertThat(blank).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(blank, StandardCharsets.UTF_8)).contains("会议编号,会议类型,会议日期");
        String instructions = Files.readString(templates.resolve("填报说明.html"));
        assertThat(instructions).contains("常委会会议（standing_committee）").contains("2024年3月5日").contains("办结日期");

        Files.copy(templates.resolve("districts.csv"), input.resolve("districts.csv"));
        Files.writeString(input.resolve("districts.csv"), "420101,示例区,150,1\r\n", StandardOpenOption.APPEND);
        for (Dataset dataset : Dataset.values()) {
            Path filled = input.resolve("420101_2024_" + dataset.alias() + ".csv");
            Files.copy(templates.resolve(ClerkTemplates.templateName(dataset)), filled);
            Files.writeString(filled, String.join(",", ClerkTemplates.exampleRow(dataset)) + "\r\n",
                    StandardOpenOption.APPEND);
        }

        assertThat(runJob(2024).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(count("SELECT COUNT(*) FROM submission WHERE state = 'in_force'")).isEqualTo(Dataset.values().length);
        assertThat(count("SELECT COUNT(*) FROM problem")).isZero();
        assertThat(count("SELECT SUM(rows_accepted) FROM submission")).isEqualTo(Dataset.values().length);
        assertThat(lines(output.resolve("2024/validation-report.csv"))).hasSize(1);
    }
}
