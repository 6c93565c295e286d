package com.districtbulletin.ingest;

import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    public static InputScan of(List<String> paths, Set<String> districtCodes) {
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
                        Problem.ofFile(path, ProblemCode.FILE_NAME, name)));
            } else if (!districtCodes.contains(key.get().districtCode())) {
                judged.add(new ScannedFile(path, key.get(), key.get().year(),
                        Problem.ofFile(path, ProblemCode.UNKNOWN_DISTRICT, key.get().districtCode())));
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
