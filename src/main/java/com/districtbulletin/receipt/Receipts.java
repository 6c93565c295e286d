package com.districtbulletin.receipt;

import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.output.AtomicFile;
import com.districtbulletin.output.CsvOutput;
import com.districtbulletin.registry.District;
import com.districtbulletin.registry.DistrictStore;
import com.districtbulletin.report.ValidationReport;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.StatisticStore;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore;
import com.districtbulletin.storage.SubmissionStore.Version;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
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

    public Receipts(SubmissionStore submissions, DistrictStore districts, ValidationReport report,
                    StatisticStore statistics) {
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

    /** Writes the folder of every district of the year; returns how many. */
    public int write(int year, Path yearOutput) throws IOException {
        List<District> existing = districts.existingIn(year);
        Map<String, List<Version>> versions = submissions.versions(year).stream()
                .collect(Collectors.groupingBy(Version::districtCode));
        Map<Object, List<List<?>>> problems = report.rows(year).stream()
                .filter(row -> row.get(ProblemLine.DISTRICT_CODE) != null)
                .collect(Collectors.groupingBy(row -> row.get(ProblemLine.DISTRICT_CODE)));
        List<Statistic> figures = statistics.load(year);
        Map<String, Integer> ranked = new HashMap<>();
        for (Statistic s : figures) {
            if (s.rank() != null) {
                ranked.merge(s.metric().id(), 1, Integer::sum);
            }
        }
        Map<String, List<Statistic>> byDistrict = figures.stream().filter(s -> !s.isMunicipality())
                .collect(Collectors.groupingBy(Statistic::districtCode));
        ReceiptDocument document = new ReceiptDocument(BulletinFonts.shared());
        for (District d : existing) {
            List<Version> own = versions.getOrDefault(d.code(), List.of());
            List<List<?>> ownProblems = problems.getOrDefault(d.code(), List.of());
            Set<?> inForce = own.stream().filter(v -> v.state().equals(StoredSubmission.IN_FORCE))
                    .map(Version::dataset).collect(Collectors.toSet());
            List<Statistic> ownFigures = byDistrict.getOrDefault(d.code(), List.of()).stream()
                    .filter(s -> inForce.contains(s.metric().dataset())).toList();
            write(document, new Receipt(year, d, own, ownProblems, ownFigures, ranked), yearOutput);
        }
        return existing.size();
    }

    /** One district's folder: its problems file and its receipt. */
    static void write(ReceiptDocument document, Receipt receipt, Path yearOutput) throws IOException {
        String code = receipt.district().code();
        Path folder = yearOutput.resolve("districts").resolve(code);
        CsvOutput.write(folder.resolve(problemsName(code, receipt.year())), ValidationReport.HEADER,
                receipt.problems());
        AtomicFile.write(folder.resolve(receiptName(code, receipt.year())), out -> document.write(receipt, out));
    }
}
