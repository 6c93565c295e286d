package com.districtbulletin.storage;

/**
 * UTF-8 written straight into a sink's buffer, a character at a time: encoding each value with the
 * JDK would make a byte array per cell of a million-row file.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Writes the character at {@code i} of {@code s} — with the next one when the two are a surrogate
     * pair (see {@link #pairAt}) — at {@code at} of {@code buffer}; returns the position after it. A
     * lone surrogate is written as '?', as the JDK encodes it.
     */
    static int put(String s, int i, byte[] buffer, int at) {
        char c = s.charAt(i);
        if (c < 0x80) {
            buffer[at++] = (byte) c;
        } else if (c < 0x800) {
            buffer[at++] = (byte) (0xC0 | (c >> 6));
            buffer[at++] = (byte) (0x80 | (c & 0x3F));
        } else if (pairAt(s, i)) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            buffer[at++] = (byte) (0xF0 | (cp >> 18));
            buffer[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buffer[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buffer[at++] = (byte) (0x80 | (cp & 0x3F));
        } else if (Character.isSurrogate(c)) {
            buffer[at++] = '?';
        } else {
            buffer[at++] = (byte) (0xE0 | (c >> 12));
            buffer[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buffer[at++] = (byte) (0x80 | (c & 0x3F));
        }
        return at;
    }

    /** Whether the characters at {@code i} and {@code i + 1} are a surrogate pair, written as one. */
    static boolean pairAt(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
