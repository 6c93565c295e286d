package com.districtbulletin.dataset;

/**
 * A rule over several cells of one row, in one of the few shapes the contract uses (section 5),
 * naming the problem code a row that breaks it is reported under. Columns are named by their
 * canonical names; {@link DatasetDeclaration} checks them when the declarations load.
 */
public sealed interface CrossFieldRule {

    /** The column a problem is reported on. */
    String column();

    /** {@code column} is not more than {@code limit} (two integer columns). */
    record NotMoreThan(String column, String limit, String code) implements CrossFieldRule {
    }

    /**
     * {@code column} is required when {@code when} has the choice {@code value} ({@code requiredCode}),
     * and must be empty when {@code when} has any other choice ({@code notAllowedCode}).
     */
    record RequiredWhen(String column, String when, String value, String requiredCode, String notAllowedCode)
            implements CrossFieldRule {
    }

    /** The date in {@code column} is not before the date in {@code earliest}. */
    record NotBefore(String column, String earliest, String code) implements CrossFieldRule {
    }

    /**
     * {@code column} is given only when {@code other} is given: a boolean is given when 是, an integer
     * when above 0, any other cell when not empty.
     */
    record OnlyWith(String column, String other, String code) implements CrossFieldRule {
    }

    /** {@code column} is given: an integer above 0, a boolean 是, any other cell not empty. */
    record Given(String column, String code) implements CrossFieldRule {
    }

    /**
     * The date in {@code column} keeps to {@code bound}, reported under the bound's code; unlike a
     * column's own bound, the date stays valid for the row's other rules (v3 section 10.9).
     */
    record Within(String column, YearBound bound) implements CrossFieldRule {
    }

    /**
     * {@code rule} applies only to rows whose enumeration {@code when} has one of {@code codes}; not
     * to a row where {@code when} is empty or not a valid choice.
     */
    record Where(String when, java.util.List<String> codes, CrossFieldRule rule) implements CrossFieldRule {

        @Override
        public String column() {
            return rule.column();
        }
    }

    /** This rule, applied only to rows whose enumeration {@code when} has one of {@code codes}. */
    default CrossFieldRule onRowsWhere(String when, String... codes) {
        return new Where(when, java.util.List.of(codes), this);
    }

    static CrossFieldRule given(String column, String code) {
        return new Given(column, code);
    }

    static CrossFieldRule within(String column, YearBound bound) {
        return new Within(column, bound);
    }

    static CrossFieldRule notMoreThan(String column, String limit, String code) {
        return new NotMoreThan(column, limit, code);
    }

    static CrossFieldRule requiredWhen(String column, String when, String value, String requiredCode,
                                       String notAllowedCode) {
        return new RequiredWhen(column, when, value, requiredCode, notAllowedCode);
    }

    static CrossFieldRule notBefore(String column, String earliest, String code) {
        return new NotBefore(column, earliest, code);
    }

    static CrossFieldRule onlyWith(String column, String other, String code) {
        return new OnlyWith(column, other, code);
    }
}
