package com.districtbulletin.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product's packages are capabilities that depend on each other without cycles. */
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
}
