package com.districtbulletin.launch;

import com.districtbulletin.text.EditDistance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every option the product accepts, declared once: this table drives the parsing, the
 * validation and {@code --help}. A new option is one line here and its meaning in zh.properties.
 */
public final class Options {

    public static final List<Option> ALL = List.of(
            Option.of("help", ValueRule.NONE),
            Option.of("version", ValueRule.NONE),
            Option.of("templates", ValueRule.OPTIONAL_PATH),
            Option.of("validate", ValueRule.PATH),
            Option.of("bulletin.year", ValueRule.YEAR),
            Option.of("bulletin.input", ValueRule.PATH),
            Option.of("bulletin.output", ValueRule.PATH),
            Option.of("bulletin.data-dir", ValueRule.FOLDER_FOR_H2),
            Option.of("bulletin.municipality", ValueRule.TEXT),
            Option.of("bulletin.issuer", ValueRule.TEXT),
            Option.of("bulletin.edition", ValueRule.EDITION),
            Option.of("bulletin.publication-date", ValueRule.DATE),
            Option.of("bulletin.lock-wait-seconds", ValueRule.SECONDS),
            Option.of("bulletin.schema", ValueRule.SCHEMA),
            Option.of("spring.datasource.url", ValueRule.JDBC_URL),
            Option.of("spring.datasource.username", ValueRule.ANY),
            Option.of("spring.datasource.password", ValueRule.ANY),
            Option.of("logging.file.name", ValueRule.PATH),
            Option.family("logging.level.", ValueRule.LOG_LEVEL));

    private Options() {
    }

    public static Optional<Option> find(String name) {
        return ALL.stream().filter(option -> option.matches(name)).findFirst();
    }

    /** The option a misspelt or shortened name most likely meant: {@code bulletin.yeer} → {@code bulletin.year}. */
    public static Optional<Option> closestTo(String name) {
        Optional<Option> byLastWord = ALL.stream()
                .filter(option -> !option.family() && option.name().endsWith("." + name))
                .findFirst();
        if (byLastWord.isPresent()) {
            return byLastWord;
        }
        return ALL.stream()
                .filter(option -> !option.family())
                .min(Comparator.comparingInt(option -> EditDistance.between(option.name(), name)))
                .filter(option -> EditDistance.between(option.name(), name) <= Math.max(2, option.name().length() / 4));
    }
}
