package com.districtbulletin.storage;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.validation.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Submissions, their problems and rejected rows, and the snapshot of the input folder. */
@Repository
public class SubmissionStore {

    /** Width of problem.column_name: an unknown column's name as written may be longer (its message keeps it whole). */
    static final int COLUMN_NAME_WIDTH = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public SubmissionStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every submission in force, by key. */
    public Map<SubmissionKey, StoredSubmission> inForce() {
        Map<SubmissionKey, StoredSubmission> result = new HashMap<>();
        jdbc.query("SELECT * FROM submission WHERE state = ?", rs -> {
            StoredSubmission s = map(rs);
            result.put(s.key(), s);
        }, StoredSubmission.IN_FORCE);
        return result;
    }

    /** Files already rejected whole for their content, as "path sha256". */
    public Set<String> rejectedContents() {
        Set<String> result = new HashSet<>();
        jdbc.query("SELECT file_path, sha256 FROM submission WHERE state = ?",
                rs -> {
                    result.add(rs.getString(1) + " " + rs.getString(2));
                }, StoredSubmission.REJECTED);
        return result;
    }

    public Long rejectedId(String filePath, String sha256) {
        List<Long> ids = jdbc.queryForList(
                "SELECT MAX(id) FROM submission WHERE state = ? AND file_path = ? AND sha256 = ?",
                Long.class, StoredSubmission.REJECTED, filePath, sha256);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Records a new version; its rows and counts follow. */
    public long insert(SubmissionKey key, String filePath, String sha256, String encoding, String state,
                       Long meetingsSubmissionId, Long jobExecutionId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("""
                    INSERT INTO submission (district_code, report_year, dataset, file_path, sha256, encoding, state,
                        rows_accepted, rows_rejected, warnings, meetings_submission_id, job_execution_id, ingested_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, key.districtCode());
            ps.setInt(2, key.year());
            ps.setString(3, key.dataset().fileName());
            ps.setString(4, filePath);
            ps.setString(5, sha256);
            ps.setString(6, encoding);
            ps.setString(7, state);
            ps.setObject(8, meetingsSubmissionId);
            ps.setObject(9, jobExecutionId);
            ps.setTimestamp(10, Timestamp.valueOf(LocalDateTime.now(clock)));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public void recordCounts(long id, int accepted, int rejected, int warnings) {
        jdbc.update("UPDATE submission SET rows_accepted = ?, rows_rejected = ?, warnings = ? WHERE id = ?",
                accepted, rejected, warnings, id);
    }

    /** Puts a new version in force: the one before it for the key becomes superseded. */
    public void supersedeAllBut(SubmissionKey key, long id) {
        jdbc.update("""
                UPDATE submission SET state = ? WHERE state = ? AND district_code = ? AND report_year = ?
                  AND dataset = ? AND id <> ?""",
                StoredSubmission.SUPERSEDED, StoredSubmission.IN_FORCE, key.districtCode(), key.year(),
                key.dataset().fileName(), id);
    }

    public void addProblems(long submissionId, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO problem (submission_id, file_path, line_no, column_name, cell_value, code, message)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", problems, 1000, (ps, p) -> {
            ps.setLong(1, submissionId);
            ps.setString(2, p.file());
            ps.setObject(3, p.line());
            ps.setString(4, clip(p.column(), COLUMN_NAME_WIDTH));
            ps.setString(5, p.value());
            ps.setString(6, p.code().name());
            ps.setString(7, p.message());
        });
    }

    public void addRejectedRows(long submissionId, List<RejectedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO rejected_row (submission_id, line_no, cells) VALUES (?, ?, ?)", rows, 1000,
                (ps, r) -> {
                    ps.setLong(1, submissionId);
                    ps.setInt(2, r.line());
                    ps.setString(3, r.cells());
                });
    }

    /** Moves accepted rows out of a dataset table (they turned out to share an id). */
    public void removeAcceptedRows(Dataset dataset, long submissionId, List<Integer> lines) {
        List<Object[]> args = new ArrayList<>();
        for (Integer line : lines) {
            args.add(new Object[] {submissionId, line});
        }
        jdbc.batchUpdate("DELETE FROM " + dataset.table() + " WHERE submission_id = ? AND line_no = ?", args);
    }

    /** The meeting ids of a meetings submission. */
    public Set<String> meetingIds(long meetingsSubmissionId) {
        return new HashSet<>(jdbc.queryForList("SELECT meeting_id FROM meetings WHERE submission_id = ?",
                String.class, meetingsSubmissionId));
    }

    /** Replaces the snapshot of the input folder. */
    public void replaceInputFiles(List<InputFileRecord> files) {
        jdbc.update("DELETE FROM input_file");
        jdbc.batchUpdate("""
                INSERT INTO input_file (file_path, report_year, sha256, submission_id, code, message)
                VALUES (?, ?, ?, ?, ?, ?)""", files, 1000, (ps, f) -> {
            ps.setString(1, f.filePath());
            ps.setObject(2, f.year());
            ps.setString(3, f.sha256());
            ps.setObject(4, f.submissionId());
            ps.setString(5, f.code() == null ? null : f.code().name());
            ps.setString(6, f.message());
        });
    }

    private static String clip(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width);
    }

    private static StoredSubmission map(ResultSet rs) throws SQLException {
        SubmissionKey key = new SubmissionKey(rs.getString("district_code"), rs.getInt("report_year"),
                Dataset.named(rs.getString("dataset")).orElseThrow());
        long meetings = rs.getLong("meetings_submission_id");
        Long meetingsId = rs.wasNull() ? null : meetings;
        return new StoredSubmission(rs.getLong("id"), key, rs.getString("file_path"), rs.getString("sha256"),
                rs.getString("state"), meetingsId);
    }

    /** A rejected row as the clerk wrote it. */
    public record RejectedRow(int line, String cells) {
    }
}
