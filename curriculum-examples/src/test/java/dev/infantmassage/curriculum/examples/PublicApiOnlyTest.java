package dev.infantmassage.curriculum.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples are what an outside app copies, so they use only the published public API. */
class PublicApiOnlyTest {
    @Test
    void examples_useNoInternalPackage() {
        noClasses()
                .that()
                .resideInAPackage("dev.infantmassage.curriculum.examples..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.infantmassage.curriculum..internal..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.infantmassage.curriculum.examples"));
    }
}
