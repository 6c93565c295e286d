package com.districtbulletin.dataset;

import com.districtbulletin.dataset.CrossFieldRule.Given;
import com.districtbulletin.dataset.CrossFieldRule.NotBefore;
import com.districtbulletin.dataset.CrossFieldRule.NotMoreThan;
import com.districtbulletin.dataset.CrossFieldRule.OnlyWith;
import com.districtbulletin.dataset.CrossFieldRule.RequiredWhen;
import com.districtbulletin.dataset.CrossFieldRule.Where;
import com.districtbulletin.dataset.CrossFieldRule.Within;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One dataset of the data contract (section 5) as data: its names, columns, id column, cross-field
 * rules and references to other datasets. {@link #checked()} verifies that every name it uses is
 * declared, so that a misspelt column or choice code stops the program when it starts rather than
 * silently never matching.
 */
public record DatasetDeclaration(String fileName, String alias, String idColumn, List<Column> columns,
                                 List<CrossFieldRule> rules, List<Reference> references, boolean isAddedInV3) {

    private static final String CODE = "[A-Z][A-Z_]*";

    /** A dataset whose first column is its id. */
    public static DatasetDeclaration declare(String fileName, String alias, Column... columns) {
        return new DatasetDeclaration(fileName, alias, columns.length == 0 ? null : columns[0].name(),
                List.of(columns), List.of(), List.of(), false);
    }

    /** A dataset contract v3 added (service_tasks): a file of it in force makes its district-year v3. */
    public DatasetDeclaration addedInV3() {
        return new DatasetDeclaration(fileName, alias, idColumn, columns, rules, references, true);
    }

    public DatasetDeclaration rules(CrossFieldRule... more) {
        List<CrossFieldRule> all = new ArrayList<>(rules);
        all.addAll(List.of(more));
        return new DatasetDeclaration(fileName, alias, idColumn, columns, List.copyOf(all), references, isAddedInV3);
    }

    /** {@code column}, when given, names a row of {@code target} (by its id), else {@code code}. */
    public DatasetDeclaration references(String column, String target, String code) {
        List<Reference> all = new ArrayList<>(references);
        all.add(new Reference(column, target, code));
        return new DatasetDeclaration(fileName, alias, idColumn, columns, rules, List.copyOf(all), isAddedInV3);
    }

    /** This declaration, after checking that it is consistent; throws IllegalStateException naming what is wrong. */
    public DatasetDeclaration checked() {
        List<String> faults = new ArrayList<>();
        if (fileName == null || !fileName.matches("[a-z][a-z_]*")) {
            faults.add("name '" + fileName + "' is not a lower-case identifier");
        }
        Set<String> names = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name().toLowerCase(Locale.ROOT))) {
                faults.add("column " + c.name() + " is declared twice");
            }
            if (!aliases.add(c.alias())) {
                faults.add("alias " + c.alias() + " is used twice");
            }
            checkColumn(c, faults);
            if (c.isAddedInV3() && (c.isRequired() || isAddedInV3)) {
                faults.add("column " + c.name() + ": a v3 column is optional and added to a v2 dataset");
            }
        }
        if (columns.isEmpty() || !columns.get(0).name().equals(idColumn)) {
            faults.add("the id column " + idColumn + " must be the first column");
        } else if (!columns.get(0).isRequired() || columns.get(0).type() != ColumnType.TEXT) {
            faults.add("the id column " + idColumn + " must be a required text column");
        }
        for (CrossFieldRule rule : rules) {
            checkRule(rule, faults);
        }
        for (Reference r : references) {
            column(r.column(), "reference " + r.code(), faults, ColumnType.TEXT);
            checkCode(r.code(), faults);
        }
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Dataset " + fileName + ": " + String.join("; ", faults));
        }
        return this;
    }

    private void checkColumn(Column c, List<String> faults) {
        if ((c.type() == ColumnType.ENUM) == c.choices().isEmpty()) {
            faults.add("column " + c.name() + ": only enumerations have choices, and every enumeration has some");
        }
        Set<String> codes = new HashSet<>();
        for (Choice choice : c.choices()) {
            if (!codes.add(choice.code().toLowerCase(Locale.ROOT))) {
                faults.add("column " + c.name() + ": choice code " + choice.code() + " is declared twice");
            }
        }
        if (c.type() == ColumnType.ENUM && c.defaultValue() != null && c.choices().stream().noneMatch(
                ch -> ch.label().equals(c.defaultValue()) || ch.code().equalsIgnoreCase(c.defaultValue()))) {
            faults.add("column " + c.name() + ": default " + c.defaultValue() + " is not one of its choices");
        }
        if (c.yearBound() != YearBound.NONE && c.type() != ColumnType.DATE) {
            faults.add("column " + c.name() + ": only a date has a year bound");
        }
        if (c.earlierWhen() != null) {
            if (c.yearBound() != YearBound.IN_YEAR) {
                faults.add("column " + c.name() + ": 'or earlier when' needs 'in the year'");
            }
            column(c.earlierWhen(), "column " + c.name(), faults, ColumnType.BOOLEAN);
        }
    }

    private void checkRule(CrossFieldRule rule, List<String> faults) {
        String what = rule.getClass().getSimpleName() + " on " + rule.column();
        if (rule instanceof NotMoreThan r) {
            column(r.column(), what, faults, ColumnType.INTEGER);
            column(r.limit(), what, faults, ColumnType.INTEGER);
            checkCode(r.code(), faults);
        } else if (rule instanceof NotBefore r) {
            column(r.column(), what, faults, ColumnType.DATE);
            column(r.earliest(), what, faults, ColumnType.DATE);
            checkCode(r.code(), faults);
        } else if (rule instanceof RequiredWhen r) {
            column(r.column(), what, faults, null);
            Column when = column(r.when(), what, faults, ColumnType.ENUM);
            if (when != null && when.choiceCoded(r.value()).isEmpty()) {
                faults.add(what + ": " + r.value() + " is not a choice code of " + r.when());
            }
            checkCode(r.requiredCode(), faults);
            checkCode(r.notAllowedCode(), faults);
        } else if (rule instanceof OnlyWith r) {
            column(r.column(), what, faults, null);
            column(r.other(), what, faults, null);
            checkCode(r.code(), faults);
        } else if (rule instanceof Given r) {
            column(r.column(), what, faults, null);
            checkCode(r.code(), faults);
        } else if (rule instanceof Within r) {
            column(r.column(), what, faults, ColumnType.DATE);
            if (r.bound() == YearBound.NONE) {
                faults.add(what + ": no bound");
            }
        } else if (rule instanceof Where r) {
            Column when = column(r.when(), what, faults, ColumnType.ENUM);
            for (String code : r.codes()) {
                if (when != null && when.choiceCoded(code).isEmpty()) {
                    faults.add(what + ": " + code + " is not a choice code of " + r.when());
                }
            }
            checkRule(r.rule(), faults);
        }
    }

    /** The column named {@code name}, of {@code type} when not null; else a fault and null. */
    private Column column(String name, String what, List<String> faults, ColumnType type) {
        Column c = columns.stream().filter(col -> col.name().equals(name)).findFirst().orElse(null);
        if (c == null) {
            faults.add(what + ": no column " + name);
        } else if (type != null && c.type() != type) {
            faults.add(what + ": column " + name + " is " + c.type() + ", not " + type);
        }
        return c;
    }

    /** The v3 columns (v3 section 0.2): columns contract v3 added to this v2 dataset. */
    public List<Column> v3Columns() {
        return columns.stream().filter(Column::isAddedInV3).toList();
    }

    private static void checkCode(String code, List<String> faults) {
        if (code == null || !code.matches(CODE)) {
            faults.add("'" + code + "' is not a problem code");
        }
    }
}
