package com.districtbulletin.bulletin.data;

import com.districtbulletin.print.PrintableText;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.edition.EditionRecord;
import com.districtbulletin.edition.EditionStore;
import com.districtbulletin.edition.Revision;
import com.districtbulletin.edition.RevisionLine;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.statistics.StatisticsCalculator;
import com.districtbulletin.report.ValidationReport;
import com.districtbulletin.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Gathers a year's bulletin data from the database: the stored statistics and their sources. */
@Component
public class BulletinSource {

    private final JdbcTemplate jdbc;
    private final StatisticStore statistics;
    private final DistrictStore districts;
    private final ValidationReport validationReport;
    private final RowDetailsQuery details;
    private final StatisticsCalculator calculator;
    private final EditionStore editions;
    private final LatestDates latestDates;

    public BulletinSource(JdbcTemplate jdbc, StatisticStore statistics, DistrictStore districts,
                          ValidationReport validationReport, RowDetailsQuery details, StatisticsCalculator calculator,
                          EditionStore editions, LatestDates latestDates) {
        this.jdbc = jdbc;
        this.latestDates = latestDates;
        this.editions = editions;
        this.calculator = calculator;
        this.details = details;
        this.statistics = statistics;
        this.districts = districts;
        this.validationReport = validationReport;
    }

    /**
     * The bulletin data of a year.
     *
     * @param publicationDate the configured date, or null to take the latest date found in the data
     */
    public BulletinData load(int year, String municipality, Edition edition, LocalDate publicationDate,
                             String productVersion) {
        return load(year, municipality, edition, publicationDate, productVersion, Revision.NONE);
    }

    /**
     * The bulletin data of an edition of a year; a revision's lines name districts and files as
     * printable text.
     *
     * @param publicationDate the configured date, or null to take the latest date found in the data
     */
    public BulletinData load(int year, String municipality, Edition edition, LocalDate publicationDate,
                             String productVersion, Revision revision) {
        return load(year, municipality, edition, publicationDate, productVersion, revision, statistics.load(year));
    }

    /**
     * The bulletin data of a stored edition: its figures as stored with it, whatever the year's
     * statistics became since (a run that finishes an interrupted edition prints what it computed).
     */
    public BulletinData loadEdition(EditionRecord edition, String municipality, LocalDate publicationDate,
                                    String productVersion, Revision revision) {
        List<Statistic> figures = statistics.loadEdition(edition.id(), edition.year());
        return loadEdition(edition, municipality, publicationDate, productVersion, revision, figures,
                BulletinData.fingerprintOf(figures), () -> details.load(edition.year()));
    }

    /**
     * As {@link #loadEdition(EditionRecord, String, LocalDate, String, Revision)}, from the edition's
     * figures the caller loaded, the SHA-256 of their statistics.csv and the year's {@link #rowDetails},
     * asked for last: the caller may be reading them meanwhile.
     */
    public BulletinData loadEdition(EditionRecord edition, String municipality, LocalDate publicationDate,
                                    String productVersion, Revision revision, List<Statistic> figures,
                                    String fingerprint, Supplier<RowDetails> rowDetails) {
        return load(edition.year(), municipality, edition.kind(), publicationDate, productVersion, revision, figures,
                fingerprint, rowDetails);
    }

    /** What the bulletin tells of the year's rows beyond the figures (subjects, fields, units, organs). */
    public RowDetails rowDetails(int year) {
        return details.load(year);
    }

    private BulletinData load(int year, String municipality, Edition edition, LocalDate publicationDate,
                              String productVersion, Revision revision, List<Statistic> figures) {
        return load(year, municipality, edition, publicationDate, productVersion, revision, figures,
                BulletinData.fingerprintOf(figures), () -> details.load(year));
    }

    private BulletinData load(int year, String municipality, Edition edition, LocalDate publicationDate,
                              String productVersion, Revision revision, List<Statistic> figures,
                              String fingerprint, Supplier<RowDetails> rowDetails) {
        Trends trends = trends(year, figures);
        LocalDate date = publicationDate != null ? publicationDate : latestDateInData(year);
        // names, paths, headers and messages quoting cells are input: printed with what the fonts can show
        return new BulletinData(year, municipality, edition == null ? Edition.PROVISIONAL : edition, date,
                publicationDate == null, productVersion,
                districts.existingIn(year).stream().map(d -> new District(d.code(), PrintableText.of(d.name()), d.deputies(),
                        d.order(), d.deputiesAllLevels(), d.since(), d.until())).toList(),
                printable(figures),
                submissionsInForce(year),
                validationReport.problems(year).stream().map(p -> new Problem(PrintableText.of(p.file()), p.line(),
                        PrintableText.of(p.column()), PrintableText.of(p.value()), p.code(),
                        PrintableText.of(p.message()))).toList(),
                fingerprint, printable(rowDetails.get()), trends, printable(revision));
    }

    /**
     * The year's figures and those of the up to four years before it that have any: a year's stored
     * statistics (for a closed year, its published figures), else figures computed from its
     * submissions in force, not stored; a year with neither is left out.
     */
    private Trends trends(int year, List<Statistic> figures) {
        Set<Integer> stored = new HashSet<>(statistics.storedYears());
        Set<Integer> submitted = new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT report_year FROM submission_in_force", Integer.class));
        // only the key figures are kept: a province's four past years would otherwise hold a million figures;
        // last year's also the v3-dependent ones, whose districts the 综述 compares (contract v3 10.17)
        Set<Metric> key = Set.copyOf(Trends.KEY_FIGURES.stream().map(MetricCatalogue::byId).toList());
        Set<Metric> lastYears = new HashSet<>(key);
        MetricCatalogue.METRICS.stream().filter(Metric::v3Dependent).forEach(lastYears::add);
        Map<Integer, List<Statistic>> byYear = new LinkedHashMap<>();
        for (int past = year - Trends.TERM + 1; past < year; past++) {
            Set<Metric> kept = past == year - 1 ? lastYears : key;
            if (stored.contains(past)) {
                byYear.put(past, keyOnly(statistics.load(past), kept));
            } else if (submitted.contains(past)) {
                byYear.put(past, keyOnly(calculator.compute(past), kept));
            }
        }
        byYear.put(year, keyOnly(figures, key));
        List<District> registry = districts.all().stream().map(d -> new District(d.code(),
                PrintableText.of(d.name()), d.deputies(), d.order(), d.deputiesAllLevels(), d.since(), d.until()))
                .toList();
        return new Trends(new ArrayList<>(byYear.keySet()), byYear, registry, editions.closedYears());
    }

    private static List<Statistic> keyOnly(List<Statistic> figures, Set<Metric> key) {
        // by id: a metric's own hash walks its whole definition, once per figure
        Set<String> ids = new HashSet<>(key.stream().map(Metric::id).toList());
        return figures.stream().filter(s -> ids.contains(s.metric().id())).toList();
    }

    private static Revision printable(Revision revision) {
        return new Revision(revision.number(), revision.lines().stream().map(l -> new RevisionLine(l.year(),
                l.districtCode(), l.districtName() == null ? null : PrintableText.of(l.districtName()), l.metric(),
                l.oldValue(), l.newValue(), l.oldStatus(), l.newStatus(), PrintableText.of(l.cause()))).toList());
    }

    /** The laws, subjects and handling units the bulletin names come from cells of the input. */
    private static RowDetails printable(RowDetails d) {
        return new RowDetails(
                d.inspectionSubjects().stream().map(s -> new RowDetails.Subject(PrintableText.of(s.subject()),
                        s.districts())).toList(),
                d.inquirySubjects().stream().map(s -> new RowDetails.Subject(PrintableText.of(s.subject()),
                        s.districts())).toList(),
                d.suggestionFields(),
                d.handlingUnits().stream().map(u -> new RowDetails.Unit(PrintableText.of(u.name()), u.suggestions(),
                        u.withFeedback(), u.satisfied())).toList(),
                d.appointmentOrgans(), d.appointed(), d.lawExams(), d.oaths());
    }

    private static List<Statistic> printable(List<Statistic> figures) {
        SharedValues shared = new SharedValues();
        return figures.stream().map(shared::printable).toList();
    }

    /**
     * The latest date recorded in the rows of the year's submissions in force: a submission cannot
     * have been made before the events it reports, and unlike {@code submission.ingested_at} (a
     * wall-clock time) it is the same on every run. With no rows at all, the year's last day.
     */
    public LocalDate latestDateInData(int year) {
        LocalDate latest = latestDates.latest(year);
        return latest == null ? LocalDate.of(year, 12, 31) : latest;
    }

    /** The submissions in force for the year and the one before (its figures give the year-on-year changes). */
    private List<SubmissionInForce> submissionsInForce(int year) {
        return jdbc.query("""
                SELECT district_code, report_year, dataset, file_path, sha256, rows_accepted, rows_rejected, warnings
                FROM submission_in_force WHERE report_year IN (?, ?)
                ORDER BY report_year DESC, district_code, dataset, file_path""",
                (rs, i) -> new SubmissionInForce(rs.getString(1), rs.getInt(2),
                        Dataset.named(rs.getString(3)).orElseThrow(), PrintableText.of(rs.getString(4)),
                        rs.getString(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8)),
                year, year - 1);
    }
}
