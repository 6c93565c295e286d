package com.districtbulletin.report;

import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.registry.District;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.registry.FileDistrict;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.storage.SubmissionStore.ReportedProblem;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.validation.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * {@code validation-report.csv} of a year (data contract section 9): the current state — the
 * rejected rows and warnings of the submissions in force for the year, the files now in the
 * input folder rejected whole whose name gives the year, and every file rejected for its name
 * or type. A submission's problems name the file where it now is in the input folder (a file
 * moved unchanged is not read again), or where it was read when it is no longer there. Each row
 * says how severe it is and which district it belongs to: the submission's, or for a file
 * reported by its name, the district whose code or registry name begins the file's name.
 */
@Component
public class ValidationReport {

    public static final List<String> HEADER = List.of("file", "line", "column", "value", "code", "message",
            "severity", "district_code", "district_name");

    private final SubmissionStore submissions;
    private final DistrictStore districts;

    public ValidationReport(SubmissionStore submissions, DistrictStore districts) {
        this.submissions = submissions;
        this.districts = districts;
    }

    /**
     * The problems of the year's data as a bulletin edition shows them: the report's, less those of
     * versions pending revision (they are not in the edition's figures).
     */
    public List<Problem> problems(int year) {
        return submissions.reportedProblems(year).stream().filter(p -> !p.pending()).map(ReportedProblem::problem)
                .toList();
    }

    public int write(int year, Path file) throws IOException {
        List<List<?>> rows = rows(year);
        CsvOutput.write(file, HEADER, rows);
        return rows.size();
    }

    /** The report's rows, in its order, each with the cells of {@link #HEADER}. */
    public List<List<?>> rows(int year) {
        return rows(submissions.reportedProblems(year), districts.all());
    }

    /** The rows of {@code problems}, each tied to its district of {@code registry} (or by the file's name). */
    public static List<List<?>> rows(List<ReportedProblem> problems, List<District> registry) {
        List<List<?>> rows = new ArrayList<>();
        for (ReportedProblem reported : problems) {
            Problem p = reported.problem();
            District district = districtOf(reported, registry);
            rows.add(Arrays.asList(p.file(), p.line(), p.column(), p.value(), p.code().name(), p.message(),
                    p.code().scope().name().toLowerCase(Locale.ROOT), district == null ? null : district.code(),
                    district == null ? null : district.name()));
        }
        return rows;
    }

    private static District districtOf(ReportedProblem reported, List<District> registry) {
        String code = reported.districtCode();
        if (code != null) {
            return registry.stream().filter(d -> d.code().equals(code)).findFirst()
                    .orElse(new District(code, null, null, null));
        }
        return FileDistrict.of(InputFolder.fileName(reported.problem().file()), registry).orElse(null);
    }
}
