package com.districtbulletin.print;

import com.districtbulletin.print.BulletinFonts.Face;
import com.lowagie.text.Font;
import java.awt.Color;

/**
 * The bulletin's type: headings in the sans face (黑体-style), body text and tables in the serif
 * face (宋体-style), as official statistical documents are set.
 */
public final class Typography {

    public static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    public static final Color GREY = new Color(0x59, 0x59, 0x59);
    public static final Color RED = new Color(0xC0, 0x00, 0x00);

    public final Style coverTitle;
    public final Style coverSubtitle;
    public final Style heading1;
    public final Style heading2;
    public final Style tableTitle;
    public final Style keyFigure;
    public final Style body;
    public final Style bodyStrong;
    public final Style note;
    public final Style tableHead;
    public final Style tableCell;
    public final Style tableCellStrong;
    public final Style small;
    public final Style pageFurniture;

    public Typography(BulletinFonts fonts) {
        this(fonts, Face.SANS);
    }

    /**
     * The type of a district's own profile document: its page furniture in the body face, so that
     * it embeds two fonts instead of three (subsetting a CJK font is most of a small document's cost).
     */
    public static Typography forProfiles(BulletinFonts fonts) {
        return new Typography(fonts, Face.BODY);
    }

    private Typography(BulletinFonts fonts, Face furniture) {
        coverTitle = style(fonts, Face.HEADING, 24f, INK);
        coverSubtitle = style(fonts, Face.HEADING, 15f, INK);
        heading1 = style(fonts, Face.HEADING, 16f, INK);
        heading2 = style(fonts, Face.HEADING, 12f, INK);
        tableTitle = style(fonts, Face.HEADING, 9.5f, INK);
        keyFigure = style(fonts, Face.HEADING, 24f, new Color(0x2F, 0x55, 0x97));
        body = style(fonts, Face.BODY, 10.5f, INK);
        bodyStrong = style(fonts, Face.HEADING, 10.5f, INK);
        note = style(fonts, Face.BODY, 8f, GREY);
        tableHead = style(fonts, Face.HEADING, 8f, INK);
        tableCell = style(fonts, Face.BODY, 8.5f, INK);
        tableCellStrong = style(fonts, Face.HEADING, 8.5f, INK);
        small = style(fonts, furniture, 6.5f, INK);
        pageFurniture = style(fonts, furniture, 8f, GREY);
    }

    private static Style style(BulletinFonts fonts, Face face, float size, Color color) {
        return new Style(new Font(fonts.pdf(face), size, Font.NORMAL, color), face, fonts);
    }
}
