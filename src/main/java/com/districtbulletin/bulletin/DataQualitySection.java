package com.districtbulletin.bulletin;

import com.districtbulletin.statistics.MetricCatalogue;
import com.districtbulletin.bulletin.data.SubmissionInForce;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.print.PrintableText;
import com.districtbulletin.print.Style;
import com.districtbulletin.registry.District;
import com.districtbulletin.statistics.Status;
import com.districtbulletin.submission.SubmissionKey;
import com.districtbulletin.submission.SubmissionName;
import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 数据质量, for a leader: which district's data of which dataset are in the figures (已报送 / 部分 /
 * 未通过审核 / 未报送), and for each district and dataset with rows left out, how many and why, in
 * words. Nothing here grows with a file: the tables are bounded by districts × datasets. What a
 * clerk must fix, file by file and line by line, is in the district's receipt.
 */
final class DataQualitySection implements BulletinSection {

    private static final Color PARTIAL_FILL = new Color(0xFF, 0xF2, 0xCC);
    private static final Color MISSING_FILL = new Color(0xF8, 0xD7, 0xD7);
    /** The widest state, 未通过审核, must fit its column on one line. */
    private static final String WIDEST_STATE = "rejected";

    /** A district's data of a dataset, as the figures use them. */
    enum State { COMPLETE, PARTIAL, REJECTED, MISSING;

        String label() {
            return Chinese.text("bulletin.quality.state." + switch (this) {
                case COMPLETE -> "complete";
                case PARTIAL -> "partial";
                case REJECTED -> "rejected";
                case MISSING -> "missing";
            });
        }
    }

    @Override
    public void write(Composition c) {
        c.heading(Contents.QUALITY);
        c.paragraph(Chinese.text("bulletin.quality.intro"));
        c.subheading(Chinese.text("bulletin.quality.completeness"));
        c.tableTitle(Chinese.text("bulletin.quality.completenessTitle", c.data.year()));
        c.add(c.layout.compact() ? completenessCounts(c) : completeness(c));
        c.note(Chinese.text("bulletin.quality.legend"));
        c.subheading(Chinese.text("bulletin.quality.rejectedRows"));
        Map<String, Map<ProblemCode, Set<String>>> rows = rejectedRows(c);
        if (rows.isEmpty()) {
            c.paragraph(Chinese.text("bulletin.quality.none"));
        } else {
            c.tableTitle(Chinese.text("bulletin.quality.rejectedRowsTitle", c.data.year()));
            c.add(rejectedRowsTable(c, rows));
        }
        c.paragraph(Chinese.text("bulletin.quality.receipts", c.data.year()));
        c.note(Chinese.text("bulletin.quality.standIn", PrintableText.STAND_IN));
    }

    /** The state of every district's data of a dataset, as the figures see them. */
    static State state(Composition c, Map<String, SubmissionInForce> submissions, District d, Dataset dataset) {
        SubmissionInForce s = submissions.get(d.code() + dataset);
        if (s != null) {
            return s.isPartial() ? State.PARTIAL : State.COMPLETE;
        }
        return c.figures.of(MetricCatalogue.of(dataset).get(0), d.code()).status() == Status.REJECTED
                ? State.REJECTED : State.MISSING;
    }

    private static Map<String, SubmissionInForce> submissions(Composition c) {
        Map<String, SubmissionInForce> submissions = new HashMap<>();
        c.data.submissionsOf(c.data.year()).forEach(s -> submissions.put(s.districtCode() + s.dataset(), s));
        return submissions;
    }

    private static PdfPTable completeness(Composition c) {
        float nameWidth = 8f + c.figures.districts().stream().map(d -> c.type.tableCell.width(d.name()))
                .max(Float::compare).orElse(40f); // 东湖新技术开发区 on one line
        float column = (c.width() - nameWidth) / c.datasets.size();
        float[] widths = new float[c.datasets.size() + 1];
        java.util.Arrays.fill(widths, column);
        widths[0] = nameWidth;
        PdfPTable table = c.table(widths, 1);
        Style cellStyle = fitting(c, column);
        table.addCell(c.headCell(Chinese.text("bulletin.table.district"), 1, 1));
        for (Dataset dataset : c.datasets) {
            table.addCell(c.headCell(twoEvenLines(DatasetSection.title(dataset)), 1, 1));
        }
        Map<String, SubmissionInForce> submissions = submissions(c);
        for (District d : c.figures.districts()) {
            table.addCell(c.textCell(d.name(), c.type.tableCell, Element.ALIGN_LEFT));
            for (Dataset dataset : c.datasets) {
                State state = state(c, submissions, d, dataset);
                PdfPCell cell = c.textCell(state.label(), cellStyle, Element.ALIGN_CENTER);
                cell.setNoWrap(true);
                cell.setPaddingLeft(1f);
                cell.setPaddingRight(1f);
                if (state == State.REJECTED || state == State.MISSING) {
                    cell.setBackgroundColor(MISSING_FILL);
                } else if (state == State.PARTIAL) {
                    cell.setBackgroundColor(PARTIAL_FILL);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** The table cell's type, smaller when the datasets' columns are too narrow for 未通过审核 on one line. */
    private static Style fitting(Composition c, float column) {
        Style style = c.type.tableCell;
        float room = column - 3f;
        float needed = style.width(Chinese.text("bulletin.quality.state." + WIDEST_STATE));
        return needed <= room ? style : style.sized(style.font().getSize() * room / needed);
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
        for (State state : State.values()) {
            table.addCell(c.headCell(state.label(), 1, 1));
        }
        Map<String, SubmissionInForce> submissions = submissions(c);
        for (Dataset dataset : c.datasets) {
            int[] counts = new int[State.values().length];
            for (District d : c.figures.districts()) {
                counts[state(c, submissions, d, dataset).ordinal()]++;
            }
            table.addCell(c.textCell(DatasetSection.title(dataset), c.type.tableCell, Element.ALIGN_LEFT));
            for (int n : counts) {
                table.addCell(c.textCell(Integer.toString(n), c.type.tableCell, Element.ALIGN_RIGHT));
            }
        }
        return table;
    }

    /**
     * The rows left out of the figures, per district and dataset (per dataset only beyond the full
     * layout's limit), by kind of problem: the distinct lines of each kind. A row with two kinds
     * of problem counts under each kind, once in the total.
     */
    private static Map<String, Map<ProblemCode, Set<String>>> rejectedRows(Composition c) {
        Map<String, Map<ProblemCode, Set<String>>> rows = new LinkedHashMap<>();
        for (Problem p : c.data.problems()) {
            if (p.code().scope() != ProblemCode.Scope.ROW) {
                continue;
            }
            Optional<SubmissionKey> key = keyOf(p.file());
            if (key.isEmpty() || key.get().year() != c.data.year()) {
                continue;
            }
            String district = c.layout.compact() ? "" : key.get().districtCode();
            String group = district + "|" + key.get().dataset().name();
            rows.computeIfAbsent(group, g -> new EnumMap<>(ProblemCode.class))
                    .computeIfAbsent(p.code(), k -> new HashSet<>()).add(p.file() + ":" + p.line());
        }
        // in the order of the districts, then of the datasets
        Map<String, Map<ProblemCode, Set<String>>> ordered = new LinkedHashMap<>();
        List<String> districts = new ArrayList<>();
        if (c.layout.compact()) {
            districts.add("");
        } else {
            c.figures.districts().forEach(d -> districts.add(d.code()));
            rows.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).filter(d -> !districts.contains(d))
                    .sorted().forEach(districts::add);
        }
        for (String district : districts) {
            for (Dataset dataset : java.util.List.of(Dataset.values())) {
                Map<ProblemCode, Set<String>> byKind = rows.get(district + "|" + dataset.name());
                if (byKind != null) {
                    ordered.put(district + "|" + dataset.name(), byKind);
                }
            }
        }
        return ordered;
    }

    private static PdfPTable rejectedRowsTable(Composition c, Map<String, Map<ProblemCode, Set<String>>> rows) {
        boolean byDistrict = !c.layout.compact();
        PdfPTable table = byDistrict ? c.table(new float[] {2f, 1.5f, 1f, 5.5f}, 1)
                : c.table(new float[] {1.5f, 1f, 5.5f}, 1);
        if (byDistrict) {
            table.addCell(c.headCell(Chinese.text("bulletin.table.district"), 1, 1));
        }
        table.addCell(c.headCell(Chinese.text("bulletin.quality.dataset"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.quality.rows"), 1, 1));
        table.addCell(c.headCell(Chinese.text("bulletin.quality.kinds"), 1, 1));
        String separator = Chinese.text("bulletin.quality.kindSeparator");
        for (Map.Entry<String, Map<ProblemCode, Set<String>>> e : rows.entrySet()) {
            String[] parts = e.getKey().split("\\|", -1);
            if (byDistrict) {
                table.addCell(c.textCell(DatasetSection.nameOf(c, parts[0]), c.type.tableCell, Element.ALIGN_LEFT));
            }
            table.addCell(c.textCell(DatasetSection.title(Dataset.valueOf(parts[1])), c.type.tableCell,
                    Element.ALIGN_LEFT));
            Set<String> all = new HashSet<>();
            List<String> kinds = new ArrayList<>();
            e.getValue().entrySet().stream()
                    .sorted((a, b) -> b.getValue().size() != a.getValue().size()
                            ? Integer.compare(b.getValue().size(), a.getValue().size()) : a.getKey().compareTo(b.getKey()))
                    .forEach(k -> {
                        all.addAll(k.getValue());
                        kinds.add(Chinese.text("bulletin.quality.kind", kindLabel(k.getKey()), k.getValue().size()));
                    });
            table.addCell(c.textCell(Integer.toString(all.size()), c.type.tableCell, Element.ALIGN_RIGHT));
            table.addCell(c.textCell(String.join(separator, kinds), c.type.tableCell, Element.ALIGN_LEFT));
        }
        return table;
    }

    /** The kind of problem in a leader's words; a kind without words of its own is 其他问题. */
    static String kindLabel(ProblemCode code) {
        String key = "bulletin.problem." + code.name();
        return Chinese.has(key) ? Chinese.text(key) : Chinese.text("bulletin.quality.otherKind");
    }

    private static Optional<SubmissionKey> keyOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return SubmissionName.parse(name);
    }
}
