package com.districtbulletin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.support.IngestTestBase;
import com.districtbulletin.support.PdfText;
import com.districtbulletin.support.WrittenFilesSnapshot;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a district's profile (written apart beyond 30 districts) is rewritten only when what
 * it prints changed: its own figures and ranks, or what every profile prints alike — the municipal
 * figures among them, so a change that moves a municipal figure rewrites every profile. 31
 * districts; three send meetings: 420101 one, 420102 two, 420103 four.
 */
class UnchangedProfilesTest extends IngestTestBase {

    private static final int DISTRICTS = 31;

    @BeforeEach
    void thirtyOneDistrictsThreeSendMeetings() throws Exception {
        StringBuilder registry = new StringBuilder("code,name,deputies,order\n");
        for (int i = 1; i <= DISTRICTS; i++) {
            int deputies = i == 1 ? 300 : i == 2 ? 250 : i == 3 ? 100 : 200;
            registry.append(code(i)).append(",测试").append(i).append("区,").append(deputies).append(',').append(i)
                    .append('\n');
        }
        write("districts.csv", registry.toString());
        meetings(code(1), 1, "预算调整");
        meetings(code(2), 2, "预算调整");
        meetings(code(3), 4, "预算调整");
    }

    private static String code(int i) {
        return String.format("4201%02d", i);
    }

    private static String profile(String code) {
        return "districts/" + code + "/profile-" + code + "-2024.pdf";
    }

    private void meetings(String code, int count, String topic) throws Exception {
        List<String> rows = new ArrayList<>(List.of(MEETINGS_HEADER));
        for (int i = 1; i <= count; i++) {
            rows.add(MEETING_ROW.replace("HY-01", "HY-0" + i).replace("预算调整", topic));
        }
        write(code + "_2024_meetings.csv", lines(rows.toArray(String[]::new)));
    }

    private Path year() {
        return output.resolve("2024");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> profileCounts() throws Exception {
        Map<?, ?> summary = new ObjectMapper().readValue(year().resolve("run-summary.json").toFile(), Map.class);
        return (Map<String, Object>) ((Map<String, Object>) summary.get("documents")).get("profile");
    }

    @Test
    void onlyTheProfilesWhoseFiguresMovedAreRewritten() throws Exception {
        run(2024);
        assertThat(profileCounts()).isEqualTo(Map.of("written", DISTRICTS, "unchanged", 0));
        WrittenFilesSnapshot first = WrittenFilesSnapshot.of(year().resolve("districts"));
        assertThat(first.names()).filteredOn(n -> n.contains("profile-")).hasSize(DISTRICTS);

        // nothing changed: nothing published, nothing written
        run(2024);
        assertThat(first.changedSince()).isEmpty();

        // the same figures in a file written anew: a new edition, the same profiles
        meetings(code(1), 1, "人事任免");
        run(2024);
        assertThat(profileCounts()).isEqualTo(Map.of("written", 0, "unchanged", DISTRICTS));
        assertThat(first.changedSince()).containsExactly(code(1) + "/receipt-" + code(1) + "-2024.pdf");

        // 420101 and 420102 swap their counts: the municipal figures stay, their own values and ranks
        // move (420101 third → second, 420102 second → third); 420103 stays first, the others have none
        WrittenFilesSnapshot second = WrittenFilesSnapshot.of(year());
        meetings(code(1), 2, "人事任免");
        meetings(code(2), 1, "预算调整");
        run(2024);
        assertThat(second.changedSince()).filteredOn(n -> n.startsWith("districts/"))
                .containsExactlyInAnyOrder(profile(code(1)), profile(code(2)),
                        "districts/420101/receipt-420101-2024.pdf", "districts/420102/receipt-420102-2024.pdf");
        assertThat(profileCounts()).isEqualTo(Map.of("written", 2, "unchanged", DISTRICTS - 2));
        assertThat(text(code(1))).as("value, municipal value, rank").contains("常委会会议（次）272/3");
        assertThat(text(code(2))).contains("常委会会议（次）173/3");

        // one more meeting for 420103: the municipal figures move, and every profile prints them
        WrittenFilesSnapshot third = WrittenFilesSnapshot.of(year().resolve("districts"));
        meetings(code(3), 5, "预算调整");
        run(2024);
        assertThat(third.changedSince()).filteredOn(n -> n.contains("profile-")).hasSize(DISTRICTS);
        assertThat(third.changedSince()).filteredOn(n -> n.contains("receipt-"))
                .as("receipts print no municipal figure: only 420103's changed (its values; no rank moved)")
                .containsExactly("420103/receipt-420103-2024.pdf");

        // a district renamed in the registry: its profile and receipt only
        WrittenFilesSnapshot fourth = WrittenFilesSnapshot.of(year().resolve("districts"));
        write("districts.csv", java.nio.file.Files.readString(input.resolve("districts.csv"))
                .replace("测试20区", "测试二十区"));
        run(2024);
        assertThat(fourth.changedSince()).containsExactlyInAnyOrder("420120/profile-420120-2024.pdf",
                "420120/receipt-420120-2024.pdf");
    }

    private String text(String code) throws Exception {
        return PdfText.of(year().resolve(profile(code))).replaceAll("\\s+", "");
    }
}
