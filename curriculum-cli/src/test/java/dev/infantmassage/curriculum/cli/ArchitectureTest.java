package dev.infantmassage.curriculum.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries the README promises, checked on the compiled classes of all three modules. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.infantmassage.curriculum");

    @Test
    void core_dependsOnNoJsonOrCliLibrary() {
        noClasses()
                .that()
                .resideInAPackage("dev.infantmassage.curriculum")
                .or()
                .resideInAnyPackage(
                        "dev.infantmassage.curriculum.validation..",
                        "dev.infantmassage.curriculum.planning..",
                        "dev.infantmassage.curriculum.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "tools.jackson..",
                        "com.fasterxml..",
                        "picocli..",
                        "dev.infantmassage.curriculum.json..",
                        "dev.infantmassage.curriculum.cli..")
                .check(CLASSES);
    }

    @Test
    void jsonFacade_exposesNoJacksonTypes() {
        methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("dev.infantmassage.curriculum.json")
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveFullyQualifiedName("dev.infantmassage.curriculum.json.CurriculumModule")
                .and()
                .areDeclaredInClassesThat()
                .haveNameNotMatching(".*\\.CurriculumModule\\$.*")
                .should()
                .notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a Jackson type",
                        (com.tngtech.archunit.core.domain.JavaClass type) ->
                                type.getPackageName().startsWith("tools.jackson")))
                .andShould()
                .notHaveRawParameterTypes(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a Jackson type",
                        (java.util.List<com.tngtech.archunit.core.domain.JavaClass> types) -> types.stream()
                                .anyMatch(type -> type.getPackageName().startsWith("tools.jackson"))))
                .check(CLASSES);
    }

    @Test
    void cli_usesOnlyThePublicApiOfTheLibrary() {
        noClasses()
                .that()
                .resideInAPackage("dev.infantmassage.curriculum.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.infantmassage.curriculum..internal..")
                .check(CLASSES);
    }

    @Test
    void otherModules_useOnlyThePublicApiOfCore() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.infantmassage.curriculum.json..",
                        "dev.infantmassage.curriculum.render..",
                        "dev.infantmassage.curriculum.lsp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.infantmassage.curriculum.internal..")
                .check(CLASSES);
    }

    @Test
    void cli_exposesOnlyItsMainClass() {
        classes()
                .that()
                .resideInAPackage("dev.infantmassage.curriculum.cli")
                .and()
                .arePublic()
                .should()
                .haveSimpleName("CurriculumCli")
                .check(CLASSES);
    }
}
