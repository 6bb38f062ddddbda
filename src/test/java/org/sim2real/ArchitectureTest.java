package org.sim2real;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {
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
}
