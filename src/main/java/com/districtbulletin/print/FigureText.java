package com.districtbulletin.print;

import com.districtbulletin.statistics.Statistic;
import com.districtbulletin.statistics.Status;
import com.districtbulletin.text.Chinese;
import java.math.BigDecimal;

/**
 * How a figure is printed: its value exactly as in statistics.csv, 未报送 when the district did
 * not submit, — when the figure is not applicable (a zero denominator). The receipts print their
 * changes with {@link #signed(BigDecimal)} too, so that both show the same figure the same way.
 */
public final class FigureText {

    private FigureText() {
    }

    public static String value(Statistic s) {
        if (s.status() == Status.NOT_SUBMITTED) {
            return notSubmitted();
        }
        if (s.status() == Status.REJECTED) {
            return rejected();
        }
        return s.value() == null ? notApplicable() : s.value().toPlainString();
    }

    public static boolean isPartial(Statistic s) {
        return s.status() == Status.PARTIAL;
    }

    /** The rank, or empty when there is none. */
    public static String rank(Statistic s) {
        return s.rank() == null ? "" : Integer.toString(s.rank());
    }

    /** "3/10": the rank among the districts ranked. */
    public static String rankOf(Statistic s, int ranked) {
        return s.rank() == null ? "" : s.rank() + "/" + ranked;
    }

    /** The change with its sign (+8, -3, 0, +1.4); — when the district has a value but no comparable one last year. */
    public static String yoy(Statistic s) {
        if (s.value() == null) {
            return "";
        }
        if (s.yoyChange() == null) {
            return notApplicable();
        }
        return signed(s.yoyChange());
    }

    /** +8, −3 (a true minus sign, U+2212), 0, +1.4. */
    public static String signed(BigDecimal change) {
        return (change.signum() > 0 ? "+" : change.signum() < 0 ? MINUS : "") + change.abs().toPlainString();
    }

    public static final String MINUS = "\u2212";

    public static String notSubmitted() {
        return Chinese.text("bulletin.mark.notSubmitted");
    }

    public static String rejected() {
        return Chinese.text("bulletin.mark.rejected");
    }

    public static String notApplicable() {
        return Chinese.text("bulletin.mark.notApplicable");
    }

    public static String partialMark() {
        return Chinese.text("bulletin.mark.partial");
    }
}
