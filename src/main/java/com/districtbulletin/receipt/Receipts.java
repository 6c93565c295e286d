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
import com.districtbulletin.statistics.FiguresDigest;
import com.districtbulletin.statistics.Metric;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.storage.SubmissionStore.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * (see {@link #RECEIPT}); returns how many districts the year has. A receipt is known unchanged
     * by its district's figures' digest: the year's figures are read only for the receipts written.
     * Many receipts are written on two threads, the second with font objects of its own: each
     * receipt is the same whichever thread writes it.
     */
    public int write(int year, Path yearOutput, Ledger ledger) throws IOException {
        List<District> existing = districts.existingIn(year);
        Map<String, List<Version>> versions = submissions.versions(year).stream()
                .collect(Collectors.groupingBy(Version::districtCode));
        Map<Object, List<List<?>>> problems = report.rows(year).stream()
                .filter(row -> row.get(ProblemLine.DISTRICT_CODE) != null)
                .collect(Collectors.groupingBy(row -> row.get(ProblemLine.DISTRICT_CODE)));
        Map<String, Integer> ranked = statistics.rankedDistricts(year);
        Map<String, String> digests = statistics.digests(year);
        if (digests.isEmpty()) {
            // figures stored by a build that kept no digests
            digests = FiguresDigest.of(statistics.load(year)).byDistrict();
        }
        Map<String, CollectedColumns.DistrictYear> collection = collected.of(year);
        Map<String, Receipt> changed = new LinkedHashMap<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (District d : existing) {
            List<Version> own = versions.getOrDefault(d.code(), List.of());
            List<List<?>> ownProblems = problems.getOrDefault(d.code(), List.of());
            // the receipt without its figures, which count by their digest
            Receipt receipt = new Receipt(year, d, own, ownProblems, List.of(), ranked, collection.get(d.code()));
            Path folder = folder(yearOutput, d.code());
            ledger.writeIfChanged(PROBLEMS, folder.resolve(problemsName(d.code(), year)), problemsFingerprint(receipt),
                    out -> out.write(CsvOutput.bytes(ValidationReport.HEADER, receipt.problems())));
            String fingerprint = fingerprint(receipt, digests.get(d.code()));
            if (!ledger.unchanged(RECEIPT, receiptFile(yearOutput, receipt), fingerprint)) {
                changed.put(d.code(), receipt);
                fingerprints.put(d.code(), fingerprint);
            }
        }
        List<Receipt> toWrite = withFigures(year, changed);
        writeReceipts(toWrite, yearOutput, ledger, fingerprints);
        return existing.size();
    }

    /** The receipts to write with their districts' figures, of the datasets they have in force. */
    private List<Receipt> withFigures(int year, Map<String, Receipt> receipts) {
        Map<String, List<Statistic>> byDistrict = (receipts.size() > READ_ALL_FROM ? statistics.load(year)
                : statistics.load(year, receipts.keySet())).stream()
                .filter(s -> !s.isMunicipality())
                .collect(Collectors.groupingBy(Statistic::districtCode));
        List<Receipt> complete = new ArrayList<>(receipts.size());
        for (Receipt r : receipts.values()) {
            Set<?> inForce = r.versions().stream().filter(v -> v.state().equals(StoredSubmission.IN_FORCE))
                    .map(Version::dataset).collect(Collectors.toSet());
            List<Statistic> figures = byDistrict.getOrDefault(r.district().code(), List.of()).stream()
                    .filter(s -> inForce.contains(s.metric().dataset())).toList();
            complete.add(new Receipt(r.year(), r.district(), r.versions(), r.problems(), figures, r.rankedDistricts(),
                    r.collected()));
        }
        return complete;
    }

    /** Beyond this many receipts to write, the year's figures are read whole rather than district by district. */
    static final int READ_ALL_FROM = 200;

    /** The ledger's kinds: the receipts and the problems files. */
    public static final String RECEIPT = "receipt";
    public static final String PROBLEMS = "problems";

    /** Below this many receipts to write, a second font set is not worth its loading (a receipt takes about 0.1 s). */
    static final int TWO_THREADS_FROM = 40;

    private static void writeReceipts(List<Receipt> receipts, Path yearOutput, Ledger ledger,
                                      Map<String, String> fingerprints) throws IOException {
        TwoThreadWriting.write(receipts, TWO_THREADS_FROM,
                (part, fonts) -> writeReceipts(part, yearOutput, ledger, fingerprints, fonts));
    }

    private static void writeReceipts(List<Receipt> receipts, Path yearOutput, Ledger ledger,
                                      Map<String, String> fingerprints, BulletinFonts fonts) throws IOException {
        ReceiptDocument document = new ReceiptDocument(fonts);
        for (Receipt r : receipts) {
            ledger.write(RECEIPT, receiptFile(yearOutput, r), fingerprints.get(r.district().code()),
                    out -> document.write(r, out));
        }
    }

    /**
     * What a receipt is made from: the receipt's whole content but its figures (the district as the
     * registry has it, its versions with their states and times — pending ones included —, its
     * problems, the number of districts ranked per metric, and what contract v3 collected — the
     * absent columns and the not-v3 line the receipt prints), and the digest of its district's
     * figures with their ranks ({@link FiguresDigest}; which of them it prints follows from its
     * versions in force). Its document is a pure function of these (its PDF dates are the latest
     * time of receipt), and the build counts besides.
     */
    static String fingerprint(Receipt withoutFigures, String figuresDigest) {
        return Fingerprint.of(RECEIPT).briefly(Metric.class, Metric::id).add(withoutFigures)
                .add(figuresDigest == null ? "" : figuresDigest).hex();
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
