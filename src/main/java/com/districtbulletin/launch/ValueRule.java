package com.districtbulletin.launch;

import com.districtbulletin.edition.Edition;
import com.districtbulletin.text.Chinese;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/** The values an option accepts; {@link #allowed()} says which, in the sentence that refuses a bad one. */
public enum ValueRule {

    /** A year, or {@code open} for every open year (the nightly run). */
    YEAR(value -> value.matches("[0-9]{4}") || value.equalsIgnoreCase("open")),
    DATE(ValueRule::isDate),
    EDITION(value -> Arrays.stream(Edition.values()).anyMatch(e -> e.name().equalsIgnoreCase(value))),
    SECONDS(value -> value.matches("[0-9]{1,9}")),
    PATH(value -> !value.isBlank() && value.indexOf('\0') < 0),
    /** A folder, or nothing for the option's own default folder. */
    OPTIONAL_PATH(value -> value.indexOf('\0') < 0),
    /** H2 refuses a file path implicitly relative to the working directory. */
    FOLDER_FOR_H2(value -> value.startsWith("/") || value.startsWith("./") || value.startsWith("../")
            || value.matches("[A-Za-z]:[\\\\/].*")),
    TEXT(value -> !value.isBlank()),
    JDBC_URL(value -> value.startsWith("jdbc:h2:") || value.startsWith("jdbc:postgresql:")),
    SCHEMA(value -> value.matches("[a-z_][a-z0-9_]{0,62}")),
    LOG_LEVEL(value -> value.toUpperCase(Locale.ROOT).matches("TRACE|DEBUG|INFO|WARN|ERROR|OFF")),
    ANY(value -> true),
    /** An option written without a value, as {@code --help}. */
    NONE(String::isEmpty);

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Predicate<String> accepts;

    ValueRule(Predicate<String> accepts) {
        this.accepts = accepts;
    }

    public boolean accepts(String value) {
        return accepts.test(value);
    }

    /** What is allowed, as a phrase: "4 位数字的年度，如 2024". */
    public String allowed() {
        return Chinese.text("cli.allowed." + name());
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value, ISO_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
