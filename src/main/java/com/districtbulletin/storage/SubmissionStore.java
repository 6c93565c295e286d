package com.districtbulletin.storage;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.validation.Problem;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Submissions, their problems and rejected rows, and the snapshot of the input folder. */
@Repository
public class SubmissionStore {

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
        return insertAll(List.of(new NewSubmission(key, filePath, sha256, encoding, state, meetingsSubmissionId,
                jobExecutionId))).get(0);
    }

    /** Records new versions in one batch; returns their ids, in order. */
    public List<Long> insertAll(List<NewSubmission> submissions) {
        if (submissions.isEmpty()) {
            return List.of();
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement("""
                INSERT INTO submission (district_code, report_year, dataset, file_path, sha256, encoding, state,
                    rows_accepted, rows_rejected, warnings, meetings_submission_id, job_execution_id, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?)""", new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        NewSubmission s = submissions.get(i);
                        ps.setString(1, s.key().districtCode());
                        ps.setInt(2, s.key().year());
                        ps.setString(3, s.key().dataset().fileName());
                        ps.setString(4, s.filePath());
                        ps.setString(5, s.sha256());
                        ps.setString(6, s.encoding());
                        ps.setString(7, s.state());
                        ps.setObject(8, s.meetingsSubmissionId());
                        ps.setObject(9, s.jobExecutionId());
                        ps.setTimestamp(10, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return submissions.size();
                    }
                }, keys);
        List<Long> ids = new ArrayList<>(submissions.size());
        for (Map<String, Object> key : keys.getKeyList()) {
            ids.add(((Number) key.values().iterator().next()).longValue());
        }
        if (ids.size() != submissions.size()) {
            throw new IllegalStateException("Expected " + submissions.size() + " generated ids, got " + ids.size());
        }
        return ids;
    }

    public void recordCounts(long id, int accepted, int rejected, int warnings) {
        recordCounts(List.of(new Counts(id, accepted, rejected, warnings)));
    }

    /** Records the row counts of several versions in one batch. */
    public void recordCounts(List<Counts> counts) {
        if (counts.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE submission SET rows_accepted = ?, rows_rejected = ?, warnings = ? WHERE id = ?",
                counts, 1000, (ps, c) -> {
                    ps.setInt(1, c.accepted());
                    ps.setInt(2, c.rejected());
                    ps.setInt(3, c.warnings());
                    ps.setLong(4, c.submissionId());
                });
    }

    /** Puts a new version in force: the one before it for the key becomes superseded. */
    public void supersedeAllBut(SubmissionKey key, long id) {
        supersedeAllBut(Map.of(key, id));
    }

    /** {@link #supersedeAllBut(SubmissionKey, long)} for several keys, in one batch. */
    public void supersedeAllBut(Map<SubmissionKey, Long> inForce) {
        if (inForce.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                UPDATE submission SET state = ? WHERE state = ? AND district_code = ? AND report_year = ?
                  AND dataset = ? AND id <> ?""", inForce.entrySet(), 1000, (ps, e) -> {
            ps.setString(1, StoredSubmission.SUPERSEDED);
            ps.setString(2, StoredSubmission.IN_FORCE);
            ps.setString(3, e.getKey().districtCode());
            ps.setInt(4, e.getKey().year());
            ps.setString(5, e.getKey().dataset().fileName());
            ps.setLong(6, e.getValue());
        });
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
            ps.setString(4, p.column());
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

    /**
     * Takes back a version recorded in the current transaction whose file could not be read to its
     * end (it changed or vanished meanwhile): its rows, rejected rows, problems and the version itself.
     */
    public void forget(Dataset dataset, long submissionId) {
        jdbc.update("DELETE FROM " + dataset.table() + " WHERE submission_id = ?", submissionId);
        jdbc.update("DELETE FROM rejected_row WHERE submission_id = ?", submissionId);
        jdbc.update("DELETE FROM problem WHERE submission_id = ?", submissionId);
        jdbc.update("DELETE FROM submission WHERE id = ?", submissionId);
    }

    /** The meeting ids of a meetings submission. */
    public Set<String> meetingIds(long meetingsSubmissionId) {
        return meetingIds(List.of(meetingsSubmissionId)).getOrDefault(meetingsSubmissionId, new HashSet<>());
    }

    /** The meeting ids of several meetings submissions, by submission; one without rows is left out. */
    public Map<Long, Set<String>> meetingIds(Collection<Long> meetingsSubmissionIds) {
        Map<Long, Set<String>> result = new HashMap<>();
        List<Long> ids = List.copyOf(meetingsSubmissionIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.query("SELECT submission_id, meeting_id FROM meetings WHERE submission_id IN ("
                    + String.join(", ", Collections.nCopies(part.size(), "?")) + ")", rs -> {
                        result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                    }, part.toArray());
        }
        return result;
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

    private static StoredSubmission map(ResultSet rs) throws SQLException {
        SubmissionKey key = new SubmissionKey(rs.getString("district_code"), rs.getInt("report_year"),
                Dataset.named(rs.getString("dataset")).orElseThrow());
        long meetings = rs.getLong("meetings_submission_id");
        Long meetingsId = rs.wasNull() ? null : meetings;
        return new StoredSubmission(rs.getLong("id"), key, rs.getString("file_path"), rs.getString("sha256"),
                rs.getString("state"), meetingsId);
    }

    /** A submission version to record, before its id is known. */
    public record NewSubmission(SubmissionKey key, String filePath, String sha256, String encoding, String state,
                                Long meetingsSubmissionId, Long jobExecutionId) {
    }

    /** A version's row counts, recorded once its rows are stored. */
    public record Counts(long submissionId, int accepted, int rejected, int warnings) {
    }

    /** A rejected row as the clerk wrote it. */
    public record RejectedRow(int line, String cells) {
    }
}
