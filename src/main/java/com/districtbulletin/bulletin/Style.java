package com.districtbulletin.bulletin;

import com.districtbulletin.bulletin.BulletinFonts.Face;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

/** A font at a size, whose text is checked against the font before it is printed. */
record Style(Font font, Face face, BulletinFonts fonts) {

    /** The tag of a chunk that carries the partial-figure marker (its page then gets the footnote). */
    static final String PARTIAL_TAG = "partial";

    Chunk chunk(String text) {
        Chunk chunk = new Chunk(fonts.checked(text, face), font);
        chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
        return chunk;
    }

    /** A phrase in this style; its own font is set too, or OpenPDF would space it in Helvetica. */
    Phrase phrase(String text) {
        Phrase phrase = new Phrase(leading(), "", font);
        phrase.add(chunk(text));
        return phrase;
    }

    Paragraph paragraph(String text) {
        Paragraph paragraph = emptyParagraph(leading());
        paragraph.add(chunk(text));
        return paragraph;
    }

    Paragraph emptyParagraph(float leading) {
        return new Paragraph(leading, "", font);
    }

    /** The raised marker of a partial figure, tagged so that its page gets the explaining footnote. */
    Chunk partialMark() {
        Font small = new Font(font.getBaseFont(), font.getSize() * 0.8f, font.getStyle(), font.getColor());
        Chunk mark = new Chunk(fonts.checked(FigureText.partialMark(), face), small);
        mark.setTextRise(font.getSize() * 0.35f);
        mark.setGenericTag(PARTIAL_TAG);
        return mark;
    }

    float leading() {
        return font.getSize() * 1.45f;
    }

    float width(String text) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    Style sized(float size) {
        return new Style(new Font(font.getBaseFont(), size, font.getStyle(), font.getColor()), face, fonts);
    }

    Style colored(java.awt.Color color) {
        return new Style(new Font(font.getBaseFont(), font.getSize(), font.getStyle(), color), face, fonts);
    }
}
