package com.districtbulletin.ingest;

import com.districtbulletin.dataset.Reference;
import com.districtbulletin.registry.District;
import com.districtbulletin.storage.SubmissionStore.ReportedProblem;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionFile;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.submission.SubmissionReadException;
import com.districtbulletin.text.KnownCauses;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --validate}: the ingest's own checks of a file or a folder of submissions, with no
 * database and nothing stored — the names judged by {@link InputScan}, each file read by
 * {@link FileCheck} in the ingest's order, the rows another file names (appointments → meetings,
 * activities → stations) taken from the accepted files under the same path. Gives the problems
 * the validation report would have for these files.
 */
public final class FolderCheck {

    /** The problems in the report's order, each with its submission's district; whether every file would be accepted whole. */
    public record Result(List<ReportedProblem> problems, boolean clean) {
    }

    private FolderCheck() {
    }

    /**
     * @param path     a submission file, or a folder checked as the input folder is
     * @param registry the districts, or {@code null} for none: then any 6-digit district code passes
     */
    public static Result of(Path path, List<District> registry) {
        Path root;
        List<String> paths;
        if (Files.isDirectory(path)) {
            root = path;
            paths = new InputFolder(path).submissionFiles();
        } else {
            Path absolute = path.toAbsolutePath();
            root = absolute.getParent();
            paths = List.of(absolute.getFileName().toString());
        }
        InputScan scan = InputScan.of(paths, registry != null ? registry : everyCode(paths));
        InputFolder folder = new InputFolder(root);
        List<ReportedProblem> problems = new ArrayList<>();
        for (ScannedFile file : scan.rejectedByName()) {
            problems.add(new ReportedProblem(file.nameProblem(), file.key() == null ? null : file.key().districtCode()));
        }
        Map<SubmissionKey, Set<String>> namedRows = new HashMap<>();
        for (ScannedFile file : scan.toIngest()) {
            String district = file.key().districtCode();
            for (Problem problem : check(folder, file, namedRows)) {
                problems.add(new ReportedProblem(problem, district));
            }
        }
        problems.sort(Comparator.comparing((ReportedProblem p) -> p.problem().file())
                .thenComparing(p -> p.problem().line(), Comparator.nullsFirst(Comparator.naturalOrder())));
        boolean clean = problems.stream().allMatch(p -> p.problem().code().scope() == ProblemCode.Scope.WARNING);
        return new Result(List.copyOf(problems), clean);
    }

    private static List<Problem> check(InputFolder folder, ScannedFile scanned, Map<SubmissionKey, Set<String>> namedRows) {
        PlannedFile file = new PlannedFile(scanned.path(), scanned.key(), null, null, null);
        try {
            SubmissionFile decoded = SubmissionFile.inspect(folder.resolve(file.path()));
            CheckedSubmission checked = FileCheck.check(file, decoded, target(file.key(), namedRows));
            List<Problem> problems = new ArrayList<>(checked.fileProblems());
            if (checked.header() != null && checked.header().fileProblems().isEmpty()) {
                problems.addAll(checked.header().warnings());
            }
            if (checked.rows() != null) {
                try (CheckedRowsSpill spill = checked.rows(); CheckedRowsSpill.Reader rows = spill.rows()) {
                    while (rows.hasNext()) {
                        problems.addAll(FileCheck.problemsOf(checked, rows.next()));
                    }
                }
            }
            if (!checked.rejectedWhole() && References.isNamed(file.key().dataset())) {
                namedRows.put(file.key(), checked.rowIds());
            }
            return problems;
        } catch (SubmissionReadException e) {
            return List.of(UnreadableFile.problem(file.path(), e));
        } catch (IOException e) {
            return List.of(UnreadableFile.problem(file.path(), SubmissionReadException.unreadable("io", e, KnownCauses.of(e))));
        }
    }

    /** The ids of the accepted file under the same path whose rows this file's rows name; none when there is none. */
    private static RowTarget target(SubmissionKey key, Map<SubmissionKey, Set<String>> namedRows) {
        Reference reference = References.of(key.dataset());
        if (reference == null) {
            return RowTarget.NONE;
        }
        SubmissionKey targetKey = References.targetKey(key, reference);
        Set<String> ids = namedRows.get(targetKey);
        return ids == null ? RowTarget.NONE : new RowTarget(reference, targetKey, null, ids);
    }

    /** With no registry, every district code the names give exists in every year. */
    private static List<District> everyCode(List<String> paths) {
        Set<String> codes = new LinkedHashSet<>();
        for (String path : paths) {
            SubmissionName.parse(InputFolder.fileName(path))
                    .ifPresent(key -> codes.add(key.districtCode()));
        }
        return codes.stream().map(code -> new District(code, null, null, null)).toList();
    }
}
