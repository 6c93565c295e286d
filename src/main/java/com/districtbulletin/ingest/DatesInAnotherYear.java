package com.districtbulletin.ingest;

import com.districtbulletin.text.Chinese;
import com.districtbulletin.validation.CellParser;
import com.districtbulletin.validation.Problem;
import com.districtbulletin.validation.ProblemCode;
import com.districtbulletin.validation.RowChecker;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year a file's dates fall in, counted row by row as they are checked: when most rows have
 * their dates in one other year than the file name's, the file was most likely named with the wrong
 * year, and one file-level sentence says so instead of leaving the clerk with a row problem per line.
 * A row's year is that of its first date: in the year for an accepted row, the year of the date
 * its OUT_OF_YEAR or AFTER_YEAR problem quotes for a rejected one.
 */
final class DatesInAnotherYear {

    private final int year;
    private int rows;
    private int dated;
    private final Map<Integer, Integer> otherYears = new TreeMap<>();

    DatesInAnotherYear(int year) {
        this.year = year;
    }

    void add(RowChecker.Row row) {
        rows++;
        if (row.accepted()) {
            for (Object value : row.values()) {
                if (value instanceof LocalDate) {
                    dated++;
                    return;
                }
            }
            return;
        }
        for (Problem problem : row.problems()) {
            if ((problem.code() == ProblemCode.OUT_OF_YEAR || problem.code() == ProblemCode.AFTER_YEAR)
                    && problem.value() != null && CellParser.parseDate(problem.value()) instanceof LocalDate date) {
                dated++;
                otherYears.merge(date.getYear(), 1, Integer::sum);
                return;
            }
        }
    }

    /** The hint, "文件中的日期都在2023年，请核对文件名中的年度。", or empty when most dated rows are in the file's year. */
    String hint() {
        return otherYears.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(most -> most.getValue() * 2 > rows)
                .map(most -> Chinese.text(most.getValue() == dated ? "problem.otherYear.all" : "problem.otherYear.most",
                        most.getKey(), year))
                .orElse("");
    }
}
