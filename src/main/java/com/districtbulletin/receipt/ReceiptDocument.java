package com.districtbulletin.receipt;

import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.DocumentIdentity;
import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.KeepTogether;
import com.districtbulletin.print.PrintableText;
import com.districtbulletin.print.Style;
import com.districtbulletin.print.ThreeLineTable;
import com.districtbulletin.print.Typography;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore.Version;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A district's receipt (回执) as a PDF, set with the print toolkit (embedded fonts, Chinese line
 * breaking, 三线表): every file it sent — those refused for their name or type included — with
 * its state, its problems grouped by file and kind, and its own figures. Its bytes depend only on
 * what it says: the PDF's dates are the latest stored time of receipt, its id a digest of its versions.
 */
final class ReceiptDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NONE = "—";

    private final BulletinFonts fonts;
    private final Typography type;
    private final Style warning;
    private final Style cellWarning;

    ReceiptDocument(BulletinFonts fonts) {
        this.fonts = fonts;
        this.type = Typography.forProfiles(fonts);
        this.warning = type.bodyStrong.sized(9.5f).colored(Typography.RED);
        this.cellWarning = type.tableCellStrong.sized(8f).colored(Typography.RED);
    }

    /** Writes the receipt; one document object writes one receipt at a time (the fonts are shared). */
    void write(Receipt r, OutputStream out) {
        fonts.reseed();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String name = PrintableText.of(r.district().name() == null ? r.district().code() : r.district().name());
        String title = Chinese.text("receipt.title", name, r.district().code(), r.year());
        DocumentIdentity identity = new DocumentIdentity(title, null, null, date(r), identity(r));
        identity.describe(document);
        document.open();
        identity.stamp(writer);
        Sheet sheet = new Sheet(document, writer);
        Map<String, List<ProblemLine>> byFile = ProblemLine.byFile(r.problems());
        List<Refused> refused = refused(r, byFile);
        sheet.add(paragraph(type.heading1, title, 4));
        sheet.add(paragraph(type.note, Chinese.text("receipt.lead"), 6));
        sheet.add(verdict(r, byFile, refused));
        files(sheet, r, refused);
        problems(sheet, r, byFile);
        figures(sheet, r);
        document.close();
    }

    /** A file the district sent that was never stored: refused for its name, its type or its district. */
    private record Refused(String file, Dataset dataset) {
    }

    /** The files of the problems that are no stored version: refused before they were read. */
    private static List<Refused> refused(Receipt r, Map<String, List<ProblemLine>> byFile) {
        Set<String> stored = r.versions().stream().map(Version::filePath).collect(Collectors.toSet());
        List<Refused> refused = new ArrayList<>();
        for (Map.Entry<String, List<ProblemLine>> e : byFile.entrySet()) {
            if (stored.contains(e.getKey())) {
                continue;
            }
            if (e.getValue().stream().anyMatch(l -> "file".equals(l.severity()))) {
                refused.add(new Refused(e.getKey(), datasetOf(e.getKey())));
            }
        }
        return refused;
    }

    /** The dataset a refused file's name names (its last part, in English or Chinese), when it names one. */
    private static Dataset datasetOf(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).replaceAll("\\s*[(（]\\d+[)）]$", "");
        return Dataset.named(stem.substring(stem.lastIndexOf('_') + 1)).orElse(null);
    }

    private void files(Sheet sheet, Receipt r, List<Refused> refused) {
        sheet.add(paragraph(type.heading2, Chinese.text("receipt.files.heading"), 4));
        PdfPTable table = table(new float[] {9, 33, 10, 16, 14, 9, 9});
        for (String h : List.of("dataset", "file", "state", "time", "sha", "accepted", "rejected")) {
            table.addCell(head(Chinese.text("receipt.files.column." + h)));
        }
        List<String> notSubmitted = new ArrayList<>();
        Map<Dataset, List<Refused>> refusedByDataset = new EnumMap<>(Dataset.class);
        List<Refused> unnamed = new ArrayList<>();
        for (Refused f : refused) {
            if (f.dataset() == null) {
                unnamed.add(f);
            } else {
                refusedByDataset.computeIfAbsent(f.dataset(), d -> new ArrayList<>()).add(f);
            }
        }
        for (Dataset dataset : Dataset.values()) {
            List<Version> versions = new ArrayList<>(r.versions().stream()
                    .filter(v -> v.dataset() == dataset).toList());
            versions.sort(Comparator.comparing((Version v) -> !v.state().equals(StoredSubmission.IN_FORCE))
                    .thenComparing(Version::receivedAt, Comparator.reverseOrder()));
            List<Refused> refusedHere = refusedByDataset.getOrDefault(dataset, List.of());
            if (versions.isEmpty() && refusedHere.isEmpty()) {
                notSubmitted.add(dataset.alias());
                continue;
            }
            boolean first = true;
            for (Version v : versions) {
                table.addCell(text(first ? dataset.alias() : "", Element.ALIGN_LEFT));
                first = false;
                table.addCell(text(PrintableText.of(v.filePath()), Element.ALIGN_LEFT));
                boolean rejected = v.state().equals(StoredSubmission.REJECTED);
                table.addCell(cell(rejected ? cellWarning : type.tableCell, Chinese.text("receipt.state." + v.state()),
                        Element.ALIGN_LEFT));
                table.addCell(oneLine(text(TIME.format(v.receivedAt()), Element.ALIGN_LEFT)));
                table.addCell(oneLine(text(v.sha256().substring(0, 12), Element.ALIGN_LEFT)));
                table.addCell(text(Integer.toString(v.accepted()), Element.ALIGN_RIGHT));
                table.addCell(cell(v.rejected() > 0 ? cellWarning : type.tableCell, Integer.toString(v.rejected()),
                        Element.ALIGN_RIGHT));
                if (v.state().equals(StoredSubmission.IN_FORCE)) {
                    r.absentColumnsNote(dataset).ifPresent(text -> table.addCell(spanning(text)));
                }
            }
            for (Refused f : refusedHere) {
                refusedRow(table, first ? dataset.alias() : "", f);
                first = false;
            }
        }
        for (Refused f : unnamed) {
            refusedRow(table, NONE, f);
        }
        r.notV3Line().ifPresent(text -> table.addCell(spanning(text)));
        if (!notSubmitted.isEmpty()) {
            table.addCell(spanning(Chinese.text("receipt.files.notSubmitted", String.join("、", notSubmitted))));
        }
        sheet.add(table);
        sheet.add(paragraph(type.note, Chinese.text("receipt.files.note"), 10));
    }

    /** A line across the files table (under the file it concerns, or at its end). */
    private PdfPCell spanning(String line) {
        PdfPCell cell = text(line, Element.ALIGN_LEFT);
        cell.setColspan(7);
        return cell;
    }

    /** A file refused before it was read: 未受理 (why is in part 二). */
    private void refusedRow(PdfPTable table, String dataset, Refused f) {
        table.addCell(text(dataset, Element.ALIGN_LEFT));
        table.addCell(text(PrintableText.of(f.file()), Element.ALIGN_LEFT));
        table.addCell(cell(cellWarning, Chinese.text("receipt.state.refused"), Element.ALIGN_LEFT));
        table.addCell(text(NONE, Element.ALIGN_LEFT));
        table.addCell(text(NONE, Element.ALIGN_LEFT));
        table.addCell(text(NONE, Element.ALIGN_RIGHT));
        table.addCell(text(NONE, Element.ALIGN_RIGHT));
    }

    private void problems(Sheet sheet, Receipt r, Map<String, List<ProblemLine>> byFile) {
        sheet.add(paragraph(type.heading2, Chinese.text("receipt.problems.heading"), 4));
        if (byFile.isEmpty()) {
            sheet.add(paragraph(type.bodyStrong.sized(9.5f),
                    Chinese.text(anyAccepted(r) ? "receipt.problems.none" : "receipt.problems.noFiles"), 10));
            return;
        }
        long rowsOut = ProblemLine.rowsOut(byFile);
        sheet.add(paragraph(body(), Chinese.text("receipt.problems.summary", ProblemLine.count(byFile),
                byFile.size()) + (rowsOut == 0 ? "" : Chinese.text("receipt.problems.rowsOut", rowsOut))
                + Chinese.text("receipt.problems.grouped"), 6));
        for (var e : byFile.entrySet()) {
            sheet.add(paragraph(type.bodyStrong.sized(9.5f),
                    Chinese.text("receipt.problems.file", PrintableText.of(e.getKey())), 2));
            for (ProblemLine line : e.getValue()) {
                Paragraph p = body().emptyParagraph(13f);
                p.setIndentationLeft(14f);
                p.setFirstLineIndent(-8f);
                p.setSpacingAfter(2f);
                p.add(body().chunk("• "));
                if (line.lines().isEmpty()) {
                    p.add(warning.chunk(Chinese.text("file".equals(line.severity()) ? "receipt.problems.wholeFile"
                            : "receipt.problems.fileWarning")));
                } else {
                    String where = LineNumbers.of(line.lines());
                    if (line.lines().size() > 1) {
                        where += Chinese.text("receipt.problems.count", line.lines().size());
                    }
                    if (line.column() != null && !line.column().isEmpty()) {
                        where += Chinese.text("receipt.problems.column", PrintableText.of(line.column()));
                    }
                    Style lead = "row".equals(line.severity()) ? warning : type.bodyStrong.sized(9.5f);
                    p.add(lead.chunk(where + Chinese.text("receipt.problems.colon")));
                }
                p.add(body().chunk(PrintableText.of(line.message())));
                p.add(type.note.chunk(Chinese.text("receipt.problems.code", line.code(),
                        Chinese.text("receipt.severity." + line.severity()))));
                sheet.add(p);
            }
        }
        sheet.add(paragraph(type.note, "", 6));
    }

    /**
     * One sentence at the top: all fine, or how many problems, and how many files were not
     * received — a dataset's latest version rejected whole, or a file refused for its name or type.
     */
    private Paragraph verdict(Receipt r, Map<String, List<ProblemLine>> byFile, List<Refused> refused) {
        long rejected = latestRejected(r).size() + refused.size();
        int problems = ProblemLine.count(byFile);
        if (problems == 0 && rejected == 0) {
            return paragraph(type.bodyStrong.sized(9.5f),
                    Chinese.text(anyAccepted(r) ? "receipt.verdict.fine" : "receipt.verdict.nothing"), 10);
        }
        String text = Chinese.text("receipt.verdict.problems", problems);
        if (rejected > 0) {
            text += Chinese.text("receipt.verdict.rejected", rejected);
        }
        return paragraph(warning, text + "。", 10);
    }

    private static boolean anyAccepted(Receipt r) {
        return r.versions().stream().anyMatch(v -> v.state().equals(StoredSubmission.IN_FORCE)
                || v.state().equals(StoredSubmission.PENDING));
    }

    /** Each dataset's latest version, when it was rejected whole. */
    private static List<Version> latestRejected(Receipt r) {
        Map<Dataset, Version> latest = new EnumMap<>(Dataset.class);
        r.versions().forEach(v -> latest.put(v.dataset(), v)); // oldest first: the last is the latest
        return latest.values().stream().filter(v -> v.state().equals(StoredSubmission.REJECTED)).toList();
    }

    private void figures(Sheet sheet, Receipt r) {
        sheet.add(paragraph(type.heading2, Chinese.text("receipt.figures.heading"), 4));
        Map<Dataset, List<Statistic>> byDataset = new EnumMap<>(Dataset.class);
        r.figures().forEach(s -> byDataset.computeIfAbsent(s.metric().dataset(), d -> new ArrayList<>()).add(s));
        List<Dataset> rejected = rejectedWhole(r);
        if (byDataset.isEmpty() && !inForce(r).isEmpty()) {
            // every district existing in a year has every metric once the year's statistics are made:
            // files in force and no figure mean its data are not in them yet (say, another year's run)
            sheet.add(paragraph(body(), Chinese.text("receipt.figures.notYet"), 6));
            if (rejected.isEmpty()) {
                return;
            }
        } else if (byDataset.isEmpty() && rejected.isEmpty()) {
            sheet.add(paragraph(body(), Chinese.text("receipt.figures.none"), 6));
            return;
        }
        PdfPTable table = table(new float[] {14, 44, 14, 12, 16});
        for (String h : List.of("dataset", "metric", "value", "rank", "yoy")) {
            table.addCell(head(Chinese.text("receipt.figures.column." + h)));
        }
        for (Dataset dataset : Dataset.values()) {
            if (rejected.contains(dataset)) {
                table.addCell(text(dataset.alias(), Element.ALIGN_LEFT));
                PdfPCell none = text(Chinese.text("receipt.figures.rejected"), Element.ALIGN_LEFT);
                none.setColspan(4);
                table.addCell(none);
                continue;
            }
            boolean first = true;
            for (Statistic s : byDataset.getOrDefault(dataset, List.of())) {
                table.addCell(text(first ? dataset.alias() : "", Element.ALIGN_LEFT));
                first = false;
                table.addCell(text(s.metric().name(), Element.ALIGN_LEFT));
                table.addCell(text(value(s), Element.ALIGN_RIGHT));
                Integer ranked = r.rankedDistricts().get(s.metric().id());
                table.addCell(text(s.rank() == null ? NONE : Chinese.text("receipt.figures.rankOf", s.rank(), ranked),
                        Element.ALIGN_RIGHT));
                table.addCell(text(yoy(s.yoyChange()), Element.ALIGN_RIGHT));
            }
        }
        sheet.add(table);
        sheet.add(paragraph(type.note, Chinese.text("receipt.figures.note"), 6));
    }

    /** The datasets whose latest version was rejected whole and that have none in force: no figures of the district. */
    private static List<Dataset> rejectedWhole(Receipt r) {
        Set<Dataset> inForce = inForce(r);
        return latestRejected(r).stream().map(Version::dataset).filter(d -> !inForce.contains(d)).toList();
    }

    /** The datasets of which the district has a version in force. */
    private static Set<Dataset> inForce(Receipt r) {
        return r.versions().stream().filter(v -> v.state().equals(StoredSubmission.IN_FORCE))
                .map(Version::dataset).collect(Collectors.toSet());
    }

    private static String value(Statistic s) {
        String status = Chinese.text("statistics.status." + s.status().code());
        if (s.value() == null) {
            return status;
        }
        String shown = s.value().toPlainString();
        return switch (s.status()) {
            case OK -> shown;
            default -> shown + "（" + status + "）";
        };
    }

    /** As the bulletin prints it: +8, −3 with a true minus sign, 0; — when there is none. */
    private static String yoy(BigDecimal change) {
        return change == null ? FigureText.notApplicable() : FigureText.signed(change);
    }

    private Style body() {
        return type.body.sized(9.5f);
    }

    private static PdfPTable table(float[] widths) {
        return ThreeLineTable.of(widths, PageSize.A4.getWidth() - 112, 1);
    }

    private PdfPCell head(String text) {
        return ThreeLineTable.cell(type.tableHead.phrase(text), Element.ALIGN_LEFT);
    }

    private PdfPCell text(String text, int alignment) {
        return cell(type.tableCell.sized(8f), text, alignment);
    }

    private static PdfPCell oneLine(PdfPCell cell) {
        cell.setNoWrap(true);
        return cell;
    }

    private static PdfPCell cell(Style style, String text, int alignment) {
        return ThreeLineTable.cell(style.phrase(text), alignment);
    }

    private static Paragraph paragraph(Style style, String text, float after) {
        Paragraph p = style.paragraph(text);
        p.setSpacingAfter(after);
        return p;
    }

    /** The document being written and its writer: a table is kept with its first rows ({@link KeepTogether}). */
    private record Sheet(Document document, PdfWriter writer) {

        void add(Element element) {
            KeepTogether.add(document, writer, element);
        }
    }

    /** The latest time of receipt, or the year's end: the receipt's date. */
    private static LocalDateTime date(Receipt r) {
        return r.versions().stream().map(Version::receivedAt).max(Comparator.naturalOrder())
                .orElse(LocalDateTime.of(r.year(), 12, 31, 0, 0));
    }

    /** What the receipt's id is a digest of: its district, year, versions and problems. */
    private static String identity(Receipt r) {
        StringBuilder identity = new StringBuilder(r.district().code() + "|" + r.year());
        for (Version v : r.versions()) {
            identity.append('|').append(v.sha256()).append(v.state()).append(v.receivedAt());
        }
        return identity.append('|').append(r.problems().size()).toString();
    }
}
