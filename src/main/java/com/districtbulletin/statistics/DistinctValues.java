package com.districtbulletin.statistics;

import com.districtbulletin.text.Folding;
import java.util.regex.Pattern;

/**
 * How a distinct count compares text values (contract v3, 10.8): without white space (U+3000
 * included), full-width ASCII folded to half-width, ASCII case ignored; a law title also without
 * its bracketed text, innermost first and repeatedly ((…) or （…）, widths mixed), then without
 * 《》〈〉, so that 《××条例（草案）》 and ××条例 are one law. A value that becomes empty is not counted.
 */
public enum DistinctValues {
    /** Spaces, widths and ASCII case aside. */
    PLAIN,
    /** As {@link #PLAIN}, then without bracketed text and title marks. */
    LAW_TITLE;

    /** After {@link #PLAIN}'s folding, full-width brackets are ASCII ones: an innermost pair holds no bracket. */
    private static final Pattern INNERMOST = Pattern.compile("\\([^()]*\\)");
    private static final Pattern TITLE_MARKS = Pattern.compile("[《》〈〉]");

    /** The value as compared; empty when it is not counted. */
    public String key(String value) {
        StringBuilder folded = new StringBuilder(Folding.fold(value));
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                folded.setCharAt(i, (char) (c + ('a' - 'A'))); // ASCII case only (10.8)
            }
        }
        String key = folded.toString();
        if (this == LAW_TITLE) {
            String before;
            do {
                before = key;
                key = INNERMOST.matcher(key).replaceAll("");
            } while (!key.equals(before));
            key = TITLE_MARKS.matcher(key).replaceAll("");
        }
        return key;
    }
}
