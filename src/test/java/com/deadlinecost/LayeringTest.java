package com.deadlinecost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @ArchTest
    static final ArchRule layersOnlyCallDownwards = Architectures.layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("app").definedBy("com.deadlinecost.app..")
        .layer("ui").definedBy("com.deadlinecost.ui..")
        .layer("service").definedBy("com.deadlinecost.service..")
        .layer("model").definedBy("com.deadlinecost.model..")
        .whereLayer("app").mayNotBeAccessedByAnyLayer()
        .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
        .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "app")
        .whereLayer("model").mayOnlyBeAccessedByLayers("service", "ui", "app");
}
