package dev.atelier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of docs/architecture.md, enforced. */
@AnalyzeClasses(packages = "dev.atelier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {
        "dev.atelier.common..", "dev.atelier.app..", "dev.atelier.db..", "dev.atelier.crypto..", "dev.atelier.vault..",
        "dev.atelier.signing..", "dev.atelier.chain..", "dev.atelier.studio..", "dev.atelier.asset.."};

    @ArchTest
    static final ArchRule javafxOnlyInUi = noClasses().that().resideOutsideOfPackage("dev.atelier.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("core must run headless in the CLI and in tests");

    @ArchTest
    static final ArchRule coreNeverImportsUiOrCli = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.atelier.ui..", "dev.atelier.cli..");

    @ArchTest
    static final ArchRule uiDoesNotImportCli = noClasses().that().resideInAPackage("dev.atelier.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.atelier.cli..");

    @ArchTest
    static final ArchRule cliDoesNotImportUi = noClasses().that().resideInAPackage("dev.atelier.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.atelier.ui..");

    @ArchTest
    static final ArchRule sqlOnlyInStores = noClasses().that()
            .resideOutsideOfPackages("dev.atelier.db..", "dev.atelier.vault..", "dev.atelier.studio..", "dev.atelier.chain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("only the stores talk SQL");

    @ArchTest
    static final ArchRule noRawThreadsOutsideRunners = noClasses().that()
            .resideOutsideOfPackages("dev.atelier.ui.common..", "dev.atelier.app..")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class)
            .orShould().callConstructor(Thread.class)
            .because("background work goes through TaskRunner");

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices().matching("dev.atelier.(*)..")
            .should().beFreeOfCycles();
}
