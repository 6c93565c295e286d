package com.districtbulletin.print;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.util.BitSet;

/**
 * Where a line of Chinese text may break: after any ideograph, as OpenPDF does, but never before
 * a closing punctuation mark (，。、；）” …) nor after an opening one (（“《), and never inside
 * a number or a Latin word, as Chinese typesetting rules (避头尾) require.
 */
public final class ChineseLineBreaks implements SplitCharacter {

    public static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’%…·,.;:?!)]*";
    private static final String NO_LINE_END = "（《「『【〔“‘([";
    /** The two sets as bits, for the question asked of every character laid out. */
    private static final BitSet NO_LINE_START_SET = bits(NO_LINE_START);
    private static final BitSet NO_LINE_END_SET = bits(NO_LINE_END);

    private ChineseLineBreaks() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = charAt(current, cc, ck);
        char next = current + 1 < end ? charAt(current + 1, cc, ck) : 0;
        if (NO_LINE_END_SET.get(c) || (next != 0 && NO_LINE_START_SET.get(next))) {
            return false;
        }
        if (isLatinOrDigit(c) && isLatinOrDigit(next)) {
            return false;
        }
        if (NO_LINE_START_SET.get(c) && c > 0x2000) {
            return true;
        }
        return DefaultSplitCharacter.DEFAULT.isSplitCharacter(start, current, end, cc, ck);
    }

    /** Whether a line may not start with the character (closing punctuation, the partial marker). */
    public static boolean startsNoLine(char c) {
        return NO_LINE_START_SET.get(c);
    }

    private static BitSet bits(String characters) {
        BitSet bits = new BitSet();
        characters.chars().forEach(bits::set);
        return bits;
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_');
    }

    private static char charAt(int i, char[] cc, PdfChunk[] ck) {
        if (ck == null || ck[Math.min(i, ck.length - 1)] == null) {
            return cc[i];
        }
        return (char) ck[Math.min(i, ck.length - 1)].getUnicodeEquivalent(cc[i]);
    }
}
