package com.districtbulletin.receipt;

import com.districtbulletin.print.BulletinFonts;
import com.districtbulletin.print.BulletinFonts.Face;
import com.districtbulletin.print.FigureText;
import com.districtbulletin.print.PrintableText;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.storage.StoredSubmission;
import com.districtbulletin.storage.SubmissionStore.Version;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * A district's receipt (回执) as a PDF: its files and versions per dataset, its problems grouped
 * by file and kind, and its own figures. Its bytes depend only on what it says: the PDF's dates
 * are the latest stored time of receipt, its id a digest of its versions.
 */
final class ReceiptDocument {

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color RED = new Color(0xC0, 0x00, 0x00);
    private static final Color RULE = new Color(0xBF, 0xBF, 0xBF);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BulletinFonts fonts;
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font bodyStrong;
    private final Font warning;
    private final Font note;
    private final Font cell;
    private final Font cellHead;

    ReceiptDocument(BulletinFonts fonts) {
        this.fonts = fonts;
        title = new Font(fonts.pdf(Face.HEADING), 16f, Font.NORMAL, INK);
        heading = new Font(fonts.pdf(Face.HEADING), 12f, Font.NORMAL, INK);
        body = new Font(fonts.pdf(Face.BODY), 9.5f, Font.NORMAL, INK);
        bodyStrong = new Font(fonts.pdf(Face.HEADING), 9.5f, Font.NORMAL, INK);
        warning = new Font(fonts.pdf(Face.HEADING), 9.5f, Font.NORMAL, RED);
        note = new Font(fonts.pdf(Face.BODY), 8f, Font.NORMAL, GREY);
        cell = new Font(fonts.pdf(Face.BODY), 8f, Font.NORMAL, INK);
        cellHead = new Font(fonts.pdf(Face.HEADING), 8f, Font.NORMAL, INK);
    }

    void write(Receipt r, OutputStream out) {
        fonts.reseed();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String name = PrintableText.of(r.district().name() == null ? r.district().code() : r.district().name());
        document.addTitle(Chinese.text("receipt.title", name, r.district().code(), r.year()));
        document.addCreator("District Bulletin");
        document.open();
        identify(writer, r);
        document.add(paragraph(Chinese.text("receipt.title", name, r.district().code(), r.year()), title, 4));
        document.add(paragraph(Chinese.text("receipt.lead"), note, 6));
        document.add(verdict(r));
        files(document, r);
        problems(document, r);
        figures(document, r);
        document.close();
    }

    private void files(Document document, Receipt r) {
        document.add(paragraph(Chinese.text("receipt.files.heading"), heading, 4));
        PdfPTable table = table(new float[] {10, 36, 11, 15, 13, 7.5f, 7.5f});
        for (String h : List.of("dataset", "file", "state", "time", "sha", "accepted", "rejected")) {
            table.addCell(cell(Chinese.text("receipt.files.column." + h), cellHead, Element.ALIGN_LEFT));
        }
        List<String> notSubmitted = new ArrayList<>();
        for (Dataset dataset : Dataset.values()) {
            List<Version> versions = new ArrayList<>(r.versions().stream()
                    .filter(v -> v.dataset() == dataset).toList());
            versions.sort(Comparator.comparing((Version v) -> !v.state().equals(StoredSubmission.IN_FORCE))
                    .thenComparing(Version::receivedAt, Comparator.reverseOrder()));
            if (versions.isEmpty()) {
                notSubmitted.add(dataset.alias());
                continue;
            }
            boolean first = true;
            for (Version v : versions) {
                table.addCell(cell(first ? dataset.alias() : "", cell, Element.ALIGN_LEFT));
                first = false;
                table.addCell(cell(PrintableText.of(v.filePath()), cell, Element.ALIGN_LEFT));
                table.addCell(cell(Chinese.text("receipt.state." + v.state()),
                        v.state().equals(StoredSubmission.REJECTED) ? warning(cell) : cell, Element.ALIGN_LEFT));
                table.addCell(cell(TIME.format(v.receivedAt()), cell, Element.ALIGN_LEFT));
                table.addCell(cell(v.sha256().substring(0, 12), cell, Element.ALIGN_LEFT));
                table.addCell(cell(Integer.toString(v.accepted()), cell, Element.ALIGN_RIGHT));
                table.addCell(cell(Integer.toString(v.rejected()), v.rejected() > 0 ? warning(cell) : cell,
                        Element.ALIGN_RIGHT));
            }
        }
        if (!notSubmitted.isEmpty()) {
            PdfPCell none = cell(Chinese.text("receipt.files.notSubmitted", String.join("、", notSubmitted)), cell,
                    Element.ALIGN_LEFT);
            none.setColspan(7);
            table.addCell(none);
        }
        document.add(table);
        document.add(paragraph(Chinese.text("receipt.files.note"), note, 10));
    }

    private void problems(Document document, Receipt r) {
        document.add(paragraph(Chinese.text("receipt.problems.heading"), heading, 4));
        if (r.problems().isEmpty()) {
            boolean any = r.versions().stream().anyMatch(v -> v.state().equals(StoredSubmission.IN_FORCE)
                || v.state().equals(StoredSubmission.PENDING));
            document.add(paragraph(Chinese.text(any ? "receipt.problems.none" : "receipt.problems.noFiles"),
                    bodyStrong, 10));
            return;
        }
        Map<String, List<ProblemLine>> byFile = ProblemLine.byFile(r.problems());
        long rowsOut = r.problems().stream().filter(p -> "row".equals(p.get(ProblemLine.SEVERITY))).count();
        document.add(paragraph(Chinese.text("receipt.problems.summary", r.problems().size(), byFile.size())
                + (rowsOut == 0 ? "" : Chinese.text("receipt.problems.rowsOut", rowsOut))
                + Chinese.text("receipt.problems.grouped"), body, 6));
        for (var e : byFile.entrySet()) {
            document.add(paragraph(Chinese.text("receipt.problems.file", PrintableText.of(e.getKey())), bodyStrong, 2));
            for (ProblemLine line : e.getValue()) {
                Paragraph p = new Paragraph();
                p.setLeading(13f);
                p.setIndentationLeft(14f);
                p.setFirstLineIndent(-8f);
                p.setSpacingAfter(2f);
                p.add(new Phrase("• ", body));
                if (line.lines().isEmpty()) {
                    p.add(new Phrase(Chinese.text("file".equals(line.severity()) ? "receipt.problems.wholeFile"
                            : "receipt.problems.fileWarning"), warning));
                } else {
                    String where = LineNumbers.of(line.lines());
                    if (line.lines().size() > 1) {
                        where += Chinese.text("receipt.problems.count", line.lines().size());
                    }
                    if (line.column() != null && !line.column().isEmpty()) {
                        where += Chinese.text("receipt.problems.column", PrintableText.of(line.column()));
                    }
                    p.add(new Phrase(where + Chinese.text("receipt.problems.colon"),
                            "row".equals(line.severity()) ? warning : bodyStrong));
                }
                p.add(new Phrase(PrintableText.of(line.message()), body));
                p.add(new Phrase(Chinese.text("receipt.problems.code", line.code(),
                        Chinese.text("receipt.severity." + line.severity())), note));
                document.add(p);
            }
        }
        document.add(paragraph("", note, 6));
    }

    /** One sentence at the top: all fine, or how many problems, and how many datasets' latest file was rejected whole. */
    private Paragraph verdict(Receipt r) {
        Map<Dataset, Version> latest = new java.util.EnumMap<>(Dataset.class);
        r.versions().forEach(v -> latest.put(v.dataset(), v)); // oldest first: the last is the latest
        long rejected = latest.values().stream().filter(v -> v.state().equals(StoredSubmission.REJECTED)).count();
        boolean any = r.versions().stream().anyMatch(v -> v.state().equals(StoredSubmission.IN_FORCE)
                || v.state().equals(StoredSubmission.PENDING));
        if (r.problems().isEmpty() && rejected == 0) {
            return paragraph(Chinese.text(any ? "receipt.verdict.fine" : "receipt.verdict.nothing"), bodyStrong, 10);
        }
        String text = Chinese.text("receipt.verdict.problems", r.problems().size());
        if (rejected > 0) {
            text += Chinese.text("receipt.verdict.rejected", rejected);
        }
        return paragraph(text + "。", warning, 10);
    }

    private void figures(Document document, Receipt r) {
        document.add(paragraph(Chinese.text("receipt.figures.heading"), heading, 4));
        Map<Dataset, List<Statistic>> byDataset = new java.util.EnumMap<>(Dataset.class);
        r.figures().forEach(s -> byDataset.computeIfAbsent(s.metric().dataset(), d -> new ArrayList<>()).add(s));
        List<Dataset> rejected = rejectedWhole(r);
        if (byDataset.isEmpty() && rejected.isEmpty()) {
            document.add(paragraph(Chinese.text("receipt.figures.none"), body, 6));
            return;
        }
        PdfPTable table = table(new float[] {14, 44, 14, 12, 16});
        for (String h : List.of("dataset", "metric", "value", "rank", "yoy")) {
            table.addCell(cell(Chinese.text("receipt.figures.column." + h), cellHead, Element.ALIGN_LEFT));
        }
        for (Dataset dataset : Dataset.values()) {
            if (rejected.contains(dataset)) {
                table.addCell(cell(dataset.alias(), cell, Element.ALIGN_LEFT));
                PdfPCell none = cell(Chinese.text("receipt.figures.rejected"), cell, Element.ALIGN_LEFT);
                none.setColspan(4);
                table.addCell(none);
                continue;
            }
            boolean first = true;
            for (Statistic s : byDataset.getOrDefault(dataset, List.of())) {
                table.addCell(cell(first ? dataset.alias() : "", cell, Element.ALIGN_LEFT));
                first = false;
                table.addCell(cell(s.metric().name(), cell, Element.ALIGN_LEFT));
                table.addCell(cell(value(s), cell, Element.ALIGN_RIGHT));
                Integer ranked = r.rankedDistricts().get(s.metric().id());
                table.addCell(cell(s.rank() == null ? "—" : Chinese.text("receipt.figures.rankOf", s.rank(), ranked),
                        cell, Element.ALIGN_RIGHT));
                table.addCell(cell(yoy(s.yoyChange()), cell, Element.ALIGN_RIGHT));
            }
        }
        document.add(table);
        document.add(paragraph(Chinese.text("receipt.figures.note"), note, 6));
    }

    /** The datasets whose latest version was rejected whole and that have none in force: no figures of the district. */
    private static List<Dataset> rejectedWhole(Receipt r) {
        Map<Dataset, Version> latest = new java.util.EnumMap<>(Dataset.class);
        r.versions().forEach(v -> latest.put(v.dataset(), v)); // oldest first: the last is the latest
        Set<Dataset> inForce = r.versions().stream().filter(v -> v.state().equals(StoredSubmission.IN_FORCE))
                .map(Version::dataset).collect(java.util.stream.Collectors.toSet());
        return latest.values().stream().filter(v -> v.state().equals(StoredSubmission.REJECTED))
                .map(Version::dataset).filter(d -> !inForce.contains(d)).toList();
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

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(3f);
        return table;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.4f);
        c.setPaddingTop(2f);
        c.setPaddingBottom(4f);
        c.setHorizontalAlignment(alignment);
        return c;
    }

    private Font warning(Font base) {
        return new Font(fonts.pdf(Face.HEADING), base.getSize(), Font.NORMAL, RED);
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.45f);
        p.setSpacingAfter(after);
        return p;
    }

    /** Fixed dates and id: the latest time of receipt (or the year's end), and a digest of the versions. */
    private static void identify(PdfWriter writer, Receipt r) {
        LocalDateTime latest = r.versions().stream().map(Version::receivedAt).max(Comparator.naturalOrder())
                .orElse(LocalDateTime.of(r.year(), 12, 31, 0, 0));
        GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        date.clear();
        date.set(latest.getYear(), latest.getMonthValue() - 1, latest.getDayOfMonth(), latest.getHour(),
                latest.getMinute(), latest.getSecond());
        PdfDate pdfDate = new PdfDate(date);
        writer.getInfo().put(PdfName.CREATIONDATE, pdfDate);
        writer.getInfo().put(PdfName.MODDATE, pdfDate);
        byte[] id = digest(r);
        writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] digest(Receipt r) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((r.district().code() + "|" + r.year()).getBytes(StandardCharsets.UTF_8));
            for (Version v : r.versions()) {
                sha.update(("|" + v.sha256() + v.state() + v.receivedAt()).getBytes(StandardCharsets.UTF_8));
            }
            sha.update(("|" + r.problems().size()).getBytes(StandardCharsets.UTF_8));
            byte[] full = sha.digest();
            byte[] id = new byte[16];
            System.arraycopy(full, 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
