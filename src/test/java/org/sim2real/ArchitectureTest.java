package org.sim2real;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sim2real.core.io.UserFacingException;

/**
 * The architecture of src/site/CONTRIBUTING.md ("Architecture"), checked on the compiled classes:
 * app on ui and cli, ui and cli on core, the core packages in one order with no way back up, and
 * screens that share only through ui.common.
 */
class ArchitectureTest {
  /**
   * The core packages from the bottom up: each may use those before it and none after it. The
   * curve analysis (core.scaling.*) stands on core.io and core.table (reading table files) alone;
   * the study, which measures curves, builds on it and on the featurization, data and model
   * packages.
   */
  static final List<String> CORE_ORDER = List.of(
      "org.sim2real.core.io",
      "org.sim2real.core.table",
      "org.sim2real.core.scaling.curve",
      "org.sim2real.core.scaling.fit",
      "org.sim2real.core.scaling.forecast",
      "org.sim2real.core.scaling.teaching",
      "org.sim2real.core.feature",
      "org.sim2real.core.data",
      "org.sim2real.core.model",
      "org.sim2real.core.study",
      "org.sim2real.core.report",
      "org.sim2real.core.cluster",
      "org.sim2real.core.project");

  /** One package per screen; they share code only through org.sim2real.ui.common. */
  static final List<String> SCREENS = List.of(
      "org.sim2real.ui.data",
      "org.sim2real.ui.study",
      "org.sim2real.ui.run",
      "org.sim2real.ui.scaling",
      "org.sim2real.ui.forecast",
      "org.sim2real.ui.teach");

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sim2real");
  }

  @Test
  void coreImportsNothingFromJavafxUiAppOrCli() {
    noClasses()
        .that()
        .resideInAPackage("org.sim2real.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javafx..", "org.controlsfx..", "org.testfx..", "org.jfree.chart.fx..",
            "org.sim2real.ui..", "org.sim2real.app..", "org.sim2real.cli..")
        .check(classes);
  }

  @Test
  void commandLineDoesNotTouchTheGui() {
    noClasses()
        .that()
        .resideInAPackage("org.sim2real.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.sim2real.ui..", "org.sim2real.app..")
        .check(classes);
  }

  @Test
  void screensDoNotDependOnTheApplicationWiring() {
    noClasses()
        .that()
        .resideInAPackage("org.sim2real.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sim2real.app..", "org.sim2real.cli..")
        .check(classes);
  }

  @Test
  void corePackagesDependOnlyOnThoseBelowThemInTheirOrder() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String layer : CORE_ORDER) {
      layers = layers.layer(layer).definedBy(layer + "..");
    }
    for (int i = 0; i < CORE_ORDER.size() - 1; i++) {
      List<String> above = CORE_ORDER.subList(i + 1, CORE_ORDER.size());
      layers = layers.whereLayer(CORE_ORDER.get(i))
          .mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
    }
    layers.whereLayer(CORE_ORDER.getLast()).mayNotBeAccessedByAnyLayer().check(classes);
  }

  @Test
  void everyCorePackageHasItsPlaceInTheOrder() {
    classes()
        .that()
        .resideInAPackage("org.sim2real.core..")
        .should()
        .resideInAnyPackage(CORE_ORDER.stream().map(p -> p + "..").toArray(String[]::new))
        .because("a new core package needs its place in CORE_ORDER and in CONTRIBUTING.md")
        .check(classes);
  }

  @Test
  void curveAnalysisStandsOnCoreIoAndCoreTableAlone() {
    noClasses()
        .that()
        .resideInAPackage("org.sim2real.core.scaling..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sim2real.core.feature..", "org.sim2real.core.data..",
            "org.sim2real.core.model..", "org.sim2real.core.study..",
            "org.sim2real.core.report..", "org.sim2real.core.project..")
        .check(classes);
  }

  @Test
  void theMessagesOfReadingTablesAndImportingDatasetsAreBuiltInOnePlaceEach() {
    noClasses()
        .that()
        .resideInAPackage("org.sim2real.core.table")
        .and().doNotHaveSimpleName("TableMessages")
        .should()
        .callConstructor(UserFacingException.class, String.class)
        .orShould()
        .callConstructor(UserFacingException.class, String.class, Throwable.class)
        .because("every message about a table file is built by core.table.TableMessages")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("org.sim2real.core.data")
        .and().doNotHaveSimpleName("ImportMessages")
        .should()
        .callConstructor(UserFacingException.class, String.class)
        .orShould()
        .callConstructor(UserFacingException.class, String.class, Throwable.class)
        .because("every message of the dataset import is built by core.data.ImportMessages")
        .check(classes);
  }

  @Test
  void topLevelPackagesAreFreeOfCycles() {
    slices().matching("org.sim2real.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void corePackagesAreFreeOfCycles() {
    slices().matching("org.sim2real.core.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("org.sim2real.core.scaling.(*)..").should().beFreeOfCycles()
        .check(classes);
  }

  @Test
  void uiPackagesAreFreeOfCycles() {
    slices().matching("org.sim2real.ui.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("org.sim2real.ui.common.(*)..").should().beFreeOfCycles()
        .check(classes);
  }

  @Test
  void screensShareCodeOnlyThroughUiCommon() {
    for (String screen : SCREENS) {
      String[] otherScreens = SCREENS.stream().filter(s -> !s.equals(screen))
          .map(s -> s + "..").toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(screen + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(otherScreens)
          .because("what two screens share belongs in org.sim2real.ui.common")
          .check(classes);
    }
  }

  @Test
  void uiCommonKnowsNoScreen() {
    noClasses()
        .that()
        .resideInAPackage("org.sim2real.ui.common..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(SCREENS.stream().map(s -> s + "..").toArray(String[]::new))
        .check(classes);
  }
}
