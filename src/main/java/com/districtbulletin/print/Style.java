package com.districtbulletin.print;

import com.districtbulletin.print.BulletinFonts.Face;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

/** A font at a size, whose text is checked against the font before it is printed. */
public record Style(Font font, Face face, BulletinFonts fonts) {

    /** The tag of a chunk that carries the partial-figure marker (its page then gets the footnote). */
    public static final String PARTIAL_TAG = "partial";

    public Chunk chunk(String text) {
        Chunk chunk = new Chunk(fonts.checked(text, face), font);
        chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
        return chunk;
    }

    /** A phrase in this style; its own font is set too, or OpenPDF would space it in Helvetica. */
    public Phrase phrase(String text) {
        Phrase phrase = new Phrase(leading(), "", font);
        phrase.add(chunk(text));
        return phrase;
    }

    public Paragraph paragraph(String text) {
        Paragraph paragraph = emptyParagraph(leading());
        paragraph.add(chunk(text));
        return paragraph;
    }

    public Paragraph emptyParagraph(float leading) {
        return new Paragraph(leading, "", font);
    }

    /** The raised marker of a partial figure, tagged so that its page gets the explaining footnote. */
    public Chunk partialMark() {
        Font small = new Font(font.getBaseFont(), font.getSize() * 0.8f, font.getStyle(), font.getColor());
        Chunk mark = new Chunk(fonts.checked(FigureText.partialMark(), face), small);
        mark.setTextRise(font.getSize() * 0.35f);
        mark.setGenericTag(PARTIAL_TAG);
        return mark;
    }

    public float leading() {
        return font.getSize() * 1.45f;
    }

    public float width(String text) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    public Style sized(float size) {
        return new Style(new Font(font.getBaseFont(), size, font.getStyle(), font.getColor()), face, fonts);
    }

    public Style colored(java.awt.Color color) {
        return new Style(new Font(font.getBaseFont(), font.getSize(), font.getStyle(), color), face, fonts);
    }
}
