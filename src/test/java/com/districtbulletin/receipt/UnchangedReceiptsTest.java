package com.districtbulletin.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.job.RunParameters;
import com.districtbulletin.support.IngestTestBase;
import com.districtbulletin.support.PdfText;
import com.districtbulletin.support.WrittenFilesSnapshot;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Issue 21: a district's receipt and problems file are rewritten only when what they show changed;
 * the others keep their bytes and modification time, and the run summary counts both. Three
 * districts send meetings: 420115 江夏区 one, 420102 江岸区 two, 420103 硚口区 four, so on each
 * meetings metric 硚口区 ranks first, 江岸区 second and 江夏区 third (and their rates per deputy
 * rank alike).
 */
@Tag("database")
class UnchangedReceiptsTest extends IngestTestBase {

    private static final String THREE_DISTRICTS = """
            code,name,deputies,order
            420115,江夏区,300,1
            420102,江岸区,250,2
            420103,硚口区,100,3
            """;

    private static final String JIANGXIA = "districts/420115/receipt-420115-2024.pdf";
    private static final String JIANGAN = "districts/420102/receipt-420102-2024.pdf";
    private static final String QIAOKOU = "districts/420103/receipt-420103-2024.pdf";

    @BeforeEach
    void threeDistrictsSendMeetings() throws Exception {
        write("districts.csv", THREE_DISTRICTS);
        meetings("420115", 2024, 1, "预算调整");
        meetings("420102", 2024, 2, "预算调整");
        meetings("420103", 2024, 4, "预算调整");
    }

    private void meetings(String code, int year, int count, String topic) throws Exception {
        List<String> rows = new ArrayList<>(List.of(MEETINGS_HEADER));
        for (int i = 1; i <= count; i++) {
            rows.add(MEETING_ROW.replace("HY-01", "HY-0" + i).replace("2024-", year + "-").replace("预算调整", topic));
        }
        write(code + "_" + year + "_meetings.csv", lines(rows.toArray(String[]::new)));
    }

    private Path districts(int year) {
        return output.resolve(Integer.toString(year));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Integer>> documentCounts(int year) throws Exception {
        Map<?, ?> summary = new ObjectMapper().readValue(districts(year).resolve("run-summary.json").toFile(), Map.class);
        return (Map<String, Map<String, Integer>>) summary.get("documents");
    }

    private static Map<String, Integer> counted(int written, int unchanged) {
        return Map.of("written", written, "unchanged", unchanged);
    }

    @Test
    void aSecondRunWithNothingChangedWritesNoReceiptNorProblemsFile() throws Exception {
        run(2024);
        assertThat(documentCounts(2024).get("receipt")).isEqualTo(counted(3, 0));
        WrittenFilesSnapshot before = WrittenFilesSnapshot.of(districts(2024).resolve("districts"));
        assertThat(before.names()).as("a receipt, a problems file and a profile for each district").hasSize(9);

        run(2024);

        assertThat(before.changedSince()).as("bytes and modification times").isEmpty();
        assertThat(documentCounts(2024)).containsEntry("receipt", counted(0, 3)).containsEntry("problems", counted(0, 3));
    }

    @Test
    void aReceiptDeletedOrEditedSinceIsWrittenAgain() throws Exception {
        run(2024);
        Path receipt = districts(2024).resolve(JIANGXIA);
        byte[] written = java.nio.file.Files.readAllBytes(receipt);
        java.nio.file.Files.write(receipt, "edited".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.file.Files.delete(districts(2024).resolve("districts/420102/problems-420102-2024.csv"));

        run(2024);

        assertThat(receipt).hasBinaryContent(written);
        assertThat(districts(2024).resolve("districts/420102/problems-420102-2024.csv")).exists();
        assertThat(documentCounts(2024)).containsEntry("receipt", counted(1, 2)).containsEntry("problems", counted(1, 2));
    }

    @Test
    void aChangedFileRewritesItsDistrictsReceiptAndThoseWhoseRankMoved() throws Exception {
        run(2024);
        WrittenFilesSnapshot before = WrittenFilesSnapshot.of(districts(2024));

        // 江夏区 now has three meetings: second on every meetings metric, 江岸区 third, 硚口区 still first of three
        meetings("420115", 2024, 3, "预算调整");
        run(2024);

        assertThat(before.changedSince()).filteredOn(f -> f.startsWith("districts/") && !isProfile(f))
                .as("江夏区's own receipt (its new version and figures) and 江岸区's (its ranks moved from 2nd to 3rd);"
                        + " 硚口区's ranks, values and ranked counts did not move; no problems file changed")
                .containsExactlyInAnyOrder(JIANGXIA, JIANGAN);
        assertThat(documentCounts(2024)).containsEntry("receipt", counted(2, 1)).containsEntry("problems", counted(0, 3));
        assertThat(receipt(2024, "420102")).contains("第3位/3");
        assertThat(receipt(2024, "420115")).contains("第2位/3");

        // the same figures in a file written anew (another topic): only 江夏区's receipt lists the new version
        WrittenFilesSnapshot again = WrittenFilesSnapshot.of(districts(2024));
        meetings("420115", 2024, 3, "人事任免");
        run(2024);
        assertThat(again.changedSince()).filteredOn(f -> f.startsWith("districts/")).as("no profile either")
                .containsExactly(JIANGXIA);
    }

    @Test
    void aRowProblemRewritesTheProblemsFileOfItsDistrictOnly() throws Exception {
        run(2024);
        WrittenFilesSnapshot before = WrittenFilesSnapshot.of(districts(2024).resolve("districts"));

        write("420103_2024_meetings.csv", lines(MEETINGS_HEADER, MEETING_ROW, MEETING_ROW.replace("HY-01", "HY-02"),
                MEETING_ROW.replace("HY-01", "HY-03"), MEETING_ROW.replace("HY-01", "HY-04"),
                MEETING_ROW.replace("HY-01", "HY-05").replace("2024-03-05", "2024-13-05")));
        run(2024);

        // every profile prints the municipal figures, which are now partial: UnchangedProfilesTest's part
        assertThat(before.changedSince()).filteredOn(f -> !isProfile(f))
                .containsExactlyInAnyOrder("420103/problems-420103-2024.csv", "420103/receipt-420103-2024.pdf");
    }

    @Test
    void aRegistryChangeRewritesTheReceiptsThatPrintIt() throws Exception {
        run(2024);
        WrittenFilesSnapshot before = WrittenFilesSnapshot.of(districts(2024).resolve("districts"));

        write("districts.csv", THREE_DISTRICTS.replace("硚口区", "硚口新区"));
        run(2024);

        assertThat(before.changedSince()).as("the name is printed in 硚口区's receipt and profile only")
                .containsExactlyInAnyOrder("420103/receipt-420103-2024.pdf", "420103/profile-420103-2024.pdf");
        assertThat(receipt(2024, "420103")).contains("硚口新区");
    }

    @Test
    void aPendingVersionOfAClosedYearRewritesOnlyItsDistrictsReceipt() throws Exception {
        meetings("420115", 2023, 1, "预算调整");
        meetings("420102", 2023, 2, "预算调整");
        meetings("420103", 2023, 4, "预算调整");
        run(2023, Edition.FINAL);
        WrittenFilesSnapshot closed = WrittenFilesSnapshot.of(districts(2023));

        meetings("420115", 2023, 3, "预算调整");
        run(2024, Edition.PROVISIONAL);

        assertThat(closed.changedSince()).filteredOn(f -> f.startsWith("districts/"))
                .as("the pending version is listed on 江夏区's receipt; no published figure or rank moved")
                .containsExactly("districts/420115/receipt-420115-2023.pdf");
        assertThat(receipt(2023, "420115")).as("the new version's state, after the first, in force")
                .containsPattern("现行有效.*420115_2023_meetings.csv待修订发布");
    }

    private static boolean isProfile(String file) {
        return file.contains("/profile-");
    }

    private String receipt(int year, String code) throws Exception {
        return PdfText.of(districts(year).resolve("districts").resolve(code)
                .resolve("receipt-" + code + "-" + year + ".pdf")).replaceAll("\\s+", "");
    }

    private void run(int year, Edition edition) throws Exception {
        JobExecution execution = launcher.run(new RunParameters(year, input, output, edition));
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
    }

}
