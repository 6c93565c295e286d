package com.districtbulletin.bulletin;

import com.districtbulletin.registry.District;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 数据来源: the input files in force with their SHA-256, the fingerprint of the statistics (the
 * SHA-256 of statistics.csv), the product version and the fonts — what a reader needs to trace
 * every figure back to its files.
 */
final class ProvenanceSection implements BulletinSection {

    @Override
    public void write(Composition c) {
        c.heading(Contents.PROVENANCE);
        c.paragraph(Chinese.text("bulletin.provenance.intro", c.data.year()));
        PdfPTable facts = c.table(new float[] {2.1f, 4.9f}, 0);
        Style hash = c.type.small.sized(7.5f);
        fact(c, facts, Chinese.text("bulletin.provenance.fingerprint"), c.data.fingerprint(), hash);
        fact(c, facts, Chinese.text("bulletin.provenance.version"),
                Chinese.text("bulletin.provenance.product", c.data.productVersion()), c.type.tableCell);
        fact(c, facts, Chinese.text("bulletin.provenance.fonts"), Chinese.text("bulletin.provenance.fontList"),
                c.type.tableCell);
        fact(c, facts, Chinese.text("bulletin.provenance.date"), CoverPage.chineseDate(c.data.publicationDate()),
                c.type.tableCell);
        c.add(facts);
        c.subheading(Chinese.text("bulletin.provenance.filesTitle"));
        PdfPTable files = c.table(new float[] {0.8f, 1.6f, 3.2f, 5.6f}, 1);
        files.addCell(c.headCell(Chinese.text("bulletin.provenance.year"), 1, 1));
        files.addCell(c.headCell(Chinese.text("bulletin.table.district"), 1, 1));
        files.addCell(c.headCell(Chinese.text("bulletin.quality.file"), 1, 1));
        files.addCell(c.headCell(Chinese.text("bulletin.provenance.sha256"), 1, 1));
        List<SubmissionInForce> sorted = new ArrayList<>(c.data.submissions());
        sorted.sort(Comparator.comparing((SubmissionInForce s) -> -s.year())
                .thenComparing(s -> order(c, s.districtCode()))
                .thenComparing(s -> s.dataset().ordinal()));
        for (SubmissionInForce s : sorted) {
            files.addCell(c.textCell(Integer.toString(s.year()), c.type.tableCell.sized(7.5f), Element.ALIGN_CENTER));
            files.addCell(c.textCell(DatasetSection.nameOf(c, s.districtCode()), c.type.tableCell.sized(7.5f),
                    Element.ALIGN_LEFT));
            files.addCell(c.textCell(s.filePath(), c.type.tableCell.sized(6.6f), Element.ALIGN_LEFT));
            files.addCell(c.textCell(s.sha256(), c.type.small.sized(6.2f), Element.ALIGN_LEFT));
        }
        c.add(files);
    }

    private static void fact(Composition c, PdfPTable table, String label, String value, Style style) {
        table.addCell(c.textCell(label, c.type.tableCellStrong, Element.ALIGN_LEFT));
        table.addCell(c.textCell(value, style, Element.ALIGN_LEFT));
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
