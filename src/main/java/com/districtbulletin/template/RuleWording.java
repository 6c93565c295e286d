package com.districtbulletin.template;

import static com.districtbulletin.text.Chinese.text;

import com.districtbulletin.dataset.Choice;
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
import com.districtbulletin.dataset.YearBound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the filling instructions say a column requires, worded from its declaration and the
 * dataset's cross-field rules, never written by hand per column: 必填, 选填, or "已办结时必填" for
 * a column a {@link RequiredWhen} rule requires when another column has a given choice; and the
 * sentences of its rules and date bounds for the 说明 cell.
 */
final class RuleWording {

    private final List<Column> columns;
    private final List<CrossFieldRule> rules;

    /** The wording for the columns of one table (a dataset, or the registry with no rules). */
    RuleWording(List<Column> columns, List<CrossFieldRule> rules) {
        this.columns = columns;
        this.rules = rules;
    }

    /** 必填, 选填, or the choices that make the column required: 已办结时必填. */
    String requirement(Column column) {
        if (column.isRequired()) {
            return text("template.required");
        }
        return requiredWhen(column)
                .map(rule -> text("template.requiredWhen", choiceLabel(rule.when(), rule.value())))
                .or(() -> givenWhere(column).map(rule -> text("template.requiredWhen", choiceLabels(rule))))
                .orElse(text("template.optional"));
    }

    /** Whether a rule makes the column required under a condition (it is 选填 otherwise). */
    boolean isConditionallyRequired(Column column) {
        return !column.isRequired() && (requiredWhen(column).isPresent() || givenWhere(column).isPresent());
    }

    /** A rule that the column be given on rows of some choices (任务类型为立法调研时必填). */
    private Optional<Where> givenWhere(Column column) {
        return rules.stream().filter(r -> r instanceof Where w && w.rule() instanceof Given
                        && r.column().equals(column.name()))
                .map(Where.class::cast).findFirst();
    }

    private String choiceLabels(Where rule) {
        return rule.codes().stream().map(code -> choiceLabel(rule.when(), code))
                .collect(java.util.stream.Collectors.joining(text("problem.enumSeparator")));
    }

    /** The column's rules as sentences: the rules on it in declaration order, then its date bound. */
    List<String> sentences(Column column) {
        List<String> sentences = new ArrayList<>();
        for (CrossFieldRule rule : rules) {
            if (!rule.column().equals(column.name())) {
                continue;
            }
            sentences.add(sentence(column, rule));
        }
        if (column.yearBound() == YearBound.IN_YEAR) {
            sentences.add(column.earlierWhen() == null ? text("template.inYear")
                    : text("template.inYearOrEarlier", alias(column.earlierWhen())));
        } else if (column.yearBound() == YearBound.NOT_AFTER_YEAR) {
            sentences.add(text("template.notAfterYear"));
        }
        return sentences;
    }

    private String sentence(Column column, CrossFieldRule rule) {
        if (rule instanceof Where r) {
            return text("template.rule.where", alias(r.when()), choiceLabels(r), sentence(column, r.rule()));
        }
        if (rule instanceof Given) {
            return text(column.type() == ColumnType.INTEGER ? "template.rule.givenNumber" : "template.rule.given");
        }
        if (rule instanceof Within r) {
            return text(switch (r.bound()) {
                case IN_YEAR -> "template.inYear";
                case NOT_AFTER_YEAR -> "template.notAfterYear";
                case NOT_BEFORE_YEAR -> "template.notBeforeYear";
                case NONE -> throw new IllegalStateException("no bound");
            });
        }
        if (rule instanceof RequiredWhen r) {
            return text("template.rule.requiredWhen", alias(r.when()), choiceLabel(r.when(), r.value()),
                    otherChoices(r.when(), r.value()));
        }
        if (rule instanceof NotBefore r) {
            return text("template.rule.notBefore", alias(r.earliest()));
        }
        if (rule instanceof NotMoreThan r) {
            return text("template.rule.notMoreThan", alias(r.limit()));
        }
        OnlyWith r = (OnlyWith) rule;
        return text(isBoolean(r.other()) ? "template.rule.onlyWith.whenYes" : "template.rule.onlyWith.whenGiven",
                alias(r.other()))
                + text(column.type() == ColumnType.BOOLEAN ? "template.rule.onlyWith.thenYes"
                        : "template.rule.onlyWith.thenGiven");
    }

    private Optional<RequiredWhen> requiredWhen(Column column) {
        return rules.stream().filter(r -> r instanceof RequiredWhen && r.column().equals(column.name()))
                .map(RequiredWhen.class::cast).findFirst();
    }

    private Column named(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name));
    }

    private String alias(String name) {
        return named(name).alias();
    }

    private boolean isBoolean(String name) {
        return named(name).type() == ColumnType.BOOLEAN;
    }

    private String choiceLabel(String column, String code) {
        return named(column).choiceCoded(code).map(Choice::label).orElse(code);
    }

    /** The labels of the column's other choices, each in quotes and, as quoted items are, without 、 between. */
    private String otherChoices(String column, String code) {
        return named(column).choices().stream().filter(c -> !c.code().equals(code))
                .map(c -> text("template.rule.quoted", c.label())).collect(Collectors.joining());
    }
}
