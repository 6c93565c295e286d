package com.districtbulletin.bulletin;

import com.districtbulletin.print.Typography;
import com.districtbulletin.print.Style;
import com.districtbulletin.bulletin.data.BulletinData;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.text.Chinese;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

/** The cover: municipality, title, the 初步/正式 (or 修订版) marking, the issuing office and the date. */
final class CoverPage implements BulletinSection {

    @Override
    public void write(Composition c) {
        Document d = c.document;
        PdfContentByte canvas = c.writer.getDirectContent();
        float centre = (d.left() + d.right()) / 2;
        float top = d.getPageSize().getHeight();
        Typography t = c.type;
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, t.coverSubtitle.phrase(c.data.municipality()),
                centre, top - 190, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, t.coverTitle.phrase(title(c.data)),
                centre, top - 240, 0);
        canvas.saveState();
        canvas.setColorStroke(Typography.RED);
        canvas.setLineWidth(2.2f);
        canvas.moveTo(d.left(), top - 268);
        canvas.lineTo(d.right(), top - 268);
        canvas.stroke();
        canvas.setLineWidth(0.7f);
        canvas.moveTo(d.left(), top - 273);
        canvas.lineTo(d.right(), top - 273);
        canvas.stroke();
        canvas.restoreState();
        edition(c, canvas, centre, top - 330);
        Style issuer = t.coverSubtitle.sized(13f);
        if (c.data.issuer() != null) {
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, issuer.phrase(c.data.issuer()), centre, 210, 0);
        }
        if (c.data.originalDate() != null) {
            // a revision: the reader sees when it was revised, and when the edition it revises was published
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, issuer.phrase(Chinese.text(
                    "bulletin.cover.revisedOn", chineseDate(c.data.publicationDate()))), centre, 188, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, t.note.sized(10f).phrase(Chinese.text(
                    "bulletin.cover.originalOn", chineseDate(c.data.originalDate()))), centre, 168, 0);
        } else {
            ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                    issuer.phrase(chineseDate(c.data.publicationDate())), centre, 188, 0);
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                t.note.sized(9f).phrase(c.data.revision().revised()
                        ? Chinese.text("bulletin.cover.revisionNote", c.data.year(), c.data.revision().number())
                        : Chinese.text("bulletin.cover.editionNote." + key(c.data.edition()))),
                centre, 120, 0);
        c.writer.setPageEmpty(false);
        c.newPage();
    }

    /** The 初步/正式 marking in a ruled box, like a stamp. */
    private static void edition(Composition c, PdfContentByte canvas, float centre, float baseline) {
        Style stamp = c.type.coverSubtitle.sized(16f).colored(Typography.RED);
        String text = Chinese.text("bulletin.cover.edition."
                + (c.data.revision().revised() ? "revised" : key(c.data.edition())));
        float w = stamp.width(text) + 28;
        canvas.saveState();
        canvas.setColorStroke(Typography.RED);
        canvas.setLineWidth(1.4f);
        canvas.rectangle(centre - w / 2, baseline - 10, w, 34);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, stamp.phrase(text), centre, baseline, 0);
    }

    static String title(BulletinData data) {
        return Chinese.text("bulletin.title", data.year());
    }

    static String chineseDate(java.time.LocalDate date) {
        return Chinese.text("bulletin.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String key(Edition edition) {
        return edition.name().toLowerCase(java.util.Locale.ROOT);
    }
}
