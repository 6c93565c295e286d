package com.districtbulletin.text;

/** How clerks' text is compared: white space (U+3000 included) removed, full-width ASCII as half-width. */
public final class Folding {

    private Folding() {
    }

    /** {@code text} without white space, its full-width letters, digits and signs as ASCII. */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            out.appendCodePoint(c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c);
        });
        return out.toString();
    }
}
