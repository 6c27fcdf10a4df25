package se.valedger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of infra (README, Architecture): {@code http} on top of {@code app}, {@code app} on top of the
 * contexts of the three inner modules, {@code boot} wiring them all. Cycles are checked between every two
 * packages, not only between layers.
 */
class LayersTest {

    static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.valedger");
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("se.valedger.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theApplicationLayerKnowsNeitherHttpNorTheWiring() {
        noClasses().that().resideInAPackage("se.valedger.app..")
                .should().dependOnClassesThat().resideInAnyPackage("se.valedger.http..", "se.valedger.boot..")
                .check(classes);
    }

    @Test
    void httpKnowsTheApplicationLayerButNotTheWiring() {
        noClasses().that().resideInAPackage("se.valedger.http..")
                .should().dependOnClassesThat().resideInAPackage("se.valedger.boot..")
                .check(classes);
    }
}
