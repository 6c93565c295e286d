package com.districtbulletin.storage;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.submission.InputFolder;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Collection;
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

    /**
     * The current version of every key, what a new file for the key is compared with: the version
     * pending revision if the key has one (its year is closed), else the version in force.
     */
    public Map<SubmissionKey, StoredSubmission> currentVersions() {
        Map<SubmissionKey, StoredSubmission> result = new HashMap<>();
        jdbc.query("SELECT * FROM submission WHERE state IN (?, ?) ORDER BY id", rs -> {
            StoredSubmission s = map(rs);
            result.merge(s.key(), s, (earlier, later) -> StoredSubmission.PENDING.equals(earlier.state()) ? earlier : later);
        }, StoredSubmission.IN_FORCE, StoredSubmission.PENDING);
        return result;
    }

    /**
     * For each year, dataset and district, whether a file for that key was rejected whole — read
     * and rejected for its content, or rejected by name alone as CONFLICTING_FILES — so that a key
     * with no version in force is rejected (contract section 8) rather than not submitted.
     */
    public Map<Integer, Map<Dataset, Set<String>>> rejectedKeys(List<Integer> years) {
        Map<Integer, Map<Dataset, Set<String>>> rejected = new HashMap<>();
        for (int year : years) {
            rejected.put(year, new EnumMap<>(Dataset.class));
        }
        String in = String.join(", ", years.stream().map(String::valueOf).toList());
        jdbc.query("SELECT DISTINCT report_year, dataset, district_code FROM submission WHERE state = ?"
                + " AND report_year IN (" + in + ")", rs -> {
                    int year = rs.getInt(1);
                    String district = rs.getString(3);
                    Dataset.named(rs.getString(2)).ifPresent(d -> rejected.get(year)
                            .computeIfAbsent(d, k -> new HashSet<>()).add(district));
                }, StoredSubmission.REJECTED);
        jdbc.query("SELECT file_path FROM input_file WHERE code = 'CONFLICTING_FILES' AND report_year IN (" + in
                + ")", rs -> {
                    String path = rs.getString(1);
                    SubmissionName.parse(InputFolder.fileName(path)).ifPresent(key -> {
                        if (rejected.containsKey(key.year())) {
                            rejected.get(key.year()).computeIfAbsent(key.dataset(), k -> new HashSet<>())
                                    .add(key.districtCode());
                        }
                    });
                });
        return rejected;
    }


    /** The years with any stored version (in force, pending, superseded or rejected whole), oldest first. */
    public List<Integer> yearsWithSubmissions() {
        return jdbc.queryForList("SELECT DISTINCT report_year FROM submission ORDER BY report_year", Integer.class);
    }

    /** The years in which the district has a version in force or pending revision. */
    public Set<Integer> yearsSubmittedBy(String districtCode) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT report_year FROM submission"
                        + " WHERE district_code = ? AND state IN (?, ?)", Integer.class, districtCode,
                StoredSubmission.IN_FORCE, StoredSubmission.PENDING));
    }

    /** The keys of the year with a version in force, as "district|dataset". */
    public java.util.Set<String> keysInForce(int year) {
        return new HashSet<>(jdbc.queryForList("SELECT district_code || '|' || dataset FROM submission"
                + " WHERE report_year = ? AND state = ?", String.class, year, StoredSubmission.IN_FORCE));
    }

    /** The files rejected by their name in the latest snapshot of the input folder, as "path|code". */
    public java.util.Set<String> rejectedByName() {
        return new HashSet<>(jdbc.queryForList("SELECT file_path || '|' || code FROM input_file"
                + " WHERE code IS NOT NULL AND submission_id IS NULL", String.class));
    }

    /** Whether the year has any submission in force. */
    public boolean hasInForce(int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM submission WHERE report_year = ? AND state = ?", Boolean.class, year,
                StoredSubmission.IN_FORCE));
    }

    /** Files already rejected whole for their content: the latest such version, by "path sha256". */
    public Map<String, Long> rejectedContents() {
        Map<String, Long> result = new HashMap<>();
        jdbc.query("SELECT file_path, sha256, MAX(id) FROM submission WHERE state = ? GROUP BY file_path, sha256",
                rs -> {
                    result.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
                }, StoredSubmission.REJECTED);
        return result;
    }

    /** Records new versions, with their row counts, in one batch; returns their ids, in order. */
    public List<Long> insertAll(List<NewSubmission> submissions) {
        if (submissions.isEmpty()) {
            return List.of();
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(connection -> connection.prepareStatement("""
                INSERT INTO submission (district_code, report_year, dataset, file_path, sha256, encoding, state,
                    rows_accepted, rows_rejected, warnings, meetings_submission_id, job_execution_id, ingested_at,
                    absent_columns)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"}),
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
                        ps.setInt(8, s.accepted());
                        ps.setInt(9, s.rejected());
                        ps.setInt(10, s.warnings());
                        ps.setObject(11, s.targetSubmissionId());
                        ps.setObject(12, s.jobExecutionId());
                        ps.setTimestamp(13, now);
                        ps.setString(14, s.absentColumns() == null ? null : String.join(",", s.absentColumns()));
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

    /**
     * Completes a version inserted before its rows were read ({@link #insertAll}, with a
     * placeholder fingerprint and no counts): what reading them found.
     */
    public void completeVersion(long id, NewSubmission s) {
        jdbc.update("""
                UPDATE submission SET sha256 = ?, encoding = ?, state = ?, rows_accepted = ?, rows_rejected = ?,
                    warnings = ?, meetings_submission_id = ?
                WHERE id = ?""", s.sha256(), s.encoding(), s.state(), s.accepted(), s.rejected(), s.warnings(),
                s.targetSubmissionId(), id);
    }

    /**
     * Makes new versions current, one per key: a version stored in force supersedes the key's
     * earlier version in force or pending; a version stored pending revision supersedes only an
     * earlier pending one (the version in force stays until the revision is published).
     */
    public void supersedeAllBut(Map<SubmissionKey, Long> current, String state) {
        if (current.isEmpty()) {
            return;
        }
        List<String> replaced = state.equals(StoredSubmission.PENDING) ? List.of(StoredSubmission.PENDING)
                : List.of(StoredSubmission.IN_FORCE, StoredSubmission.PENDING);
        for (String earlier : replaced) {
            jdbc.batchUpdate("""
                    UPDATE submission SET state = ? WHERE state = ? AND district_code = ? AND report_year = ?
                      AND dataset = ? AND id <> ?""", current.entrySet(), 1000, (ps, e) -> {
                ps.setString(1, StoredSubmission.SUPERSEDED);
                ps.setString(2, earlier);
                ps.setString(3, e.getKey().districtCode());
                ps.setInt(4, e.getKey().year());
                ps.setString(5, e.getKey().dataset().fileName());
                ps.setLong(6, e.getValue());
            });
        }
    }

    /** The versions of the year pending revision, by district and dataset. */
    public List<Version> pending(int year) {
        return versions(year).stream().filter(v -> v.state().equals(StoredSubmission.PENDING)).toList();
    }

    /** Puts the year's pending versions in force (a revision is published): the versions they replace are superseded. */
    public void putPendingInForce(int year) {
        jdbc.update("""
                UPDATE submission SET state = ? WHERE report_year = ? AND state = ? AND EXISTS (
                  SELECT 1 FROM submission p WHERE p.state = ? AND p.report_year = submission.report_year
                    AND p.district_code = submission.district_code AND p.dataset = submission.dataset)""",
                StoredSubmission.SUPERSEDED, year, StoredSubmission.IN_FORCE, StoredSubmission.PENDING);
        jdbc.update("UPDATE submission SET state = ? WHERE report_year = ? AND state = ?", StoredSubmission.IN_FORCE,
                year, StoredSubmission.PENDING);
    }

    /** The latest version id stored, or 0. */
    public long lastVersionId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM submission", Long.class);
        return id == null ? 0 : id;
    }

    /**
     * The year's versions stored after {@code afterId} and up to {@code upToId}, each named by its path in the input
     * folder now (or as it was read): what a revision's figures changed by.
     */
    public List<Version> storedBetween(int year, long afterId, long upToId) {
        return versions(year).stream().filter(v -> v.id() > afterId && v.id() <= upToId).toList();
    }

    /**
     * What the year's figures and reports are computed from, as one SHA-256: every version of the
     * year with its state, the versions in force of the year before (its figures give the
     * year-on-year changes), and the files of the year the input folder rejects by name. Equal
     * fingerprints, same edition.
     */
    public String fingerprint(int year) {
        java.security.MessageDigest sha = com.districtbulletin.text.Sha256.digest();
        jdbc.query("SELECT id, state FROM submission WHERE report_year = ? OR (report_year = ? AND state = ?)"
                + " ORDER BY id", rs -> {
                    sha.update((rs.getLong(1) + ":" + rs.getString(2) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }, year, year - 1, StoredSubmission.IN_FORCE);
        jdbc.query("SELECT file_path, code FROM input_file WHERE report_year = ? AND code IS NOT NULL AND submission_id IS NULL"
                + " ORDER BY file_path", rs -> {
            sha.update((rs.getString(1) + ":" + rs.getString(2) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }, year);
        return com.districtbulletin.text.Sha256.hex(sha.digest());
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

    /** The lines of a version's problems of {@code code}. */
    public Set<Integer> problemLines(long submissionId, String code) {
        return new HashSet<>(jdbc.queryForList("SELECT line_no FROM problem WHERE submission_id = ? AND code = ?",
                Integer.class, submissionId, code));
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

    /** Records the row ids of a version that rows of another dataset may name. */
    public void addRowIds(long submissionId, Collection<String> ids) {
        jdbc.batchUpdate("INSERT INTO row_id (submission_id, row_id) VALUES (?, ?)", List.copyOf(ids), 1000,
                (ps, id) -> {
                    ps.setLong(1, submissionId);
                    ps.setString(2, id);
                });
    }

    /**
     * The row ids of a version that rows of another dataset may name: those recorded with it,
     * and, for versions stored before row ids were recorded, the ids of its accepted rows.
     */
    public Set<String> rowIds(Dataset dataset, long submissionId) {
        Set<String> ids = new HashSet<>();
        jdbc.query("SELECT row_id FROM row_id WHERE submission_id = ?", rs -> {
            ids.add(rs.getString(1));
        }, submissionId);
        jdbc.query("SELECT " + dataset.idColumn().name() + " FROM " + dataset.table() + " WHERE submission_id = ?",
                rs -> {
                    ids.add(rs.getString(1));
                }, submissionId);
        return ids;
    }

    /**
     * Replaces the snapshot of the input folder, with the plan of the files to read. Only the rows
     * that differ are written: a night leaves nearly every file as it was.
     */
    public void replaceInputFiles(List<InputFileRecord> files) {
        Map<String, List<StoredRow>> before = new HashMap<>();
        jdbc.query("""
                SELECT id, file_path, report_year, sha256, submission_id, code, message, plan_order, signature
                FROM input_file""", rs -> {
            long submission = rs.getLong(5);
            Long submissionId = rs.wasNull() ? null : submission;
            int order = rs.getInt(8);
            Integer planOrder = rs.wasNull() ? null : order;
            String code = rs.getString(6);
            InputFileRecord row = new InputFileRecord(rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                    submissionId, code == null ? null : ProblemCode.valueOf(code), rs.getString(7), planOrder,
                    rs.getString(9));
            before.computeIfAbsent(row.filePath(), k -> new ArrayList<>()).add(new StoredRow(rs.getLong(1), row));
        });
        List<InputFileRecord> inserted = new ArrayList<>();
        List<StoredRow> updated = new ArrayList<>();
        for (InputFileRecord file : files) {
            List<StoredRow> same = before.get(file.filePath());
            StoredRow kept = same == null || same.isEmpty() ? null : same.remove(same.size() - 1);
            if (kept == null) {
                inserted.add(file);
            } else if (!kept.row().equals(file)) {
                updated.add(new StoredRow(kept.id(), file));
            }
        }
        List<Long> deleted = before.values().stream().flatMap(List::stream).map(StoredRow::id).toList();
        jdbc.batchUpdate("DELETE FROM input_file WHERE id = ?", deleted, 1000, (ps, id) -> ps.setLong(1, id));
        jdbc.batchUpdate("""
                UPDATE input_file SET report_year = ?, sha256 = ?, submission_id = ?, code = ?, message = ?,
                    planned = ?, plan_order = ?, signature = ?
                WHERE id = ?""", updated, 1000, (ps, u) -> {
            setSnapshotValues(ps, u.row(), 1);
            ps.setLong(9, u.id());
        });
        jdbc.batchUpdate("""
                INSERT INTO input_file (report_year, sha256, submission_id, code, message, planned, plan_order,
                    signature, file_path)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", inserted, 1000, (ps, f) -> {
            setSnapshotValues(ps, f, 1);
            ps.setString(9, f.filePath());
        });
    }

    private static void setSnapshotValues(PreparedStatement ps, InputFileRecord f, int first) throws SQLException {
        ps.setObject(first, f.year(), java.sql.Types.INTEGER);
        ps.setString(first + 1, f.sha256());
        ps.setObject(first + 2, f.submissionId(), java.sql.Types.BIGINT);
        ps.setString(first + 3, f.code() == null ? null : f.code().name());
        ps.setString(first + 4, f.message());
        ps.setBoolean(first + 5, f.planOrder() != null);
        ps.setObject(first + 6, f.planOrder(), java.sql.Types.INTEGER);
        ps.setString(first + 7, f.signature());
    }

    private record StoredRow(long id, InputFileRecord row) {
    }

    /**
     * The fingerprint of each file of the latest snapshot that was read without a problem, with the
     * signature the scan saw before reading it: by path.
     */
    public Map<String, KnownFile> knownFiles() {
        Map<String, KnownFile> known = new HashMap<>();
        jdbc.query("SELECT file_path, signature, sha256 FROM input_file"
                + " WHERE code IS NULL AND sha256 IS NOT NULL AND signature IS NOT NULL", rs -> {
                    known.put(rs.getString(1), new KnownFile(rs.getString(2), rs.getString(3)));
                });
        return known;
    }

    /** A file's signature on disk and the fingerprint of its content under that signature. */
    public record KnownFile(String signature, String sha256) {
    }

    /** The files the latest scan planned to read and that are not stored yet, in plan order. */
    public List<InputFileRecord> plannedFiles() {
        return jdbc.query("""
                SELECT file_path, report_year, sha256, submission_id, plan_order FROM input_file
                WHERE planned ORDER BY plan_order""", (rs, i) -> {
            long submission = rs.getLong(4);
            return new InputFileRecord(rs.getString(1), rs.getInt(2), rs.getString(3),
                    rs.wasNull() ? null : submission, null, null, rs.getInt(5));
        });
    }

    /**
     * Files of the plan now read: in the snapshot of the input folder, the version each file is,
     * or the problem that kept it from being read. Each is found by its place in the plan, which
     * is indexed (its path cannot be: V3).
     */
    public void markStored(List<InputFileRecord> files) {
        jdbc.batchUpdate("""
                UPDATE input_file SET planned = FALSE, plan_order = NULL, sha256 = ?, submission_id = ?, code = ?,
                    message = ?
                WHERE plan_order = ?""", files, 1000, (ps, f) -> {
            ps.setString(1, f.sha256());
            ps.setObject(2, f.submissionId());
            ps.setString(3, f.code() == null ? null : f.code().name());
            ps.setString(4, f.message());
            ps.setInt(5, f.planOrder());
        });
    }

    /**
     * The problems the validation report of {@code year} lists: those of the year's submissions
     * in force, and of its submissions rejected whole whose file is still in the input folder —
     * each under the file's path now —, then every file of the folder rejected by its name.
     */
    public List<ReportedProblem> reportedProblems(int year) {
        List<ReportedProblem> problems = new ArrayList<>();
        jdbc.query("""
                SELECT COALESCE((SELECT MIN(f.file_path) FROM input_file f WHERE f.submission_id = s.id), p.file_path),
                       p.line_no, p.column_name, p.cell_value, p.code, p.message, p.id, s.district_code, s.state
                FROM problem p JOIN submission s ON s.id = p.submission_id
                WHERE s.report_year = ? AND (s.state IN (?, ?)
                   OR (s.state = ? AND EXISTS (SELECT 1 FROM input_file f WHERE f.submission_id = s.id)))
                UNION ALL
                SELECT f.file_path, NULL, NULL, NULL, f.code, f.message, NULL, NULL, NULL
                FROM input_file f
                WHERE f.code IS NOT NULL AND (f.report_year = ? OR f.code IN (?, ?))
                ORDER BY 1, 2 NULLS FIRST, 7 NULLS FIRST""",
                rs -> {
                    int line = rs.getInt(2);
                    Integer lineNo = rs.wasNull() ? null : line; // before any other column is read
                    String message = StoredSubmission.PENDING.equals(rs.getString(9))
                            ? Chinese.text("report.pendingPrefix") + rs.getString(6) : rs.getString(6);
                    problems.add(new ReportedProblem(new Problem(rs.getString(1), lineNo, rs.getString(3),
                            rs.getString(4), ProblemCode.valueOf(rs.getString(5)), message), rs.getString(8),
                            StoredSubmission.PENDING.equals(rs.getString(9))));
                },
                year, StoredSubmission.IN_FORCE, StoredSubmission.PENDING, StoredSubmission.REJECTED, year, ProblemCode.FILE_NAME.name(),
                ProblemCode.FILE_TYPE.name());
        return problems;
    }


    /**
     * Every stored version of the year's submissions — in force, superseded and rejected — with
     * its state, time of receipt and row counts, by district, dataset and then oldest first. A
     * version whose file is still in the input folder is named by its path there.
     */
    public List<Version> versions(int year) {
        return jdbc.query("""
                SELECT s.district_code, s.dataset, COALESCE(f.file_path, s.file_path),
                       s.sha256, s.state, s.rows_accepted, s.rows_rejected, s.ingested_at, s.id
                FROM submission s
                LEFT JOIN (SELECT submission_id, MIN(file_path) AS file_path FROM input_file GROUP BY submission_id) f
                       ON f.submission_id = s.id
                WHERE s.report_year = ?
                ORDER BY s.district_code, s.dataset, s.id""",
                (rs, i) -> new Version(rs.getString(1), Dataset.named(rs.getString(2)).orElseThrow(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7),
                        rs.getTimestamp(8).toLocalDateTime(), rs.getLong(9)),
                year);
    }


    private static StoredSubmission map(ResultSet rs) throws SQLException {
        SubmissionKey key = new SubmissionKey(rs.getString("district_code"), rs.getInt("report_year"),
                Dataset.named(rs.getString("dataset")).orElseThrow());
        long meetings = rs.getLong("meetings_submission_id");
        Long meetingsId = rs.wasNull() ? null : meetings;
        return new StoredSubmission(rs.getLong("id"), key, rs.getString("file_path"), rs.getString("sha256"),
                rs.getString("state"), meetingsId);
    }

    /**
     * A submission version to record, before its id is known. {@code targetSubmissionId} is, for
     * a dataset whose rows name rows of another, the version of that other dataset they were
     * checked against.
     */
    /**
     * A version to store. {@code absentColumns}: the canonical names of its dataset's columns its
     * header lacks (null when its header was not read: a file rejected before or for its header).
     */
    public record NewSubmission(SubmissionKey key, String filePath, String sha256, String encoding, String state,
                                int accepted, int rejected, int warnings, Long targetSubmissionId,
                                Long jobExecutionId, List<String> absentColumns) {
    }

    /**
     * A problem of the validation report, with the district of the submission it belongs to
     * (null for a file reported by its name or type, whose district only its name can tell).
     */
    public record ReportedProblem(Problem problem, String districtCode, boolean pending) {

        public ReportedProblem(Problem problem, String districtCode) {
            this(problem, districtCode, false);
        }
    }

    /** A stored version of a district's submission for a year, as its receipt lists it. */
    public record Version(String districtCode, Dataset dataset, String filePath, String sha256, String state,
                          int accepted, int rejected, LocalDateTime receivedAt, long id) {
    }

    /** A rejected row as the clerk wrote it. */
    public record RejectedRow(int line, String cells) {
    }
}
