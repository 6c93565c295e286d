package com.districtbulletin.print;

/** A character to be printed is not in the bundled font: the run fails rather than let it vanish. */
public class MissingGlyphException extends RuntimeException {

    public MissingGlyphException(String message) {
        super(message);
    }
}
