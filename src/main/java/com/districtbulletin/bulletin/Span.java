package com.districtbulletin.bulletin;

import com.districtbulletin.print.FigureText;

/** A piece of generated prose; a partial figure is followed by the footnote marker. */
record Span(String text, boolean partial) {

    static Span text(String text) {
        return new Span(text, false);
    }

    @Override
    public String toString() {
        return partial ? text + FigureText.partialMark() : text;
    }
}
