package com.districtbulletin.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
