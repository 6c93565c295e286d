package com.districtbulletin.validation;

import com.districtbulletin.text.Chinese;
import java.util.regex.Pattern;

/**
 * What an output shows of a cell it quotes (issue 19): the cell up to its first line break, and at
 * most {@value #CHARS} characters of that; a cut cell ends in …（共N字）. A cell that spans lines
 * swallowed other rows through an unclosed quote, so it is also cut at its first comma: it never
 * brings their cells — a 姓名 among them — into a report, a receipt or a message. A one-line cell
 * keeps its commas ("1,000", "March 5, 2024"), so that the clerk sees what was typed.
 */
public final class Echo {

    public static final int CHARS = 50;
    private static final Pattern CUT = Pattern.compile("[^\\r\\n]{0," + CHARS + "}…（共[0-9,]+字）", Pattern.DOTALL);

    private Echo() {
    }

    /** The cell as outputs show it; null stays null, and a cell shown already is shown as it is. */
    public static String of(String cell) {
        if (cell == null) {
            return null;
        }
        int end = 0;
        int n = cell.length();
        boolean swallowed = cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        while (end < n && end < CHARS && cell.charAt(end) != '\n' && cell.charAt(end) != '\r'
                && !(swallowed && cell.charAt(end) == ',')) {
            end++;
        }
        if (end == n || CUT.matcher(cell).matches()) {
            return cell;
        }
        if (end > 0 && Character.isHighSurrogate(cell.charAt(end - 1))) {
            end--;
        }
        return cell.substring(0, end) + Chinese.text("echo.cut", cell.codePointCount(0, n));
    }
}
