package com.districtbulletin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.districtbulletin.dataset.Choice;
import com.districtbulletin.dataset.Column;
import com.districtbulletin.dataset.Dataset;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's packages are capabilities that depend on each other without cycles; storage owns the submissions. */
class PackageStructureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.districtbulletin");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("com.districtbulletin.(*)..").should().beFreeOfCycles().check(product);
    }

    /**
     * The storage package owns the submission table and its states: every other package reads
     * versions in force through the view {@code submission_in_force} or asks storage's classes.
     */
    @Test
    void onlyStorageNamesTheSubmissionTableInSql() throws Exception {
        Pattern sql = Pattern.compile("(?i)\\b(from|join|into|update)\\s+submission\\b(?!_)");
        Path main = Path.of("src/main/java/com/districtbulletin");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !main.relativize(f).startsWith("storage"))
                    .filter(f -> sql.matcher(read(f)).find())
                    .map(f -> main.relativize(f).toString()).toList();
        }
        assertThat(offenders).isEmpty();
    }

    /** The print toolkit serves the bulletin and the receipts and knows neither, nor the database. */
    @Test
    void printKnowsNeitherItsDocumentsNorTheDatabase() {
        noClasses().that().resideInAPackage("com.districtbulletin.print..").should().dependOnClassesThat()
                .resideInAnyPackage("com.districtbulletin.bulletin..", "com.districtbulletin.receipt..",
                        "com.districtbulletin.storage..", "org.springframework.jdbc..", "java.sql..", "javax.sql..")
                .check(product);
    }

    /** Of the bulletin, only bulletin.data reads the database: the document is made from what it gathered. */
    @Test
    void onlyBulletinDataReadsTheDatabase() {
        noClasses().that().resideInAPackage("com.districtbulletin.bulletin").should().dependOnClassesThat()
                .resideInAnyPackage("com.districtbulletin.storage..", "org.springframework.jdbc..", "java.sql..",
                        "javax.sql..")
                .check(product);
        noClasses().that().resideInAPackage("com.districtbulletin.bulletin.data").should().dependOnClassesThat()
                .resideInAPackage("com.districtbulletin.bulletin")
                .check(product);
    }

    /**
     * A choice code quoted in SQL ({@code 'own'}, {@code 'satisfied'}) outside the datasets' and the
     * metric catalogue's declarations is a breakdown the catalogue does not know: it escapes the
     * check of the codes against the declarations and drifts when a dataset changes.
     */
    @Test
    void noSqlOutsideDatasetAndStatisticsNamesAChoiceCode() throws Exception {
        Set<String> codes = choiceCodes();
        Path main = Path.of("src/main/java/com/districtbulletin");
        List<String> offenders = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = main.relativize(f);
                if (relative.startsWith("dataset") || relative.startsWith("statistics")) {
                    continue;
                }
                for (String code : quotedInSql(read(f))) {
                    if (codes.contains(code)) {
                        offenders.add(relative + ": '" + code + "'");
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theChoiceCodeCheckFindsAQuotedCode() {
        String sql = "String s = \"SELECT COUNT(*) FROM suggestions t WHERE t.level = 'own' AND x IN ('a', 'satisfied')\";";
        assertThat(quotedInSql(sql)).contains("own", "satisfied");
        assertThat(choiceCodes()).contains("own", "satisfied", "accept_resignation");
    }

    /** Every declared choice code of every dataset. */
    private static Set<String> choiceCodes() {
        Set<String> codes = new TreeSet<>();
        for (Dataset d : Dataset.values()) {
            for (Column c : d.columns()) {
                for (Choice choice : c.choices()) {
                    codes.add(choice.code());
                }
            }
        }
        return codes;
    }

    /** What is quoted in single quotes inside the Java string literals of a source: SQL's literals. */
    private static List<String> quotedInSql(String source) {
        List<String> quoted = new java.util.ArrayList<>();
        Matcher literal = Pattern.compile("\"\"\"[\\s\\S]*?\"\"\"|\"(?:[^\"\\\\\n]|\\\\.)*\"").matcher(source);
        while (literal.find()) {
            Matcher code = Pattern.compile("'([^'\\s]+)'").matcher(literal.group());
            while (code.find()) {
                quoted.add(code.group(1));
            }
        }
        return quoted;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
