package com.districtbulletin.edition;

import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.text.Sha256;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The editions of every year, their figures, the figures each revision changed, and the files of final editions. */
@Repository
public class EditionStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public EditionStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The years whose final edition is published (or being published): closed years. */
    public Set<Integer> closedYears() {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT report_year FROM edition WHERE kind = ?", Integer.class,
                key(Edition.FINAL)));
    }

    /** The year's latest edition, provisional or final. */
    public Optional<EditionRecord> latest(int year) {
        return jdbc.query("SELECT * FROM edition WHERE report_year = ? ORDER BY id DESC", EditionStore::map, year)
                .stream().findFirst();
    }

    /** The year's latest final edition: the final edition itself or its latest revision. */
    public Optional<EditionRecord> latestFinal(int year) {
        return jdbc.query("SELECT * FROM edition WHERE report_year = ? AND kind = ? ORDER BY final_revision DESC",
                EditionStore::map, year, key(Edition.FINAL)).stream().findFirst();
    }

    /** The year's latest edition whose files are published (not one still being computed or written). */
    public Optional<EditionRecord> latestPublished(int year) {
        return jdbc.query("SELECT * FROM edition WHERE report_year = ? AND state = ? ORDER BY id DESC",
                EditionStore::map, year, EditionRecord.PUBLISHED).stream().findFirst();
    }

    /** Final edition {@code revision} of the year (0: the final edition itself). */
    public Optional<EditionRecord> finalRevision(int year, int revision) {
        return jdbc.query("SELECT * FROM edition WHERE report_year = ? AND final_revision = ?", EditionStore::map,
                year, revision).stream().findFirst();
    }

    /** Editions settled whose figures are still to be computed, oldest first: also those a crashed run left. */
    public List<EditionRecord> computing() {
        return jdbc.query("SELECT * FROM edition WHERE state = ? ORDER BY id", EditionStore::map,
                EditionRecord.COMPUTING);
    }

    /** Editions whose files are still to be written, oldest first: also those a crashed run left. */
    public List<EditionRecord> publishing() {
        return jdbc.query("SELECT * FROM edition WHERE state = ? ORDER BY id", EditionStore::map,
                EditionRecord.PUBLISHING);
    }

    /** Editions computed by these job executions, oldest first. */
    public List<EditionRecord> computedBy(List<Long> jobExecutionIds) {
        if (jobExecutionIds.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", jobExecutionIds.stream().map(String::valueOf).toList());
        return jdbc.query("SELECT * FROM edition WHERE job_execution_id IN (" + in + ") ORDER BY id",
                EditionStore::map);
    }

    /** Records a new edition, its figures to be computed. */
    public EditionRecord create(int year, Edition kind, Integer finalRevision, String inputFingerprint,
                                String registryFingerprint, long lastSubmissionId, Long jobExecutionId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO edition (report_year, kind, final_revision, state, input_fingerprint,
                        registry_fingerprint, last_submission_id, job_execution_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setInt(1, year);
            ps.setString(2, key(kind));
            ps.setObject(3, finalRevision, java.sql.Types.INTEGER);
            ps.setString(4, EditionRecord.COMPUTING);
            ps.setString(5, inputFingerprint);
            ps.setString(6, registryFingerprint);
            ps.setLong(7, lastSubmissionId);
            ps.setObject(8, jobExecutionId, java.sql.Types.BIGINT);
            ps.setTimestamp(9, Timestamp.valueOf(LocalDateTime.now(clock)));
            return ps;
        }, keys);
        return latest(year).orElseThrow();
    }

    /**
     * Stores an edition's figures — the year's statistics as {@link StatisticStore#replace} has just
     * stored them, whose digest is {@code figuresDigest} — and, for a revision, the figures it
     * changed: its files can be written. An edition whose figures are those of the year's edition
     * before it shares that edition's rows: a night that changed no figure copies none.
     */
    public void completeFigures(long id, int year, String figuresDigest, List<RevisionLine> revisions) {
        jdbc.update("DELETE FROM edition_revision WHERE edition_id = ?", id);
        jdbc.update("DELETE FROM edition_statistic WHERE edition_id = ?", id);
        // the year's latest edition with its figures stored: with the same digest, its rows are these figures
        List<Long> same = jdbc.query("""
                SELECT COALESCE(figures_edition_id, id), figures_digest FROM edition
                WHERE report_year = ? AND id < ? AND state <> ? ORDER BY id DESC""",
                (rs, i) -> figuresDigest.equals(rs.getString(2)) ? rs.getLong(1) : null, year, id, EditionRecord.COMPUTING);
        Long shared = same.isEmpty() ? null : same.get(0);
        if (shared == null) {
            // a province's edition has 361,000 figures: copied within the database, not sent again
            jdbc.update("""
                    INSERT INTO edition_statistic (edition_id, district_code, metric, numerator, denominator,
                        metric_value, metric_rank, yoy_change, status)
                    SELECT ?, district_code, metric, numerator, denominator, metric_value, metric_rank, yoy_change,
                        status
                    FROM statistic WHERE report_year = ?""", id, year);
        }
        jdbc.update("UPDATE edition SET figures_digest = ?, figures_edition_id = ? WHERE id = ?", figuresDigest,
                shared, id);
        int[] line = {0};
        jdbc.batchUpdate("""
                INSERT INTO edition_revision (edition_id, line_no, report_year, district_code, district_name, metric,
                    old_value, new_value, old_status, new_status, cause) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                revisions, 5000,
                (ps, r) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, ++line[0]);
                    ps.setInt(3, r.year());
                    ps.setString(4, r.districtCode());
                    ps.setString(5, r.districtName());
                    ps.setString(6, r.metric());
                    ps.setBigDecimal(7, r.oldValue());
                    ps.setBigDecimal(8, r.newValue());
                    ps.setString(9, r.oldStatus());
                    ps.setString(10, r.newStatus());
                    ps.setString(11, r.cause());
                });
        jdbc.update("UPDATE edition SET state = ? WHERE id = ?", EditionRecord.PUBLISHING, id);
    }

    /** The digest of an edition's figures ({@code FiguresDigest}); null for an edition stored before digests were kept. */
    public String figuresDigest(long editionId) {
        return jdbc.queryForObject("SELECT figures_digest FROM edition WHERE id = ?", String.class, editionId);
    }

    /** An edition's figures, by district code and metric id: (value, status). */
    public Map<String, Figure> figures(long editionId) {
        Map<String, Figure> figures = new HashMap<>();
        jdbc.query("SELECT district_code, metric, metric_value, yoy_change, status FROM edition_statistic"
                + " WHERE edition_id = " + StatisticStore.FIGURES_OF_EDITION, rs -> {
                    String metric = rs.getString(2);
                    figures.put(figureKey(rs.getString(1), metric), new Figure(StatisticStore.scaled(rs.getBigDecimal(3),
                            metric), StatisticStore.scaled(rs.getBigDecimal(4), metric), rs.getString(5)));
                }, editionId);
        return figures;
    }

    /** The figures a revision changed, in the order it lists them, district names as it published them. */
    public List<RevisionLine> revisions(long editionId) {
        return jdbc.query("""
                SELECT report_year, district_code, district_name, metric, old_value, new_value, old_status,
                       new_status, cause
                FROM edition_revision WHERE edition_id = ? ORDER BY line_no""",
                (rs, i) -> {
                    String metric = rs.getString(4);
                    String id = metric.endsWith(RevisionLine.YOY_SUFFIX)
                            ? metric.substring(0, metric.length() - RevisionLine.YOY_SUFFIX.length()) : metric;
                    return new RevisionLine(rs.getInt(1), rs.getString(2), rs.getString(3), metric,
                            StatisticStore.scaled(rs.getBigDecimal(5), id), StatisticStore.scaled(rs.getBigDecimal(6), id),
                            rs.getString(7), rs.getString(8), rs.getString(9));
                },
                editionId);
    }

    /** Keeps a published file of an edition, byte for byte. */
    public void keepFile(long editionId, String fileName, byte[] content) {
        keepFile(editionId, fileName, content, null);
    }

    /**
     * Keeps a published file of an edition, byte for byte, with what its bytes were made from
     * ({@code madeFrom}, a fingerprint; null when it cannot be told), so that a later edition whose
     * file is made from the same can refer to these bytes ({@link #keepSameFile}).
     */
    public void keepFile(long editionId, String fileName, byte[] content, String madeFrom) {
        jdbc.update("DELETE FROM edition_file WHERE edition_id = ? AND file_name = ?", editionId, fileName);
        jdbc.update("INSERT INTO edition_file (edition_id, file_name, sha256, content, made_from) VALUES (?, ?, ?, ?, ?)",
                editionId, fileName, Sha256.of(content), content, madeFrom);
    }

    /**
     * Keeps as the edition's file the bytes an earlier edition of the year keeps for the same file
     * made from the same: a reference to them, not a copy. Returns their SHA-256; empty, keeping
     * nothing, when no earlier edition's file was made from {@code madeFrom}.
     */
    public Optional<String> keepSameFile(long editionId, int year, String fileName, String madeFrom) {
        List<Map.Entry<Long, String>> same = jdbc.query("""
                SELECT COALESCE(f.same_as_edition_id, f.edition_id), f.sha256 FROM edition_file f
                JOIN edition e ON e.id = f.edition_id
                WHERE e.report_year = ? AND f.edition_id < ? AND f.file_name = ? AND f.made_from = ?
                ORDER BY f.edition_id DESC
                LIMIT 1""",
                (rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)), year, editionId, fileName, madeFrom);
        if (same.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("DELETE FROM edition_file WHERE edition_id = ? AND file_name = ?", editionId, fileName);
        jdbc.update("""
                INSERT INTO edition_file (edition_id, file_name, sha256, content, made_from, same_as_edition_id)
                VALUES (?, ?, ?, NULL, ?, ?)""", editionId, fileName, same.get(0).getValue(), madeFrom,
                same.get(0).getKey());
        return Optional.of(same.get(0).getValue());
    }

    /** A kept file of an edition, as published. */
    public Optional<byte[]> file(long editionId, String fileName) {
        return jdbc.query("""
                SELECT COALESCE(f.content, o.content) FROM edition_file f
                LEFT JOIN edition_file o ON o.edition_id = f.same_as_edition_id AND o.file_name = f.file_name
                WHERE f.edition_id = ? AND f.file_name = ?""",
                (rs, i) -> rs.getBytes(1), editionId, fileName).stream().findFirst();
    }

    public void markPublished(long editionId) {
        jdbc.update("UPDATE edition SET state = ? WHERE id = ?", EditionRecord.PUBLISHED, editionId);
    }

    public static String figureKey(String districtCode, String metricId) {
        return districtCode + "\t" + metricId;
    }

    /** A figure as an edition published it. */
    public record Figure(BigDecimal value, BigDecimal yoyChange, String status) {
    }

    private static String key(Edition edition) {
        return edition.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static EditionRecord map(ResultSet rs, int i) throws SQLException {
        return new EditionRecord(rs.getLong("id"), rs.getInt("report_year"),
                Edition.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                (Integer) rs.getObject("final_revision"), rs.getString("state"), rs.getString("input_fingerprint"),
                rs.getString("registry_fingerprint"), rs.getLong("last_submission_id"));
    }
}
