package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.registry.FileDistrict;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.NameRepair;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.text.Chinese;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges every file of the input folder by its name (data contract sections 1, 6 and 7):
 * FILE_TYPE, then FILE_NAME, then UNKNOWN_DISTRICT, then CONFLICTING_FILES (a {@code .csv} and
 * an {@code .xlsx} of one key conflict like any two files of one key). The files left are ingested
 * meetings first, so that appointments can be checked against the meetings of their year.
 */
public final class InputScan {

    private final List<ScannedFile> files;

    private InputScan(List<ScannedFile> files) {
        this.files = files;
    }

    /** For a registry of districts that exist in every year. */
    public static InputScan of(List<String> paths, Set<String> districtCodes) {
        return of(paths, districtCodes.stream().map(code -> new District(code, code, null, null)).toList());
    }

    public static InputScan of(List<String> paths, Collection<District> registry) {
        Map<String, District> districts = registry.stream()
                .collect(Collectors.toMap(District::code, Function.identity(), (a, b) -> a));
        List<ScannedFile> judged = new ArrayList<>();
        Map<SubmissionKey, List<String>> byKey = new LinkedHashMap<>();
        for (String path : paths) {
            String name = InputFolder.fileName(path);
            var key = SubmissionName.parse(name);
            if (!SubmissionName.isSubmissionType(name)) {
                judged.add(new ScannedFile(path, null, SubmissionName.yearHint(name).orElse(null),
                        Problem.ofFile(path, ProblemCode.FILE_TYPE, name)));
            } else if (key.isEmpty()) {
                judged.add(new ScannedFile(path, null, SubmissionName.yearHint(name).orElse(null),
                        badName(path, name, registry)));
            } else if (!districts.containsKey(key.get().districtCode())) {
                judged.add(new ScannedFile(path, key.get(), key.get().year(),
                        Problem.ofFile(path, ProblemCode.UNKNOWN_DISTRICT, key.get().districtCode())));
            } else if (!districts.get(key.get().districtCode()).existsIn(key.get().year())) {
                judged.add(new ScannedFile(path, key.get(), key.get().year(),
                        notInYear(path, districts.get(key.get().districtCode()), key.get().year())));
            } else {
                byKey.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(path);
            }
        }
        byKey.forEach((key, samePaths) -> {
            for (String path : samePaths) {
                if (samePaths.size() == 1) {
                    judged.add(new ScannedFile(path, key, key.year(), null));
                } else {
                    String others = String.join("”、“", samePaths.stream().filter(p -> !p.equals(path)).toList());
                    judged.add(new ScannedFile(path, key, key.year(),
                            Problem.ofFile(path, ProblemCode.CONFLICTING_FILES, others)));
                }
            }
        });
        judged.sort(Comparator.comparing(ScannedFile::path));
        return new InputScan(List.copyOf(judged));
    }

    /**
     * FILE_NAME; for a name that begins with a district's registry name instead of its code
     * (江夏区_2024_会议.csv), the message gives the code and the name to use.
     */
    private static Problem badName(String path, String name, Collection<District> registry) {
        var district = FileDistrict.of(name, List.copyOf(registry));
        if (district.isPresent() && !district.get().code().equals(name.substring(0, name.indexOf('_')))) {
            String renamed = district.get().code() + name.substring(name.indexOf('_'));
            return new Problem(path, null, null, null, ProblemCode.FILE_NAME, Chinese.text(
                    "problem.FILE_NAME.districtName", name, district.get().name(), district.get().code(), renamed));
        }
        var repair = NameRepair.of(name);
        if (repair.isPresent()) {
            return new Problem(path, null, null, null, ProblemCode.FILE_NAME, Chinese.text(
                    "problem.FILE_NAME.repair", name, repair.get().fixesSentence(), repair.get().name()));
        }
        String datasets = Arrays.stream(Dataset.values()).map(d -> d.fileName() + "/" + d.alias())
                .collect(Collectors.joining(Chinese.text("problem.enumSeparator")));
        return Problem.ofFile(path, ProblemCode.FILE_NAME, name, datasets);
    }

    /** UNKNOWN_DISTRICT for a district that does not exist in the file's year, saying when it did. */
    private static Problem notInYear(String path, District district, int year) {
        String when = district.since() == null ? Chinese.text("problem.UNKNOWN_DISTRICT.until", district.until())
                : district.until() == null ? Chinese.text("problem.UNKNOWN_DISTRICT.since", district.since())
                : Chinese.text("problem.UNKNOWN_DISTRICT.between", district.since(), district.until());
        return new Problem(path, null, null, null, ProblemCode.UNKNOWN_DISTRICT,
                Chinese.text("problem.UNKNOWN_DISTRICT.notInYear", district.code(), district.name(), year, when));
    }

    public List<ScannedFile> all() {
        return files;
    }

    /** Files to read, in ingestion order: by dataset (meetings first), then path. */
    public List<ScannedFile> toIngest() {
        return files.stream().filter(ScannedFile::acceptedByName)
                .sorted(Comparator.comparing((ScannedFile f) -> f.key().dataset()).thenComparing(ScannedFile::path))
                .toList();
    }

    public List<ScannedFile> rejectedByName() {
        return files.stream().filter(f -> !f.acceptedByName()).toList();
    }
}
