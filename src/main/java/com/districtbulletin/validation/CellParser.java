package com.districtbulletin.validation;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one trimmed, non-empty cell as its column's type (data contract section 2). Returns
 * {@link #INVALID} instead of throwing: a bad cell is ordinary input, and a million-row file
 * must not pay for exceptions.
 */
public final class CellParser {

    public static final Object INVALID = new Object() {
        @Override
        public String toString() {
            return "INVALID";
        }
    };

    /**
     * No date of this work lies before it (data contract section 2): an earlier one is a typed
     * year such as 0024, and both databases store every date from it on.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    private static final String[] TRUE_FORMS = {"是", "y", "yes", "true", "1"};
    private static final String[] FALSE_FORMS = {"否", "n", "no", "false", "0"};

    private CellParser() {
    }

    public static Object parse(Column column, String cell) {
        return switch (column.type()) {
            case TEXT -> cell;
            case INTEGER -> parseInteger(cell);
            case DATE -> parseDate(cell);
            case BOOLEAN -> parseBoolean(cell);
            case ENUM -> parseChoice(column, cell);
        };
    }

    /** A whole number ≥ 0 in ASCII or full-width digits, no sign or separators; a Long or INVALID. */
    public static Object parseInteger(String cell) {
        if (cell.isEmpty() || cell.length() > 18) {
            return INVALID;
        }
        long value = 0;
        for (int i = 0; i < cell.length(); i++) {
            int digit = digit(cell.charAt(i));
            if (digit < 0) {
                return INVALID;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日 (one or two digit month and day, full-width
     * digits allowed, one separator style throughout), from {@link #EARLIEST_DATE} on; a LocalDate or INVALID.
     */
    public static Object parseDate(String cell) {
        int n = cell.length();
        int[] parts = new int[3];
        int part = 0;
        int digits = 0;
        char separator = 0;
        for (int i = 0; i < n; i++) {
            char c = cell.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                parts[part] = parts[part] * 10 + d;
                digits++;
                int max = part == 0 ? 4 : 2;
                if (digits > max) {
                    return INVALID;
                }
                continue;
            }
            if (digits == 0 || (part == 0 && digits != 4)) {
                return INVALID;
            }
            char expected = expectedSeparator(separator, part, c);
            if (expected == 0) {
                return INVALID;
            }
            if (part == 0) {
                separator = c;
            }
            if (part == 2) {
                // only 日 may follow the day, and nothing after it
                if (c != '日' || i != n - 1) {
                    return INVALID;
                }
                return toDate(parts);
            }
            part++;
            digits = 0;
        }
        boolean chineseForm = separator == '年';
        if (part != 2 || digits == 0 || chineseForm) {
            return INVALID;
        }
        return toDate(parts);
    }

    private static char expectedSeparator(char first, int part, char c) {
        if (part == 0) {
            return c == '-' || c == '/' || c == '.' || c == '年' ? c : 0;
        }
        if (part == 1) {
            char wanted = first == '年' ? '月' : first;
            return c == wanted ? c : 0;
        }
        return first == '年' && c == '日' ? c : 0;
    }

    private static Object toDate(int[] parts) {
        try {
            LocalDate date = LocalDate.of(parts[0], parts[1], parts[2]);
            return date.isBefore(EARLIEST_DATE) ? INVALID : date;
        } catch (DateTimeException e) {
            return INVALID;
        }
    }

    /** The day a typed year such as 0024 or 1024 falls before (data contract section 2). */
    static boolean isBeforeEarliest(String cell) {
        int[] digits = cell.chars().map(c -> digit((char) c)).toArray();
        int year = 0;
        for (int i = 0; i < digits.length && i < 4; i++) {
            if (digits[i] < 0) {
                return false;
            }
            year = year * 10 + digits[i];
        }
        return digits.length > 4 && year < EARLIEST_DATE.getYear();
    }

    /** 是/否, Y/N, yes/no, true/false, 1/0 in any case; a Boolean or INVALID. */
    public static Object parseBoolean(String cell) {
        // a million-row file has a boolean on every row: no lower-cased copy of each cell
        for (String yes : TRUE_FORMS) {
            if (yes.equalsIgnoreCase(cell)) {
                return Boolean.TRUE;
            }
        }
        for (String no : FALSE_FORMS) {
            if (no.equalsIgnoreCase(cell)) {
                return Boolean.FALSE;
            }
        }
        return INVALID;
    }

    /**
     * The column's labels and codes as written, each with what {@link #parseChoice} reads it as:
     * what nearly every cell of a choice column holds, found without comparing it with each choice.
     */
    public static Map<String, Object> choicesAsWritten(Column column) {
        Map<String, Object> written = new HashMap<>();
        for (Choice choice : column.choices()) {
            written.put(choice.label(), parseChoice(column, choice.label()));
            written.put(choice.code(), parseChoice(column, choice.code()));
        }
        return Map.copyOf(written);
    }

    /** The Chinese label exactly, or the English code in any case; the code or INVALID. */
    public static Object parseChoice(Column column, String cell) {
        for (Choice choice : column.choices()) {
            if (choice.label().equals(cell) || choice.code().equalsIgnoreCase(cell)) {
                return choice.code();
            }
        }
        return INVALID;
    }

    /** ASCII and full-width digits 0-9; -1 for anything else. */
    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    /** Surrounding white space removed, the ideographic space U+3000 included. */
    public static String trim(String cell) {
        return cell == null ? "" : cell.strip();
    }
}
