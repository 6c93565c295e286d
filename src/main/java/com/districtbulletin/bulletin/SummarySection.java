package com.districtbulletin.bulletin;

import java.util.List;

/** 综述: the year in a few paragraphs, written from the figures by {@link SummaryWriter}. */
final class SummarySection implements BulletinSection {

    @Override
    public void write(Composition c) {
        c.heading(Contents.SUMMARY);
        for (List<Span> paragraph : new SummaryWriter(c.data, c.figures).paragraphs()) {
            c.paragraph(paragraph);
        }
    }
}
