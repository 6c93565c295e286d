package com.districtbulletin.report;

import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.validation.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code validation-report.csv} of a year (data contract section 9): the current state — the
 * rejected rows and warnings of the submissions in force for the year, the files now in the
 * input folder rejected whole whose name gives the year, and every file rejected for its name.
 * A submission's problems name the file where it now is in the input folder (a file moved
 * unchanged is not read again), or where it was read when it is no longer there.
 */
@Component
public class ValidationReport {

    public static final List<String> HEADER = List.of("file", "line", "column", "value", "code", "message");

    private final SubmissionStore submissions;

    public ValidationReport(SubmissionStore submissions) {
        this.submissions = submissions;
    }

    public List<Problem> problems(int year) {
        return submissions.reportedProblems(year);
    }

    public int write(int year, Path file) throws IOException {
        List<Problem> problems = problems(year);
        List<List<?>> rows = new ArrayList<>();
        for (Problem p : problems) {
            rows.add(Arrays.asList(p.file(), p.line(), p.column(), p.value(), p.code().name(), p.message()));
        }
        CsvOutput.write(file, HEADER, rows);
        return problems.size();
    }
}
