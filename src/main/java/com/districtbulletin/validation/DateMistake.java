package com.districtbulletin.validation;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.text.Chinese;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The BAD_DATE message that names the likely cause: a cell formatted as a number that holds an
 * Excel date serial (45356 is 2024-03-05, in a workbook or in a CSV file Excel exported), eight
 * digits without separators (20240305), or else the forms a date may take.
 */
final class DateMistake {

    /** Day 0 of Excel's serial dates (the 1900 system, past its 29 February 1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serials from 1954 to 2119: five digits that are certainly not a year or a count. */
    private static final int FIRST_SERIAL = 20_000;
    private static final int LAST_SERIAL = 80_000;

    private DateMistake() {
    }

    /** A workbook cell formatted as a number (data contract section 2). */
    static String numberCell(Column column, String cell) {
        LocalDate serial = serial(cell);
        return serial != null
                ? Chinese.text("problem.BAD_DATE.serial", column.displayName(), cell, serial.toString())
                : Chinese.text("problem.BAD_DATE.number", column.displayName(), cell);
    }

    /** A text cell that is not a date (a CSV cell, or a workbook cell formatted as text). */
    static String textCell(Column column, String cell) {
        LocalDate serial = serial(cell);
        if (serial != null) {
            return Chinese.text("problem.BAD_DATE.serialText", column.displayName(), cell, serial.toString());
        }
        if (CellParser.isBeforeEarliest(cell)) {
            return Chinese.text("problem.BAD_DATE.beforeEarliest", column.displayName(), cell);
        }
        LocalDate compact = compact(cell);
        if (compact != null) {
            return Chinese.text("problem.BAD_DATE.compact", column.displayName(), cell, compact.toString());
        }
        return Chinese.text("problem.BAD_DATE", column.displayName(), cell);
    }

    private static LocalDate serial(String cell) {
        if (!cell.matches("[0-9]{5}")) {
            return null;
        }
        int days = Integer.parseInt(cell);
        return days >= FIRST_SERIAL && days <= LAST_SERIAL ? EXCEL_EPOCH.plusDays(days) : null;
    }

    private static LocalDate compact(String cell) {
        if (!cell.matches("(19|20)[0-9]{6}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(cell.substring(0, 4)), Integer.parseInt(cell.substring(4, 6)),
                    Integer.parseInt(cell.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
