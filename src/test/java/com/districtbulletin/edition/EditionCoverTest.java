package com.districtbulletin.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.job.RunParameters;
import com.districtbulletin.support.BulletinTestBase;
import com.districtbulletin.support.PdfText;
import com.districtbulletin.support.SampleInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

/**
 * The cover of every edition carries the configured issuing office ({@code --bulletin.issuer}),
 * the final edition's and its revision's included; a revision's cover gives its own date and the
 * date of the final edition it revises.
 */
@TestPropertySource(properties = "bulletin.issuer=示例市人大常委会研究室")
class EditionCoverTest extends BulletinTestBase {

    private static final String ISSUER = "示例市人大常委会研究室";
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");

    @Test
    void everyEditionsCoverNamesTheIssuerAndARevisionsCoverBothDates() throws Exception {
        SampleInput.copyTo(input);
        Path y2023 = output.resolve("2023");

        run(Edition.PROVISIONAL);
        String provisional = cover(y2023.resolve("bulletin-2023.pdf"));
        assertThat(provisional).contains(ISSUER).contains("初步统计").doesNotContain("人大常委会办公厅");

        run(Edition.FINAL);
        String original = cover(y2023.resolve("bulletin-2023-final.pdf"));
        assertThat(original).contains(ISSUER).contains("正式").doesNotContain("修订");
        String originalDate = firstDate(original);

        Files.writeString(input.resolve("990102_2023_meetings.csv"),
                "HY2023-22,常委会会议,2023/12/30,2,1,1,20,补报的常委会会议\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        run(Edition.PROVISIONAL); // the closed year keeps the late file pending
        run(Edition.FINAL);
        String revision = cover(y2023.resolve("bulletin-2023-final-r1.pdf"));
        assertThat(revision).contains(ISSUER).contains(firstDate(revision) + "修订")
                .contains("正式版发布于" + originalDate);
        // the revised provisional file (bulletin-2023.pdf) carries the same cover as the revision
        assertThat(cover(y2023.resolve("bulletin-2023.pdf"))).isEqualTo(revision);
    }

    private void run(Edition edition) throws Exception {
        JobExecution execution = launcher.run(new RunParameters(2023, input, output, edition));
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
    }

    private static String cover(Path pdf) throws Exception {
        return PdfText.pages(pdf).get(0);
    }

    private static String firstDate(String text) {
        Matcher m = DATE.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group();
    }
}
