package com.districtbulletin.statistics;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.text.Chinese;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One condition a row must meet to be counted or summed: over a declared column and, for
 * enumerations, declared choice codes. The SQL is generated from it; nothing else writes SQL
 * conditions.
 *
 * @param column the column's canonical name
 * @param test   what the cell must be
 * @param codes  for {@link Test#IS} and {@link Test#IS_NOT}: choice codes of the column
 * @param either for {@link Test#EITHER}: the conditions of which one suffices (column null)
 */
public record Condition(String column, Test test, List<String> codes, List<Condition> either) {

    /** What a condition tests. */
    public enum Test {
        /** One of the codes. */
        IS,
        /** Empty or none of the codes. */
        IS_NOT,
        /** A boolean that is 是. */
        YES,
        /** Not empty. */
        GIVEN,
        /** A date in the statistics' year. */
        IN_THE_YEAR,
        /** Any one of several conditions. */
        EITHER
    }

    Condition(String column, Test test, List<String> codes) {
        this(column, test, codes, List.of());
    }

    /** One of {@code conditions} holds: 「类型」为议案 or 「重点督办」为是. */
    public static Condition either(Condition... conditions) {
        return new Condition(null, Test.EITHER, List.of(), List.of(conditions));
    }

    /** The columns the condition looks at. */
    java.util.Set<String> columns() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        if (column != null) {
            names.add(column);
        }
        either.forEach(c -> names.addAll(c.columns()));
        return names;
    }

    /** The choice codes the condition names, as {@code column=code}. */
    java.util.Set<String> choiceCodes() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        codes.forEach(code -> names.add(column + "=" + code));
        either.forEach(c -> names.addAll(c.choiceCodes()));
        return names;
    }

    public static Condition is(String column, String... codes) {
        return new Condition(column, Test.IS, List.of(codes));
    }

    public static Condition isNot(String column, String... codes) {
        return new Condition(column, Test.IS_NOT, List.of(codes));
    }

    public static Condition yes(String column) {
        return new Condition(column, Test.YES, List.of());
    }

    public static Condition given(String column) {
        return new Condition(column, Test.GIVEN, List.of());
    }

    public static Condition inTheYear(String column) {
        return new Condition(column, Test.IN_THE_YEAR, List.of());
    }

    /** Throws IllegalStateException when the column or a code is not declared, or does not suit the test. */
    void check(Dataset dataset, String metric) {
        if (test == Test.EITHER) {
            if (either.size() < 2) {
                throw new IllegalStateException(metric + ": 'either' takes two conditions or more");
            }
            either.forEach(c -> c.check(dataset, metric));
            return;
        }
        Column c = dataset.columns().stream().filter(col -> col.name().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalStateException(metric + ": " + dataset.fileName() + " has no column "
                        + column));
        ColumnType needed = switch (test) {
            case IS, IS_NOT -> ColumnType.ENUM;
            case YES -> ColumnType.BOOLEAN;
            case IN_THE_YEAR -> ColumnType.DATE;
            case GIVEN -> c.type();
            case EITHER -> throw new IllegalStateException("unreachable");
        };
        if (c.type() != needed) {
            throw new IllegalStateException(metric + ": column " + column + " is " + c.type() + ", not " + needed);
        }
        if ((test == Test.IS || test == Test.IS_NOT) == codes.isEmpty()) {
            throw new IllegalStateException(metric + ": " + test + " on " + column + " takes choice codes");
        }
        for (String code : codes) {
            if (c.choiceCoded(code).isEmpty()) {
                throw new IllegalStateException(metric + ": " + code + " is not a choice code of " + column);
            }
        }
    }

    /** The condition as SQL over the row alias {@code t}; codes are declared identifiers, never input. */
    String sql(int year) {
        if (test == Test.EITHER) {
            return "(" + either.stream().map(c -> c.sql(year)).collect(Collectors.joining(" OR ")) + ")";
        }
        String cell = "t." + column;
        String list = codes.stream().map(code -> "'" + code + "'").collect(Collectors.joining(", "));
        return switch (test) {
            case IS -> cell + " IN (" + list + ")";
            case IS_NOT -> "(" + cell + " IS NULL OR " + cell + " NOT IN (" + list + "))";
            case YES -> cell + " = TRUE";
            case GIVEN -> cell + " IS NOT NULL";
            case IN_THE_YEAR -> cell + " BETWEEN DATE '" + year + "-01-01' AND DATE '" + year + "-12-31'";
            case EITHER -> throw new IllegalStateException("unreachable");
        };
    }

    /** The condition in words, with the column's alias and the choices' labels: 「会议类型」为常委会会议. */
    String description(Dataset dataset) {
        if (test == Test.EITHER) {
            return Chinese.text("metric.describe.either", either.stream().map(c -> c.description(dataset))
                    .collect(Collectors.joining(Chinese.text("metric.describe.or"))));
        }
        Column c = dataset.columnNamed(column);
        String labels = codes.stream().map(code -> c.choiceCoded(code).orElseThrow().label())
                .collect(Collectors.joining(Chinese.text("metric.describe.or")));
        return switch (test) {
            case IS -> Chinese.text("metric.describe.is", c.alias(), labels);
            case IS_NOT -> Chinese.text("metric.describe.isNot", c.alias(), labels);
            case YES -> Chinese.text("metric.describe.yes", c.alias());
            case GIVEN -> Chinese.text("metric.describe.given", c.alias());
            case IN_THE_YEAR -> Chinese.text("metric.describe.inTheYear", c.alias());
            case EITHER -> throw new IllegalStateException("unreachable");
        };
    }
}
