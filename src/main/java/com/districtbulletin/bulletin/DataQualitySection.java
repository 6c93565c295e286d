package com.districtbulletin.bulletin;

import com.districtbulletin.print.PrintableText;
import com.districtbulletin.bulletin.data.SubmissionInForce;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.registry.District;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * 数据质量: which district submitted what (已报送 / 部分 / 未报送), the rows rejected per district
 * and problem, the files rejected whole, and the warnings. All from the validation report.
 */
final class DataQualitySection implements BulletinSection {

    private static final Color PARTIAL_FILL = new Color(0xFF, 0xF2, 0xCC);
    private static final Color MISSING_FILL = new Color(0xF8, 0xD7, 0xD7);

    @Override
    public void write(Composition c) {
        c.heading(Contents.QUALITY);
        c.paragraph(Chinese.text("bulletin.quality.intro"));
        c.note(Chinese.text("bulletin.quality.standIn", PrintableText.STAND_IN));
        c.subheading(Chinese.text("bulletin.quality.completeness"));
        c.tableTitle(Chinese.text("bulletin.quality.completenessTitle", c.data.year()));
        c.add(c.layout.compact() ? completenessCounts(c) : completeness(c));
        c.note(Chinese.text("bulletin.quality.legend"));
        c.subheading(Chinese.text("bulletin.quality.rejectedRows"));
        c.tableTitle(Chinese.text("bulletin.quality.rejectedRowsTitle", c.data.year()));
        PdfPTable rows = rejectedRows(c);
        if (rows == null) {
            c.dropTableTitle();
            c.paragraph(Chinese.text("bulletin.quality.none"));
        } else {
            c.add(rows);
        }
        c.subheading(Chinese.text("bulletin.quality.rejectedFiles"));
        c.tableTitle(Chinese.text("bulletin.quality.rejectedFilesTitle", c.data.year()));
        PdfPTable files = c.layout.compact() ? problemCounts(c, ProblemCode.Scope.FILE) : files(c, ProblemCode.Scope.FILE);
        if (files == null) {
            c.dropTableTitle();
            c.paragraph(Chinese.text("bulletin.quality.none"));
        } else {
            c.add(files);
        }
        c.tableTitle(Chinese.text("bulletin.quality.warningsTitle", c.data.year()));
        PdfPTable warnings = c.layout.compact() ? problemCounts(c, ProblemCode.Scope.WARNING)
                : files(c, ProblemCode.Scope.WARNING);
        if (warnings == null) {
            c.dropTableTitle();
        } else {
            c.subheading(Chinese.text("bulletin.quality.warnings"));
            c.add(warnings);
        }
    }

    private static PdfPTable completeness(Composition c) {
        float[] widths = new float[c.datasets.size() + 2];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 2.7f; // 东湖新技术开发区 on one line beside the eleven datasets
        widths[widths.length - 1] = 1.2f;
        PdfPTable table = c.table(widths, 1);
        table.addCell(c.headCell(Chinese.text("bulletin.table.district"), 1, 1));
        for (Dataset dataset : c.datasets) {
            table.addCell(c.headCell(twoEvenLines(DatasetSection.title(dataset)), 1, 1));
        }
        table.addCell(c.headCell(Chinese.text("bulletin.quality.rejectedCount"), 1, 1));
        Map<String, SubmissionInForce> submissions = new java.util.HashMap<>();
        c.data.submissionsOf(c.data.year()).forEach(s -> submissions.put(s.districtCode() + s.dataset(), s));
        for (District d : c.figures.districts()) {
            table.addCell(c.textCell(d.name(), c.type.tableCell, Element.ALIGN_LEFT));
            int rejected = 0;
            for (Dataset dataset : c.datasets) {
                Optional<SubmissionInForce> s = Optional.ofNullable(submissions.get(d.code() + dataset));
                boolean rejectedFile = s.isEmpty() && c.figures.of(com.districtbulletin.statistics.MetricCatalogue
                        .of(dataset).get(0), d.code()).status() == com.districtbulletin.statistics.Status.REJECTED;
                String state = rejectedFile ? "rejected" : s.isEmpty() ? "missing"
                        : s.get().isPartial() ? "partial" : "complete";
                PdfPCell cell = c.textCell(Chinese.text("bulletin.quality.state." + state), c.type.tableCell,
                        Element.ALIGN_CENTER);
                if (s.isEmpty()) {
                    cell.setBackgroundColor(MISSING_FILL);
                } else if (s.get().isPartial()) {
                    cell.setBackgroundColor(PARTIAL_FILL);
                }
                table.addCell(cell);
                rejected += s.map(SubmissionInForce::rowsRejected).orElse(0);
            }
            table.addCell(c.textCell(Integer.toString(rejected), c.type.tableCell, Element.ALIGN_RIGHT));
        }
        return table;
    }

    /**
     * A column title of four characters or more on two lines of (nearly) equal length — 监督／活动,
     * not 监督活／动 — as the completeness table has a narrow column for each of the eleven datasets.
     */
    static String twoEvenLines(String title) {
        if (title.length() < 4 || title.contains("\n")) {
            return title;
        }
        int half = (title.length() + 1) / 2;
        return title.substring(0, half) + "\n" + title.substring(half);
    }

    /** Beyond the full layout's limit: per dataset, how many districts are in each state. */
    private static PdfPTable completenessCounts(Composition c) {
        PdfPTable table = c.table(new float[] {2.2f, 1, 1, 1, 1}, 1);
        table.addCell(c.headCell(Chinese.text("bulletin.quality.dataset"), 1, 1));
        String[] states = {"complete", "partial", "missing", "rejected"};
        for (String state : states) {
            table.addCell(c.headCell(Chinese.text("bulletin.quality.state." + state), 1, 1));
        }
        Map<String, SubmissionInForce> submissions = new java.util.HashMap<>();
        c.data.submissionsOf(c.data.year()).forEach(s -> submissions.put(s.districtCode() + s.dataset(), s));
        for (Dataset dataset : c.datasets) {
            int[] counts = new int[4];
            for (District d : c.figures.districts()) {
                SubmissionInForce s = submissions.get(d.code() + dataset);
                if (s != null) {
                    counts[s.isPartial() ? 1 : 0]++;
                } else {
                    counts[c.figures.of(com.districtbulletin.statistics.MetricCatalogue.of(dataset).get(0), d.code())
                            .status() == com.districtbulletin.statistics.Status.REJECTED ? 3 : 2]++;
                }
            }
            table.addCell(c.textCell(DatasetSection.title(dataset), c.type.tableCell, Element.ALIGN_LEFT));
            for (int n : counts) {
                table.addCell(c.textCell(Integer.toString(n), c.type.tableCell, Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    /** Beyond the full layout's limit: files rejected whole (or warnings) counted per problem. */
    private static PdfPTable problemCounts(Composition c, ProblemCode.Scope scope) {
        if (c.data.problems().stream().noneMatch(p -> p.code().scope() == scope)) {
            return null;
        }
        Map<ProblemCode, Integer> counts = new TreeMap<>();
        for (Problem p : c.data.problems()) {
            if (p.code().scope() == scope) {
                counts.merge(p.code(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        PdfPTable table = c.table(new float[] {5f, 1f}, 1);
        table.addCell(c.headCell(Chinese.text("bulletin.quality.problem"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.quality.files"), 1, 1));
        for (Map.Entry<ProblemCode, Integer> e : counts.entrySet()) {
            table.addCell(c.cell(problem(c, e.getKey(), null), Element.ALIGN_LEFT));
            table.addCell(c.textCell(Integer.toString(e.getValue()), c.type.tableCell, Element.ALIGN_RIGHT));
        }
        return table;
    }

    /** Rejected rows counted per district, dataset and problem (a row with two problems counts under each). */
    private static PdfPTable rejectedRows(Composition c) {
        if (c.data.problems().stream().noneMatch(p -> p.code().scope() == ProblemCode.Scope.ROW)) {
            return null;
        }
        Map<String, Set<String>> rows = new TreeMap<>();
        for (Problem p : c.data.problems()) {
            if (p.code().scope() != ProblemCode.Scope.ROW) {
                continue;
            }
            Optional<SubmissionKey> key = keyOf(p.file());
            String district = c.layout.compact() ? "" : key.map(SubmissionKey::districtCode).orElse("");
            String dataset = key.map(k -> Integer.toString(k.dataset().ordinal())).orElse("");
            String sortKey = String.format(Locale.ROOT, "%05d|%s|%s|%02d", order(c, district), district, dataset,
                    p.code().ordinal());
            rows.computeIfAbsent(sortKey, k -> new HashSet<>()).add(p.file() + ":" + p.line());
        }
        if (rows.isEmpty()) {
            return null;
        }
        PdfPTable table = c.table(new float[] {2.2f, 1.3f, 3.2f, 1}, 1);
        table.addCell(c.headCell(Chinese.text("bulletin.table.district"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.quality.dataset"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.quality.problem"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.quality.rows"), 1, 1));
        for (Map.Entry<String, Set<String>> e : rows.entrySet()) {
            String[] parts = e.getKey().split("\\|", -1);
            table.addCell(c.textCell(DatasetSection.nameOf(c, parts[1]), c.type.tableCell, Element.ALIGN_LEFT));
            table.addCell(c.textCell(parts[2].isEmpty() ? "" : DatasetSection.title(Dataset.values()[
                    Integer.parseInt(parts[2])]), c.type.tableCell, Element.ALIGN_LEFT));
            ProblemCode code = ProblemCode.values()[Integer.parseInt(parts[3])];
            table.addCell(c.cell(problem(c, code, null), Element.ALIGN_LEFT));
            table.addCell(c.textCell(Integer.toString(e.getValue().size()), c.type.tableCell, Element.ALIGN_RIGHT));
        }
        return table;
    }

    /** Files rejected whole (or, for warnings, accepted with a remark): file, problem, message. */
    private static PdfPTable files(Composition c, ProblemCode.Scope scope) {
        if (c.data.problems().stream().noneMatch(p -> p.code().scope() == scope)) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem p : c.data.problems()) {
            if (p.code().scope() == scope) {
                problems.add(p);
            }
        }
        if (problems.isEmpty()) {
            return null;
        }
        PdfPTable table = c.table(new float[] {2.5f, 2.5f, 3.6f}, 1);
        table.addCell(c.headCell(Chinese.text("bulletin.quality.file"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.quality.problem"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.quality.message"), 1, 1));
        for (Problem p : problems) {
            table.addCell(c.textCell(p.file(), c.type.tableCell, Element.ALIGN_LEFT));
            table.addCell(c.cell(problem(c, p.code(), p.column()), Element.ALIGN_LEFT));
            table.addCell(c.textCell(p.message(), c.type.note.sized(7.5f), Element.ALIGN_LEFT));
        }
        return table;
    }

    /** The problem in words, then its code (as in validation-report.csv) in small type. */
    private static Phrase problem(Composition c, ProblemCode code, String column) {
        String label = Chinese.text("bulletin.problem." + code.name());
        if (column != null) {
            label = Chinese.text("bulletin.quality.problemInColumn", label, column);
        }
        Phrase phrase = c.type.tableCell.phrase(label);
        phrase.add(c.type.note.sized(6.5f).chunk(" " + code.name()));
        return phrase;
    }

    private static Optional<SubmissionKey> keyOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return SubmissionName.parse(name);
    }

    private static int order(Composition c, String code) {
        List<District> districts = c.figures.districts();
        for (int i = 0; i < districts.size(); i++) {
            if (districts.get(i).code().equals(code)) {
                return i;
            }
        }
        return districts.size();
    }
}
