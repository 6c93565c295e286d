package com.districtbulletin.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import com.districtbulletin.launch.CommandLine;
import com.districtbulletin.launch.Option;
import com.districtbulletin.launch.Options;
import com.districtbulletin.launch.ValueRule;
import com.districtbulletin.registry.RegistryReader;
import com.districtbulletin.validation.CellParser;
import com.districtbulletin.validation.ProblemCode;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of zh.properties — every ProblemCode's message among them — is Chinese: an ASCII
 * word in it is a column name, a code the clerk or operator types (an accepted value, an option, a
 * setting), a file name or path, or one of the names of formats and programs that the clerk sees
 * on the screen. The allowed words come from the declarations — datasets, registry, options,
 * problem codes — and from the parsers that accept them, so a new English word in a sentence fails here.
 */
class ChineseTextsTest {

    /** A run of ASCII letters, digits and the characters of names, paths and options. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.\\-/:~=*\\[\\]]+");
    /** File names and paths: an extension the product reads or writes, or a folder separator. */
    private static final Pattern FILE = Pattern.compile(
            ".*\\.(csv|xlsx|xls|et|pdf|json|png|html|sh|jar|env|ttf)|.*/.*|\\.(csv|xlsx|xls|et|pdf)");
    /**
     * Names printed on the clerk's or operator's screen that no declaration of ours holds: the
     * programs and formats a submission is saved with (contract section 2), the databases the
     * product runs on, the fonts embedded (their licence's name) and the product's own name.
     */
    private static final Set<String> SCREEN_NAMES = Set.of("Excel", "WPS", "Word", "Windows", "CSV", "PDF", "UTF-8",
            "GB18030", "GBK", "Tab", "MB", "SHA-256", "PostgreSQL", "H2", "Noto", "Sans", "Serif", "SC", "SIL",
            "Open", "Font", "License", "District", "Bulletin", "README");

    /** The command that starts the product, as the usage line shows it. */
    private static final List<String> COMMAND = List.of("java", "-jar", "district-bulletin.jar");

    @Test
    void everyProblemCodeHasAChineseMessage() {
        Properties texts = texts();
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(texts.getProperty("problem." + code.name())).as(code.name()).isNotBlank();
        }
    }

    @Test
    void noSentenceHoldsAnEnglishWordOtherThanNamesCodesAndFiles() {
        Set<String> allowed = allowedWords();
        Map<String, List<String>> stray = new TreeMap<>();
        Properties texts = texts();
        for (String key : texts.stringPropertyNames()) {
            List<String> words = strayWords(texts.getProperty(key), allowed);
            if (!words.isEmpty()) {
                stray.put(key, words);
            }
        }
        assertThat(stray).as("ASCII words that are neither a name, a code nor a file").isEmpty();
    }

    /** The office a message sends the clerk to is the issuer given, else a neutral name; never a fixed 办公厅. */
    @Test
    void messagesNameTheOfficeGivenAsIssuer() {
        try {
            Chinese.useOffice("青溪市人大常委会研究室");
            assertThat(Chinese.text("problem.UNKNOWN_DISTRICT", "990199")).endsWith("请联系青溪市人大常委会研究室更新名录。");
            assertThat(Chinese.text("template.registry")).startsWith("区划名录由青溪市人大常委会研究室维护");
            Chinese.useOffice(null);
            assertThat(Chinese.text("problem.UNKNOWN_DISTRICT", "990199")).endsWith("请联系市人大常委会办公室（厅）更新名录。");
        } finally {
            Chinese.useOffice(null);
        }
        Properties texts = texts();
        assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key))
                .as(key).doesNotContain("联系市人大常委会办公厅", "市人大常委会办公厅下发", "由市人大常委会办公厅"));
    }

    /** The scan itself: what issue 23 found in the messages is found, what a clerk types is not. */
    @Test
    void theScanFindsClassNamesAndEnglishButNotNamesCodesOrFiles() {
        Set<String> allowed = allowedWords();
        assertThat(strayWords("无法写入输出目录 {0}（NoSuchFileException）。Connection to 127.0.0.1:1 refused.", allowed))
                .containsExactly("NoSuchFileException", "Connection", "to", "refused");
        assertThat(strayWords("Template written: {0}", allowed)).containsExactly("Template", "written");
        assertThat(strayWords("请把 meeting_date 改为 2024-03-05，standing_committee 或 是/否、Y/N；见 "
                + "990102_2024_petitions.csv、revisions-final-r{1}.csv，--bulletin.edition=final，-h", allowed)).isEmpty();
    }

    private static List<String> strayWords(String text, Set<String> allowed) {
        List<String> stray = new java.util.ArrayList<>();
        Matcher words = WORD.matcher(text.replaceAll("\\{[a-z0-9]+\\}", "0"));
        while (words.find()) {
            String word = words.group().replaceAll("[.:=]+$", "");
            if (word.chars().anyMatch(Character::isLetter) && !allowed(word, allowed)) {
                stray.add(word);
            }
        }
        return stray;
    }

    private static boolean allowed(String word, Set<String> allowed) {
        if (allowed.contains(word) || FILE.matcher(word).matches() || accepted(word) || COMMAND.contains(word)) {
            return true;
        }
        if (word.startsWith("-") && !word.startsWith("--")) { // a short option: -h
            try {
                return CommandLine.parse(List.of(word), Map.of()).action() != null;
            } catch (RuntimeException refused) {
                return false;
            }
        }
        if (word.startsWith("--")) { // an option as written, with its value
            String option = word.substring(2).split("=", 2)[0];
            return Options.find(option).isPresent() && (!word.contains("=")
                    || allowed(word.substring(word.indexOf('=') + 1), allowed));
        }
        // several codes written together: Y/N, yes/no, true/false
        return word.contains("/") && Arrays.stream(word.split("/")).allMatch(w -> allowed(w, allowed));
    }

    /** A value the product accepts where a clerk or operator types one: a boolean, an edition, a year, a log level. */
    private static boolean accepted(String word) {
        return CellParser.parseBoolean(word) != CellParser.INVALID
                || Stream.of(ValueRule.EDITION, ValueRule.YEAR, ValueRule.LOG_LEVEL, ValueRule.DATE)
                        .anyMatch(rule -> rule.accepts(word))
                || ValueRule.JDBC_URL.accepts(word + ":"); // the start of a database address: jdbc:h2:
    }

    private static Set<String> allowedWords() {
        Set<String> words = new HashSet<>(SCREEN_NAMES);
        for (Dataset dataset : Dataset.values()) {
            words.add(dataset.fileName());
            columns(words, dataset.columns());
        }
        columns(words, RegistryReader.COLUMNS);
        for (ProblemCode code : ProblemCode.values()) {
            words.add(code.name());
        }
        Properties defaults = properties("/application.properties");
        for (Option option : Options.ALL) {
            words.add(option.name());
            words.add(option.environmentVariable());
            // the launchers read a secret from the file named by <VARIABLE>_FILE
            words.add(option.environmentVariable() + "_FILE");
            if (defaults.getProperty(option.name()) != null) {
                words.add(defaults.getProperty(option.name()));
            }
        }
        return words;
    }

    private static void columns(Set<String> words, List<Column> columns) {
        for (Column column : columns) {
            words.add(column.name());
            for (Choice choice : column.choices()) {
                words.add(choice.code());
            }
        }
    }

    private static Properties texts() {
        return properties("/text/zh.properties");
    }

    private static Properties properties(String resource) {
        Properties texts = new Properties();
        try (InputStream in = ChineseTextsTest.class.getResourceAsStream(resource)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return texts;
    }
}
