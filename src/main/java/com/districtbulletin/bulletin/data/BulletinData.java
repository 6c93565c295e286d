package com.districtbulletin.bulletin.data;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.edition.Revision;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticsCsv;
import com.districtbulletin.validation.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Everything the bulletin prints, gathered before rendering starts, so that rendering is a pure
 * function of it: the same data give the same bytes.
 *
 * @param districts       the registry, in display order
 * @param statistics      the year's stored statistics, as in statistics.csv (contract v3's metrics 82–129
 *                        included)
 * @param submissions     the submissions in force for the year and the year before
 * @param problems        the year's validation report
 * @param fingerprint     SHA-256 of statistics.csv's bytes (all its metrics)
 * @param dateFromData    whether the publication date was derived from the data (not configured)
 * @param details         what the rows say beyond the metrics (subjects, 领域, 承办单位, 机关)
 * @param trends          the figures of this year and the up to four years before it, for the trends
 * @param revision        for a revised final edition, its number and the figures it changed (修订说明)
 * @param issuer          the issuing office printed on the cover ({@code --bulletin.issuer}); null prints none
 * @param originalDate    for a revision, the date of the final edition it revises; null otherwise
 */
public record BulletinData(int year, String municipality, Edition edition, LocalDate publicationDate,
                           boolean dateFromData, String productVersion, List<District> districts,
                           List<Statistic> statistics, List<SubmissionInForce> submissions, List<Problem> problems,
                           String fingerprint, RowDetails details, Trends trends, Revision revision, String issuer,
                           LocalDate originalDate) {

    /** Bulletin data without an issuer or an original date. */
    public BulletinData(int year, String municipality, Edition edition, LocalDate publicationDate,
                        boolean dateFromData, String productVersion, List<District> districts,
                        List<Statistic> statistics, List<SubmissionInForce> submissions, List<Problem> problems,
                        String fingerprint, RowDetails details, Trends trends, Revision revision) {
        this(year, municipality, edition, publicationDate, dateFromData, productVersion, districts, statistics,
                submissions, problems, fingerprint, details, trends, revision, null, null);
    }

    /** The same data with the issuing office of the cover and, for a revision, the original edition's date. */
    public BulletinData withImprint(String issuer, LocalDate originalDate) {
        String office = issuer == null || issuer.isBlank() ? null : issuer.strip();
        return new BulletinData(year, municipality, edition, publicationDate, dateFromData, productVersion, districts,
                statistics, submissions, problems, fingerprint, details, trends, revision, office, originalDate);
    }

    /** Bulletin data of an edition that is not a revision. */
    public BulletinData(int year, String municipality, Edition edition, LocalDate publicationDate,
                        boolean dateFromData, String productVersion, List<District> districts,
                        List<Statistic> statistics, List<SubmissionInForce> submissions, List<Problem> problems,
                        String fingerprint, RowDetails details, Trends trends) {
        this(year, municipality, edition, publicationDate, dateFromData, productVersion, districts, statistics,
                submissions, problems, fingerprint, details, trends, Revision.NONE);
    }

    /** Bulletin data without a trend (one year only). */
    public BulletinData(int year, String municipality, Edition edition, LocalDate publicationDate,
                        boolean dateFromData, String productVersion, List<District> districts,
                        List<Statistic> statistics, List<SubmissionInForce> submissions, List<Problem> problems,
                        String fingerprint, RowDetails details) {
        this(year, municipality, edition, publicationDate, dateFromData, productVersion, districts, statistics,
                submissions, problems, fingerprint, details, Trends.NONE);
    }

    /** Bulletin data without row details (synthetic statistics). */
    public BulletinData(int year, String municipality, Edition edition, LocalDate publicationDate,
                        boolean dateFromData, String productVersion, List<District> districts,
                        List<Statistic> statistics, List<SubmissionInForce> submissions, List<Problem> problems,
                        String fingerprint) {
        this(year, municipality, edition, publicationDate, dateFromData, productVersion, districts, statistics,
                submissions, problems, fingerprint, RowDetails.NONE);
    }

    /** The fingerprint of the statistics: the SHA-256 of statistics.csv as the job writes it. */
    public static String fingerprintOf(List<Statistic> statistics) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(StatisticsCsv.bytes(statistics)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stable identity of this edition of the bulletin: its PDF's document ID is a digest of it. */
    public String identity() {
        return fingerprint + "|" + year + "|" + municipality + "|" + edition + "|" + publicationDate
                + "|" + productVersion + (revision.revised() ? "|r" + revision.number() : "")
                + (issuer == null ? "" : "|" + issuer) + (originalDate == null ? "" : "|" + originalDate);
    }

    /** 初步, 正式, or 正式·修订1 for a revision: as the running header and the PDF's subject name the edition. */
    public String editionLabel() {
        return revision.revised() ? com.districtbulletin.text.Chinese.text("bulletin.edition.revised", revision.number())
                : edition.label();
    }

    public List<SubmissionInForce> submissionsOf(int reportYear) {
        return submissions.stream().filter(s -> s.year() == reportYear).toList();
    }
}
