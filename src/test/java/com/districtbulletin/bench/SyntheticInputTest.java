package com.districtbulletin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.SubmissionRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's province drop, read back through the product's decoding: every dataset of every district. */
class SyntheticInputTest {

    /** The synthetic province sends contract v2's eleven datasets (v3's service_tasks it does not). */
    private static final List<Dataset> V2_DATASETS = java.util.Arrays.stream(Dataset.values())
            .filter(d -> !d.declaration().isAddedInV3()).toList();


    @TempDir
    Path out;

    @Test
    void theProvinceHasTheElevenDatasetsOfEveryDistrictAndActivitiesNameTheDistrictsStations() throws Exception {
        SyntheticInput.main(new String[] {out.toString(), "--parts", "province", "--districts", "4"});
        Path province = out.resolve("province/input");
        assertThat(out.resolve("big")).doesNotExist();

        List<List<String>> registry = read(province.resolve("districts.csv"));
        assertThat(registry.get(0)).containsExactly("区划代码", "名称", "代表人数", "排序", "各级代表人数");
        assertThat(registry).hasSize(5);

        Map<String, Map<Dataset, Path>> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(province)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".csv") && !p.endsWith("districts.csv")).toList()) {
                String[] parts = file.getFileName().toString().replace(".csv", "").split("_", 3);
                assertThat(parts[1]).isEqualTo("2024");
                files.computeIfAbsent(parts[0], k -> new HashMap<>()).put(Dataset.named(parts[2]).orElseThrow(), file);
            }
        }
        assertThat(files).hasSize(4);
        for (Map.Entry<String, Map<Dataset, Path>> district : files.entrySet()) {
            assertThat(district.getValue().keySet()).as(district.getKey()).containsExactlyInAnyOrderElementsOf(V2_DATASETS);
            Set<String> stations = new HashSet<>(column(district.getValue().get(Dataset.STATIONS), "station_id"));
            List<String> named = column(district.getValue().get(Dataset.DEPUTY_ACTIVITIES), "station_id").stream()
                    .filter(s -> !s.isEmpty()).toList();
            assertThat(named).as("activities at stations").isNotEmpty();
            assertThat(stations).as("the district's stations").containsAll(named);
        }
        List<Path> merged;
        try (Stream<Path> all = Files.list(out.resolve("province-merged/input"))) {
            merged = all.filter(p -> !p.endsWith("districts.csv")).toList();
        }
        assertThat(merged.size() % V2_DATASETS.size()).as("one file per dataset and way of writing").isZero();
        assertThat(rows(merged)).as("the merged twin has the same rows")
                .isEqualTo(rows(files.values().stream().flatMap(d -> d.values().stream()).toList()));
    }

    private static long rows(List<Path> files) throws Exception {
        long rows = 0;
        for (Path file : files) {
            rows += read(file).size() - 1;
        }
        return rows;
    }

    /** The cells of a column named in English or Chinese, below the header. */
    private static List<String> column(Path file, String name) throws Exception {
        List<List<String>> rows = read(file);
        Dataset dataset = Dataset.named(file.getFileName().toString().split("_", 3)[2].replace(".csv", ""))
                .orElseThrow();
        String alias = dataset.columnNamed(name).alias();
        int index = rows.get(0).indexOf(rows.get(0).contains(name) ? name : alias);
        return rows.subList(1, rows.size()).stream().map(r -> r.get(index)).toList();
    }

    private static List<List<String>> read(Path file) throws Exception {
        SubmissionFile submission = SubmissionFile.inspect(file);
        List<List<String>> rows = new ArrayList<>();
        try (SubmissionRecords records = submission.records()) {
            records.forEachRemaining(r -> rows.add(r.cells()));
        }
        return rows;
    }
}
