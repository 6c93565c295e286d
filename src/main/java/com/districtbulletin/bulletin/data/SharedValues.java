package com.districtbulletin.bulletin.data;

import com.districtbulletin.print.PrintableText;
import com.districtbulletin.statistics.Statistic;
import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each repeated value of a year's figures, printable: a province's 361k figures
 * otherwise hold a name, a code and their numbers each of their own (a third of a 512 MB heap,
 * JFR), and a name's printable form is worked out once, not once per figure. Equal decimals of
 * another scale stay apart ({@code BigDecimal.equals}), so every value prints as it did.
 */
final class SharedValues {

    private final Map<Object, Object> values = new HashMap<>();
    private final Map<String, String> printable = new HashMap<>();

    /** The figure with its district's name printable and its values shared. */
    Statistic printable(Statistic s) {
        return new Statistic(s.year(), one(s.districtCode()), printableName(s.districtName()), s.metric(),
                one(s.numerator()), one(s.denominator()), one(s.value()), one(s.rank()), one(s.yoyChange()),
                s.status(), one(s.fingerprint()));
    }

    private String printableName(String name) {
        return name == null ? null : printable.computeIfAbsent(name, PrintableText::of);
    }

    @SuppressWarnings("unchecked")
    private <T> T one(T value) {
        return value == null ? null : (T) values.computeIfAbsent(value, v -> v);
    }
}
