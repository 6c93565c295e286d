package com.districtbulletin.print;

import com.districtbulletin.print.BulletinFonts.Face;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text that comes from the input — file and folder names, headers, cells, registry names — as the
 * bulletin can print it: every character that one of the bulletin's fonts (in the PDF or in the
 * charts) lacks, and every control character (a line break in a file name), is printed as
 * {@link #STAND_IN}; the data-quality annex says so once. The product's own text is still checked
 * strictly ({@link BulletinFonts#checked}); the CSV outputs keep the input's exact text.
 */
public final class PrintableText {

    /** 〓 (U+3013 GETA MARK), the stand-in Chinese typesetting uses for a character it lacks. */
    public static final String STAND_IN = "\u3013";

    private static final Map<Integer, Boolean> PRINTABLE = new ConcurrentHashMap<>();

    private PrintableText() {
    }

    /** The text with every character the fonts cannot show replaced by the stand-in; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!printable(c)) {
                if (shown == null) {
                    shown = new StringBuilder(text.length()).append(text, 0, i);
                }
                shown.append(STAND_IN);
            } else if (shown != null) {
                shown.appendCodePoint(c);
            }
            i = next;
        }
        return shown == null ? text : shown.toString();
    }

    private static boolean printable(int c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F;
        }
        return PRINTABLE.computeIfAbsent(c, PrintableText::inEveryFont);
    }

    private static boolean inEveryFont(int c) {
        if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE
                || Character.getType(c) == Character.FORMAT) {
            return false;
        }
        BulletinFonts fonts = BulletinFonts.shared();
        for (Face face : Face.values()) {
            if (!fonts.pdf(face).charExists(c) || !BulletinFonts.awt(face, 10f).canDisplay(c)) {
                return false;
            }
        }
        return true;
    }
}
