package com.districtbulletin.bulletin;

import com.districtbulletin.print.Typography;
import com.districtbulletin.print.Style;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

/**
 * 目录: every section with the page it starts on (learnt by the first pass), each line a link to
 * its section.
 */
final class ContentsPage implements BulletinSection {

    @Override
    public void write(Composition c) {
        c.heading(Contents.CONTENTS);
        for (Contents.Entry entry : c.contents.listed()) {
            Style style = entry.level() == 1 ? c.type.heading2.sized(11f) : c.type.body.sized(10f);
            Paragraph line = style.emptyParagraph(entry.level() == 1 ? 23f : 17.5f);
            if (entry.level() == 2) {
                line.setIndentationLeft(style.font().getSize() * 2.5f);
            }
            Chunk title = style.chunk(entry.title());
            title.setLocalGoto(entry.id());
            line.add(title);
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3f);
            dots.setLineColor(Typography.GREY);
            Chunk leader = new Chunk(dots);
            leader.setFont(style.font());
            line.add(leader);
            int page = c.contents.pageOf(entry.id());
            Chunk number = style.chunk(page == 0 ? "" : Integer.toString(page));
            number.setLocalGoto(entry.id());
            line.add(number);
            c.add(line);
        }
        c.newPage();
    }
}
