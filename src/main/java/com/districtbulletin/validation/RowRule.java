package com.districtbulletin.validation;

import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.ColumnType;
import com.districtbulletin.dataset.CrossFieldRule;
import com.districtbulletin.dataset.CrossFieldRule.Given;
import com.districtbulletin.dataset.CrossFieldRule.NotBefore;
import com.districtbulletin.dataset.CrossFieldRule.NotMoreThan;
import com.districtbulletin.dataset.CrossFieldRule.OnlyWith;
import com.districtbulletin.dataset.CrossFieldRule.RequiredWhen;
import com.districtbulletin.dataset.CrossFieldRule.Where;
import com.districtbulletin.dataset.CrossFieldRule.Within;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.dataset.Reference;
import com.districtbulletin.dataset.YearBound;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule that looks at several cells of one row: the evaluation of one shape of rule a dataset
 * declares (data contract section 5), or of one of its references. A rule is skipped when a cell
 * it needs did not parse, since that cell already has its own problem.
 */
@FunctionalInterface
public interface RowRule {

    void check(RowView row, Context context, List<Problem> problems);

    /** Each dataset's rules, built once; building them checks that every declared code exists. */
    Map<Dataset, List<RowRule>> BY_DATASET = Collections.unmodifiableMap(build());

    static List<RowRule> of(Dataset dataset) {
        return BY_DATASET.get(dataset);
    }

    private static Map<Dataset, List<RowRule>> build() {
        Map<Dataset, List<RowRule>> all = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            List<RowRule> rules = new ArrayList<>();
            for (CrossFieldRule rule : dataset.rules()) {
                rules.add(of(rule));
            }
            for (Reference reference : dataset.references()) {
                rules.add(known(reference));
            }
            all.put(dataset, List.copyOf(rules));
        }
        return all;
    }

    /** The evaluation of one declared rule. */
    static RowRule of(CrossFieldRule rule) {
        if (rule instanceof NotMoreThan r) {
            return notMoreThan(r.column(), r.limit(), ProblemCode.valueOf(r.code()));
        } else if (rule instanceof NotBefore r) {
            return notBefore(r.column(), r.earliest(), ProblemCode.valueOf(r.code()));
        } else if (rule instanceof RequiredWhen r) {
            return requiredWhen(r.column(), r.when(), r.value(), ProblemCode.valueOf(r.requiredCode()),
                    ProblemCode.valueOf(r.notAllowedCode()));
        } else if (rule instanceof OnlyWith r) {
            return onlyWith(r.column(), r.other(), ProblemCode.valueOf(r.code()));
        } else if (rule instanceof Given r) {
            return given(r.column(), ProblemCode.valueOf(r.code()), null);
        } else if (rule instanceof Within r) {
            return within(r.column(), r.bound());
        } else if (rule instanceof Where r) {
            // a required cell's message names the choice that requires it (任务类型为立法调研，须填写…)
            RowRule inner = r.rule() instanceof Given g ? given(g.column(), ProblemCode.valueOf(g.code()), r.when())
                    : of(r.rule());
            return where(r.when(), List.copyOf(r.codes()), inner);
        }
        throw new IllegalArgumentException("No evaluation for " + rule);
    }

    /** {@code column} ≤ {@code limit}: the problem names the limit's value and column. */
    static RowRule notMoreThan(String column, String limit, ProblemCode code) {
        return (row, context, problems) -> {
            Long value = row.integer(column);
            Long max = row.integer(limit);
            if (value != null && max != null && value > max) {
                problems.add(row.problem(column, code, max, row.dataset().columnNamed(limit).displayName()));
            }
        };
    }

    /** The date in {@code column} is not before the one in {@code earliest}: the problem names the earliest date as written. */
    static RowRule notBefore(String column, String earliest, ProblemCode code) {
        return (row, context, problems) -> {
            LocalDate date = row.date(column);
            LocalDate first = row.date(earliest);
            if (date != null && first != null && date.isBefore(first)) {
                problems.add(row.problem(column, code, row.raw(earliest),
                        row.dataset().columnNamed(earliest).displayName()));
            }
        };
    }

    /** {@code column} filled when {@code when} is {@code value}, empty when it is any other choice. */
    static RowRule requiredWhen(String column, String when, String value, ProblemCode required,
                                ProblemCode notAllowed) {
        return (row, context, problems) -> {
            String state = row.text(when);
            if (state == null) {
                return;
            }
            boolean given = !row.raw(column).isEmpty();
            if (state.equals(value) != given) {
                Column whenColumn = row.dataset().columnNamed(when);
                String label = whenColumn.choiceCoded(state).orElseThrow().label();
                problems.add(row.problem(column, given ? notAllowed : required, whenColumn.displayName(), label));
            }
        };
    }

    /** {@code column} given only when {@code other} is given (a boolean is given when 是). */
    static RowRule onlyWith(String column, String other, ProblemCode code) {
        return (row, context, problems) -> {
            Boolean given = row.given(column);
            Boolean otherGiven = row.given(other);
            if (Boolean.TRUE.equals(given) && Boolean.FALSE.equals(otherGiven)) {
                problems.add(row.problem(column, code, row.dataset().columnNamed(other).displayName()));
            }
        };
    }

    /**
     * {@code column} given (an integer above 0, a boolean 是, else not empty); skipped when the cell
     * did not parse. The problem names, after the column and cell, the label of the row's
     * {@code because} enumeration (null: nothing more).
     */
    static RowRule given(String column, ProblemCode code, String because) {
        return (row, context, problems) -> {
            if (Boolean.FALSE.equals(row.given(column))) {
                problems.add(because == null ? row.problem(column, code) : row.problem(column, code,
                        row.dataset().columnNamed(because).choiceCoded(row.text(because)).orElseThrow().label()));
            }
        };
    }

    /** The date in {@code column} keeps to {@code bound}; the message names the cell and the year. */
    static RowRule within(String column, YearBound bound) {
        ProblemCode code = ProblemCode.valueOf(bound.code());
        return (row, context, problems) -> {
            LocalDate date = row.date(column);
            if (date != null && !bound.holds(date, context.year())) {
                problems.add(row.problem(column, code, context.year()));
            }
        };
    }

    /** {@code rule} on the rows whose enumeration {@code when} has one of {@code codes} (not when it is invalid or empty). */
    static RowRule where(String when, List<String> codes, RowRule rule) {
        return (row, context, problems) -> {
            String state = row.text(when);
            if (state != null && codes.contains(state)) {
                rule.check(row, context, problems);
            }
        };
    }

    /** A referring cell must be among the target's ids, when the target's ids are known. */
    static RowRule known(Reference reference) {
        ProblemCode code = ProblemCode.valueOf(reference.code());
        return (row, context, problems) -> {
            String id = row.text(reference.column());
            Set<String> ids = context.knownIds().get(reference);
            if (id != null && ids != null && !ids.contains(id)) {
                problems.add(row.problem(reference.column(), code));
            }
        };
    }

    /**
     * What a rule may know beyond the row: for each reference of the dataset, the ids of the
     * referenced submission of the district-year; a reference without an entry is not checked
     * (the district-year has no submission of the target in force).
     */
    record Context(Map<Reference, Set<String>> knownIds, int year) {
    }

    /** A row's cells by column name, as parsed (null when empty without default, or not parsed). */
    record RowView(Dataset dataset, String[] raws, Object[] values, int line, String file) {

        String raw(String column) {
            return raws[dataset.indexOf(column)];
        }

        String text(String column) {
            return (String) values[dataset.indexOf(column)];
        }

        LocalDate date(String column) {
            return (LocalDate) values[dataset.indexOf(column)];
        }

        Long integer(String column) {
            return (Long) values[dataset.indexOf(column)];
        }

        /** Whether the cell is given (a boolean: 是, an integer: above 0), or null when it did not parse. */
        Boolean given(String column) {
            int i = dataset.indexOf(column);
            Column c = dataset.columns().get(i);
            if (!raws[i].isEmpty() && values[i] == null) {
                return null;
            }
            return switch (c.type()) {
                case BOOLEAN -> Boolean.TRUE.equals(values[i]);
                case INTEGER -> values[i] != null && (Long) values[i] > 0;
                default -> !raws[i].isEmpty();
            };
        }

        /** A problem on {@code column}: its message gets the column, the cell, then {@code more}. */
        Problem problem(String column, ProblemCode code, Object... more) {
            Column c = dataset.columnNamed(column);
            Object[] args = new Object[2 + more.length];
            args[0] = c.displayName();
            args[1] = raw(column);
            System.arraycopy(more, 0, args, 2, more.length);
            return Problem.of(file, line, column, raw(column), code, args);
        }
    }
}
