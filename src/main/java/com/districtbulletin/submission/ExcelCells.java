package com.districtbulletin.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A workbook cell as the text a CSV export would give (data contract section 2): a date-formatted
 * number as 2024-03-05, a whole number as its digits, a boolean as 是/否, a formula as its cached
 * value (empty when it has none).
 */
final class ExcelCells {

    /** Excel's built-in date and time formats, the Chinese ones (27–36, 50–58) included. */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22,
            27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private ExcelCells() {
    }

    /** The cell's text; {@code plainNumber} is set when it is a number without a date format. */
    static String text(Cell cell, boolean date1904, boolean[] plainNumber) {
        plainNumber[0] = false;
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> stringOf(cell.getValue(), cell.getRawValue());
            case BOOLEAN -> booleanText((Boolean) cell.getValue());
            case NUMBER -> number((BigDecimal) cell.getValue(), cell, date1904, plainNumber);
            case FORMULA -> {
                Object cached = cell.getValue();
                if (cached instanceof BigDecimal n) {
                    yield number(n, cell, date1904, plainNumber);
                }
                if (cached instanceof Boolean b) {
                    yield booleanText(b);
                }
                yield cached == null ? "" : cached.toString();
            }
            case ERROR -> stringOf(cell.getValue(), cell.getRawValue());
        };
    }

    private static String stringOf(Object value, String raw) {
        if (value != null) {
            return value.toString();
        }
        return raw == null ? "" : raw;
    }

    private static String booleanText(Boolean b) {
        return b == null ? "" : b ? "是" : "否";
    }

    private static String number(BigDecimal n, Cell cell, boolean date1904, boolean[] plainNumber) {
        if (n == null) {
            return "";
        }
        if (n.signum() >= 0 && isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return toDate(n, date1904).toString();
        }
        plainNumber[0] = true;
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.toBigIntegerExact().toString();
        }
        return stripped.toPlainString();
    }

    /** The day of an Excel serial date; a time of day is dropped. */
    static LocalDate toDate(BigDecimal serial, boolean date1904) {
        long days = serial.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        // Excel counts a 29 February 1900 that never was: serials before it start a day later
        return days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
    }

    /**
     * Whether a number format shows a date or time: a built-in date format, or a format whose
     * first section, without its quoted text, escapes and [colour/locale] brackets, has a
     * y, m, d, h or s code.
     */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && BUILT_IN_DATES.contains(id)) {
            return true;
        }
        if (format == null || format.isEmpty()) {
            return false;
        }
        StringBuilder codes = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int end = format.indexOf(']', i);
                String inside = end < 0 ? "" : format.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    codes.append(inside);
                }
                i = end < 0 ? format.length() : end;
            } else if (c == ';') {
                break;
            } else {
                codes.append(Character.toLowerCase(c));
            }
        }
        String s = codes.toString();
        if (s.equals("general")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if ("ymdhs".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
