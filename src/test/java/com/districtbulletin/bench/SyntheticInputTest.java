package com.districtbulletin.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.ingest.FolderCheck;
import com.districtbulletin.registry.District;
import com.districtbulletin.registry.RegistryReader;
import com.districtbulletin.storage.SubmissionStore.ReportedProblem;
import com.districtbulletin.validation.ProblemCode;
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

/**
 * The benchmark's province drop, read back through the product's decoding and checked by the
 * product's own checks ({@code --validate}'s {@link FolderCheck}): the twelve datasets of contract
 * v3 of every district, every row accepted.
 */
class SyntheticInputTest {

    private static final List<Dataset> DATASETS = List.of(Dataset.values());

    /** With {@code --districts 20}, district 4 (index 3) writes no v3 column, district 12 (index 11) leaves some out. */
    private static final String V2_SHAPED = "110104";
    private static final String SOME_LEFT_OUT = "110112";

    @TempDir
    Path out;

    @Test
    void everyFileOfEveryDistrictIsAcceptedWholeByTheProductsChecksAndTheMergedTwinToo() throws Exception {
        SyntheticInput.main(new String[] {out.toString(), "--parts", "province", "--districts", "20", "--spoil", "0"});
        Path province = out.resolve("province/input");
        assertThat(out.resolve("big")).doesNotExist();

        List<District> registry = RegistryReader.read(province.resolve("districts.csv"));
        assertThat(registry).hasSize(20).allSatisfy(d -> assertThat(d.townships()).isBetween(8, 20));
        Map<String, Map<Dataset, Path>> files = files(province);
        assertThat(files).hasSize(20);
        long rows = 0;
        for (Map.Entry<String, Map<Dataset, Path>> district : files.entrySet()) {
            assertThat(district.getValue().keySet()).as(district.getKey()).containsExactlyInAnyOrderElementsOf(DATASETS);
            rows += rows(List.copyOf(district.getValue().values()));
        }
        assertThat(rows).as("rows written").isGreaterThan(20 * 1_000);

        FolderCheck.Result checked = FolderCheck.of(province, registry);
        assertThat(checked.problems()).as("problems of the province").isEmpty();
        assertThat(checked.clean()).isTrue();

        Path merged = out.resolve("province-merged/input");
        FolderCheck.Result mergedChecked = FolderCheck.of(merged, RegistryReader.read(merged.resolve("districts.csv")));
        assertThat(mergedChecked.problems()).as("problems of the merged twin").isEmpty();
    }

    @Test
    void theProvinceHasTheTwelveDatasetsOfEveryDistrictTheV3ColumnsAndValuesAndActivitiesNameTheDistrictsStations()
            throws Exception {
        SyntheticInput.main(new String[] {out.toString(), "--parts", "province", "--districts", "20"});
        Path province = out.resolve("province/input");

        List<List<String>> registryRows = read(province.resolve("districts.csv"));
        assertThat(registryRows.get(0)).containsExactly("区划代码", "名称", "代表人数", "排序", "各级代表人数", "乡镇（街道）数");
        assertThat(registryRows).hasSize(21);
        Map<String, Integer> townships = new HashMap<>();
        RegistryReader.read(province.resolve("districts.csv")).forEach(d -> townships.put(d.code(), d.townships()));

        Map<String, Map<Dataset, Path>> files = files(province);
        assertThat(files).hasSize(20);
        for (Map.Entry<String, Map<Dataset, Path>> district : files.entrySet()) {
            String code = district.getKey();
            Map<Dataset, Path> own = district.getValue();
            assertThat(own.keySet()).as(code).containsExactlyInAnyOrderElementsOf(DATASETS);
            Set<String> stations = new HashSet<>(column(own.get(Dataset.STATIONS), "station_id"));
            List<String> named = column(own.get(Dataset.DEPUTY_ACTIVITIES), "station_id").stream()
                    .filter(s -> !s.isEmpty()).toList();
            assertThat(named).as("activities at stations").isNotEmpty();
            assertThat(stations).as("the district's stations").containsAll(named);
            assertThat(read(own.get(Dataset.SERVICE_TASKS)).size()).as(code + " service tasks").isGreaterThan(20);

            List<Column> v3Columns = own.keySet().stream().filter(d -> d != Dataset.SERVICE_TASKS)
                    .flatMap(d -> d.declaration().columns().stream().filter(Column::isAddedInV3)).toList();
            long present = v3Columns.stream().filter(c -> hasColumn(own, c)).count();
            List<String> activityTypes = column(own.get(Dataset.DEPUTY_ACTIVITIES), "activity_type");
            if (code.equals(V2_SHAPED)) {
                assertThat(present).as(code + ": no v3 column").isZero();
                assertThat(activityTypes).as(code + ": no value added in v3")
                        .doesNotContain("座谈会", "forum", "负责人进站", "officials_at_station");
            } else {
                assertThat(present).as(code + ": v3 columns")
                        .isEqualTo(code.equals(SOME_LEFT_OUT) ? v3Columns.size() - 4 : v3Columns.size());
                assertThat(activityTypes).as(code + ": the values added in v3")
                        .containsAnyOf("座谈会", "forum").containsAnyOf("负责人进站", "officials_at_station");
                Set<String> covered = new HashSet<>(column(own.get(Dataset.STATIONS), "township"));
                covered.remove("");
                assertThat(covered).as(code + ": townships of its stations").isNotEmpty()
                        .hasSizeLessThanOrEqualTo(townships.get(code));
            }
        }
        List<Path> merged;
        try (Stream<Path> all = Files.list(out.resolve("province-merged/input"))) {
            merged = all.filter(p -> !p.endsWith("districts.csv")).toList();
        }
        assertThat(merged.size() % DATASETS.size()).as("one file per dataset and way of writing").isZero();
        assertThat(rows(merged)).as("the merged twin has the same rows")
                .isEqualTo(rows(files.values().stream().flatMap(d -> d.values().stream()).toList()));

        // about one file in fifty has one spoiled row: the product rejects that row, not the file
        List<ReportedProblem> problems = FolderCheck.of(province, RegistryReader.read(province.resolve("districts.csv")))
                .problems();
        assertThat(problems).as("spoiled rows").isNotEmpty()
                .allSatisfy(p -> assertThat(p.problem().code().scope()).isEqualTo(ProblemCode.Scope.ROW));
        assertThat(problems.stream().map(p -> p.problem().file()).distinct()).as("one a file").hasSameSizeAs(problems);
    }

    private static Map<String, Map<Dataset, Path>> files(Path province) throws Exception {
        Map<String, Map<Dataset, Path>> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(province)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".csv") && !p.endsWith("districts.csv")).toList()) {
                String[] parts = file.getFileName().toString().replace(".csv", "").split("_", 3);
                assertThat(parts[1]).isEqualTo("2024");
                files.computeIfAbsent(parts[0], k -> new HashMap<>()).put(Dataset.named(parts[2]).orElseThrow(), file);
            }
        }
        return files;
    }

    private static boolean hasColumn(Map<Dataset, Path> files, Column column) {
        for (Map.Entry<Dataset, Path> file : files.entrySet()) {
            if (file.getKey().declaration().columns().contains(column)) {
                try {
                    List<String> header = read(file.getValue()).get(0);
                    return header.contains(column.name()) || header.contains(column.alias());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
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
