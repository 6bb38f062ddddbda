package org.sim2real.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataLocationTest {
  @TempDir Path root;
  private final List<String> notices = new ArrayList<>();

  private Optional<Path> find(String property, Path codeSource, Path workingDirectory) {
    return SampleDataLocation.find(property, codeSource, workingDirectory, notices::add);
  }

  private Path folder(String relative) throws IOException {
    return Files.createDirectories(root.resolve(relative));
  }

  @Test
  void theSystemPropertyWinsWhenItNamesAFolder() throws IOException {
    Path chosen = folder("elsewhere/samples");
    folder("app/lib/app/sample-data");
    assertEquals(Optional.of(chosen),
        find(chosen.toString(), root.resolve("app/lib/app/workbench.jar"), root));
    assertTrue(notices.isEmpty());
  }

  @Test
  void aPropertyThatNamesNoFolderIsReportedAndTheDefaultsApply() throws IOException {
    Path installed = folder("app/lib/app/sample-data");
    assertEquals(Optional.of(installed),
        find(root.resolve("missing").toString(), root.resolve("app/lib/app/workbench.jar"), root));
    assertEquals(1, notices.size());
    assertTrue(notices.get(0).contains("sim2real.samples"), notices.get(0));
  }

  @Test
  void theInstalledApplicationFindsTheFolderNextToItsJar() throws IOException {
    Path installed = folder("opt/sim2real/lib/app/sample-data");
    folder("home/user/sample-data");
    assertEquals(Optional.of(installed), find(null,
        root.resolve("opt/sim2real/lib/app/sim2real-workbench.jar"), root.resolve("home/user")));
  }

  @Test
  void aRepositoryCheckoutFindsTheFolderAboveTarget() throws IOException {
    Path repository = folder("repo/sample-data").getParent();
    folder("elsewhere");
    assertEquals(Optional.of(repository.resolve("sample-data")), find(null,
        repository.resolve("target/sim2real-workbench.jar"), root.resolve("elsewhere")));
    assertEquals(Optional.of(repository.resolve("sample-data")), find(null,
        repository.resolve("target/classes"), root.resolve("elsewhere")), "from an IDE");
  }

  @Test
  void theWorkingDirectoryIsTheLastResortAndNothingFoundIsEmpty() throws IOException {
    Path work = folder("work");
    assertEquals(Optional.empty(), find(null, root.resolve("a/b/x.jar"), work));
    Path local = folder("work/sample-data");
    assertEquals(Optional.of(local), find(null, root.resolve("a/b/x.jar"), work));
    assertEquals(Optional.of(local), find(" ", null, work), "blank property and no code source");
  }

  @Test
  void candidatesAreCheckedInTheDocumentedOrder() {
    List<Path> candidates = SampleDataLocation.defaultCandidates(
        root.resolve("app/lib/app/x.jar"), root.resolve("work"));
    assertEquals(List.of(root.resolve("app/lib/app/sample-data"),
        root.resolve("app/lib/sample-data"), root.resolve("work/sample-data")), candidates);
  }

  @Test
  void theDefaultProjectIsTheBandGapDemoWhenItIsInstalled() throws IOException {
    Path samples = folder("sample-data");
    assertEquals(Optional.empty(), SampleDataLocation.defaultProject(samples));
    Path demo = folder("sample-data/bandgap").resolve("bandgap-demo.s2r");
    Files.writeString(demo, "{}");
    assertEquals(Optional.of(demo), SampleDataLocation.defaultProject(samples));
  }

  @Test
  void thisCheckoutsSampleDataHoldsTheDefaultProject() {
    Path classes = Path.of("target", "classes").toAbsolutePath();
    Optional<Path> samples = SampleDataLocation.find(null, classes, root, notices::add);
    assertTrue(samples.isPresent(), "sample-data found from target/classes");
    assertTrue(SampleDataLocation.defaultProject(samples.get()).isPresent(),
        "the band-gap demo project is in " + samples.get());
  }
}
