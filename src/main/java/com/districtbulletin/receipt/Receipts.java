package com.districtbulletin.receipt;

import com.districtbulletin.fingerprint.Fingerprint;
import com.districtbulletin.fingerprint.Ledger;
import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.TwoThreadWriting;
import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.registry.District;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.report.ValidationReport;
import com.districtbulletin.statistics.CollectedColumns;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.storage.SubmissionStore.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Each district's own folder of the year (data contract section 9), {@code districts/<code>/}:
 * {@code problems-<code>-<year>.csv}, its rows of the validation report, and
 * {@code receipt-<code>-<year>.pdf}, its receipt. The store is read once for all districts.
 */
@Component
public class Receipts {

    private final SubmissionStore submissions;
    private final DistrictStore districts;
    private final ValidationReport report;
    private final StatisticStore statistics;
    private final CollectedColumns collected;

    public Receipts(SubmissionStore submissions, DistrictStore districts, ValidationReport report,
                    StatisticStore statistics, CollectedColumns collected) {
        this.collected = collected;
        this.submissions = submissions;
        this.districts = districts;
        this.report = report;
        this.statistics = statistics;
    }

    public static String receiptName(String code, int year) {
        return "receipt-" + code + "-" + year + ".pdf";
    }

    public static String problemsName(String code, int year) {
        return "problems-" + code + "-" + year + ".csv";
    }

    /**
     * Writes the folder of every district of the year whose receipt or problems file changed
     * (see {@link #RECEIPT}); returns how many districts the year has. Many receipts are written on
     * two threads, the second with font objects of its own: each receipt is the same whichever
     * thread writes it.
     */
    public int write(int year, Path yearOutput, Ledger ledger) throws IOException {
        List<District> existing = districts.existingIn(year);
        Map<String, List<Version>> versions = submissions.versions(year).stream()
                .collect(Collectors.groupingBy(Version::districtCode));
        Map<Object, List<List<?>>> problems = report.rows(year).stream()
                .filter(row -> row.get(ProblemLine.DISTRICT_CODE) != null)
                .collect(Collectors.groupingBy(row -> row.get(ProblemLine.DISTRICT_CODE)));
        List<Statistic> figures = statistics.load(year);
        Map<String, Integer> ranked = new TreeMap<>();
        for (Statistic s : figures) {
            if (s.rank() != null) {
                ranked.merge(s.metric().id(), 1, Integer::sum);
            }
        }
        Map<String, List<Statistic>> byDistrict = figures.stream().filter(s -> !s.isMunicipality())
                .collect(Collectors.groupingBy(Statistic::districtCode));
        Map<String, CollectedColumns.DistrictYear> collection = collected.of(year);
        List<Receipt> changed = new ArrayList<>();
        for (District d : existing) {
            List<Version> own = versions.getOrDefault(d.code(), List.of());
            List<List<?>> ownProblems = problems.getOrDefault(d.code(), List.of());
            Set<?> inForce = own.stream().filter(v -> v.state().equals(StoredSubmission.IN_FORCE))
                    .map(Version::dataset).collect(Collectors.toSet());
            List<Statistic> ownFigures = byDistrict.getOrDefault(d.code(), List.of()).stream()
                    .filter(s -> inForce.contains(s.metric().dataset())).toList();
            Receipt receipt = new Receipt(year, d, own, ownProblems, ownFigures, ranked, collection.get(d.code()));
            Path folder = folder(yearOutput, d.code());
            ledger.writeIfChanged(PROBLEMS, folder.resolve(problemsName(d.code(), year)), problemsFingerprint(receipt),
                    out -> out.write(CsvOutput.bytes(ValidationReport.HEADER, receipt.problems())));
            if (!ledger.unchanged(RECEIPT, receiptFile(yearOutput, receipt), fingerprint(receipt))) {
                changed.add(receipt);
            }
        }
        writeReceipts(changed, yearOutput, ledger);
        return existing.size();
    }

    /** The ledger's kinds: the receipts and the problems files. */
    public static final String RECEIPT = "receipt";
    public static final String PROBLEMS = "problems";

    /** Below this many receipts to write, a second font set is not worth its loading (a receipt takes about 0.1 s). */
    static final int TWO_THREADS_FROM = 40;

    private static void writeReceipts(List<Receipt> receipts, Path yearOutput, Ledger ledger) throws IOException {
        TwoThreadWriting.write(receipts, TWO_THREADS_FROM, (part, fonts) -> writeReceipts(part, yearOutput, ledger, fonts));
    }

    private static void writeReceipts(List<Receipt> receipts, Path yearOutput, Ledger ledger, BulletinFonts fonts)
            throws IOException {
        ReceiptDocument document = new ReceiptDocument(fonts);
        for (Receipt r : receipts) {
            ledger.write(RECEIPT, receiptFile(yearOutput, r), fingerprint(r), out -> document.write(r, out));
        }
    }

    /**
     * What a receipt is made from: the receipt's whole content (the district as the registry has it,
     * its versions with their states and times — pending ones included —, its problems, its figures
     * with their ranks and the number of districts ranked, and what contract v3 collected — the absent
     * columns and the not-v3 line the receipt prints). Its document is a pure function of
     * these (its PDF dates are the latest time of receipt), and the build counts besides.
     */
    static String fingerprint(Receipt receipt) {
        return Fingerprint.of(RECEIPT).briefly(Metric.class, Metric::id).add(receipt).hex();
    }

    private static String problemsFingerprint(Receipt receipt) {
        return Fingerprint.of(PROBLEMS).add(ValidationReport.HEADER).add(receipt.problems()).hex();
    }

    /** One district's folder written whatever it held: its problems file and its receipt (the benchmark's measure). */
    static void write(ReceiptDocument document, Receipt receipt, Path yearOutput) throws IOException {
        String code = receipt.district().code();
        CsvOutput.write(folder(yearOutput, code).resolve(problemsName(code, receipt.year())), ValidationReport.HEADER,
                receipt.problems());
        AtomicFile.write(receiptFile(yearOutput, receipt), out -> document.write(receipt, out));
    }

    private static Path folder(Path yearOutput, String code) {
        return yearOutput.resolve("districts").resolve(code);
    }

    private static Path receiptFile(Path yearOutput, Receipt r) {
        return folder(yearOutput, r.district().code()).resolve(receiptName(r.district().code(), r.year()));
    }
}
