package com.deadlinecost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

/** The layers of STYLE.md, checked on every build rather than in review. */
@AnalyzeClasses(packages = "com.deadlinecost", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelDependsOnlyOnTheJdk = classes()
        .that().resideInAPackage("com.deadlinecost.model..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("com.deadlinecost.model..", "java..");

    @ArchTest
    static final ArchRule onlyServiceTalksToTheAwsSdk = noClasses()
        .that().resideOutsideOfPackage("com.deadlinecost.service..")
        .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..");

    @ArchTest
    static final ArchRule onlyUiTouchesScenesAndStages = noClasses()
        .that().resideOutsideOfPackage("com.deadlinecost.ui..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule serviceHasNoJavaFx = noClasses()
        .that().resideInAPackage("com.deadlinecost.service..")
        .should().dependOnClassesThat().resideInAPackage("javafx..");

    // What the user reads is drawn on a JavaFX canvas and on Graphics2D alike, so it knows neither.
    @ArchTest
    static final ArchRule presentKnowsNoToolkit = noClasses()
        .that().resideInAPackage("com.deadlinecost.present..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.swing..");

    @ArchTest
    static final ArchRule layersOnlyCallDownwards = Architectures.layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("app").definedBy("com.deadlinecost.app..")
        .layer("ui").definedBy("com.deadlinecost.ui..")
        .layer("service").definedBy("com.deadlinecost.service..")
        .layer("present").definedBy("com.deadlinecost.present..")
        .layer("model").definedBy("com.deadlinecost.model..")
        .whereLayer("app").mayNotBeAccessedByAnyLayer()
        .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
        .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "app")
        .whereLayer("present").mayOnlyBeAccessedByLayers("service", "ui", "app")
        .whereLayer("model").mayOnlyBeAccessedByLayers("present", "service", "ui", "app");

    // The emulator models the service, not the app: it must keep working if every other package vanished.
    @ArchTest
    static final ArchRule emulatorStandsAlone = classes()
        .that().resideInAPackage("com.deadlinecost.emulator..")
        .should().onlyDependOnClassesThat().resideOutsideOfPackages("com.deadlinecost.model..",
            "com.deadlinecost.present..",
            "com.deadlinecost.service..", "com.deadlinecost.ui..", "com.deadlinecost.app..");

    // Only the composition root starts the emulator.
    @ArchTest
    static final ArchRule onlyTheCompositionRootReachesTheEmulator = noClasses()
        .that().resideOutsideOfPackages("com.deadlinecost.emulator..", "com.deadlinecost.app..")
        .should().dependOnClassesThat().resideInAPackage("com.deadlinecost.emulator..");

    // A cycle between two packages is the first sign that one of them holds something of the other's.
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.deadlinecost.(**)").should().beFreeOfCycles();
}
