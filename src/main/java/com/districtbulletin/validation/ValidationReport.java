package com.districtbulletin.validation;

import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.storage.StoredSubmission;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;

    public ValidationReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Problem> problems(int year) {
        List<Problem> problems = new ArrayList<>();
        jdbc.query("""
                SELECT COALESCE((SELECT MIN(f.file_path) FROM input_file f WHERE f.submission_id = s.id), p.file_path),
                       p.line_no, p.column_name, p.cell_value, p.code, p.message, p.id
                FROM problem p JOIN submission s ON s.id = p.submission_id
                WHERE s.report_year = ? AND (s.state = ?
                   OR (s.state = ? AND EXISTS (SELECT 1 FROM input_file f WHERE f.submission_id = s.id)))
                UNION ALL
                SELECT f.file_path, NULL, NULL, NULL, f.code, f.message, NULL
                FROM input_file f
                WHERE f.code IS NOT NULL AND (f.report_year = ? OR f.code IN (?, ?))
                ORDER BY 1, 2 NULLS FIRST, 7 NULLS FIRST""",
                rs -> {
                    int line = rs.getInt(2);
                    Integer lineNo = rs.wasNull() ? null : line; // before any other column is read
                    problems.add(new Problem(rs.getString(1), lineNo, rs.getString(3),
                            rs.getString(4), ProblemCode.valueOf(rs.getString(5)), rs.getString(6)));
                },
                year, StoredSubmission.IN_FORCE, StoredSubmission.REJECTED, year, ProblemCode.FILE_NAME.name(),
                ProblemCode.FILE_TYPE.name());
        return problems;
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
