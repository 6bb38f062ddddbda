package org.sim2real.ui.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.data.TargetStatistics;
import org.sim2real.core.io.UserFacingException;

/**
 * The domain shift of each source in plain words, from the files the results' design names:
 * which way the values run, zeros where they matter, the parity on shared compositions, and a
 * missing file or design said plainly.
 */
class DomainShiftTest {
  @TempDir Path dir;

  @Test
  void eachSourceOfTheDesignIsReadAgainstTheExperimentsAndSaysWhichWayItRuns()
      throws IOException {
    Path table = TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER);
    List<DomainShift> shifts = DomainShift.of(StudySources.read(table, null), "eV");
    assertEquals(List.of("primary", "aflow"), shifts.stream().map(DomainShift::source).toList());
    // the synthetic simulation is 0.8 x truth - 0.3: its values run lower than the measured
    for (DomainShift shift : shifts) {
      assertTrue(shift.sentence().startsWith(shift.source() + "'s values run lower than the"
          + " measured ones: median "), shift.sentence());
      assertEquals("gap", shift.target());
      assertEquals(TwoSourceResults.EXPERIMENT_ROWS, shift.experimentRows());
    }
    // 20 compositions measured 0.4 above the primary's values; none of aflow's
    assertTrue(shifts.get(0).sentence().endsWith("; on 20 shared compositions MAE 0.40 eV"
        + " (primary minus measured -0.40 eV on average)."), shifts.get(0).sentence());
    assertTrue(shifts.get(1).sentence().endsWith("; no composition occurs in both, so there is no"
        + " parity to show."), shifts.get(1).sentence());
  }

  @Test
  void relativePathsResolveAgainstTheProjectFolderWhenThereIsOne() throws IOException {
    Path table = TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER);
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    List<DomainShift> shifts = DomainShift.of(StudySources.read(table, elsewhere), "eV");
    assertFalse(shifts.get(0).readable());
    assertTrue(shifts.get(0).sentence().contains(elsewhere.resolve("exp.csv").toString()),
        shifts.get(0).sentence());
  }

  @Test
  void resultsWithoutADesignSayThatTheFilesAreNotKnown() throws IOException {
    Path table = TwoSourceResults.write(dir, TwoSourceResults.WORSE, TwoSourceResults.BETTER);
    Files.delete(table.resolveSibling("design.json"));
    UserFacingException e = assertThrows(UserFacingException.class,
        () -> DomainShift.of(StudySources.read(table, null), "eV"));
    assertTrue(e.getMessage().contains("no design.json"), e.getMessage());
  }

  @Test
  void theSentenceNamesDirectionZerosAndTheSharedCompositions() {
    TargetStatistics measured = TargetStatistics.of(new double[] {0, 0, 1.2, 1.4, 2.0, 3.1});
    TargetStatistics higher = TargetStatistics.of(new double[] {1.5, 2.1, 2.4, 3.0});
    TargetStatistics close = TargetStatistics.of(new double[] {0, 0, 1.3, 1.35, 2.1, 3.0});
    var none = org.sim2real.core.data.DatasetOverlap.between(
        org.sim2real.core.data.DatasetImporter.importFile(write("a.csv", "formula,gap\nNaCl,1\n"),
            org.sim2real.core.data.ImportOptions.defaults(),
            org.sim2real.core.data.RoleOverrides.none()).dataset(),
        org.sim2real.core.data.DatasetImporter.importFile(write("b.csv", "formula,gap\nKBr,2\n"),
            org.sim2real.core.data.ImportOptions.defaults(),
            org.sim2real.core.data.RoleOverrides.none()).dataset());
    String up = DomainShift.sentence("aflow", higher, measured, none, "eV");
    assertTrue(up.startsWith("aflow's values run higher than the measured ones: median 2.25 vs"
        + " 1.30 eV, exactly zero in 0.0% of its rows vs 33.3%; no composition occurs in both"),
        up);
    String near = DomainShift.sentence("mp", close, measured, none, null);
    assertTrue(near.startsWith("mp's values run close to the measured ones: median 1.33 vs 1.30,"),
        near);
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aDesignThatNamesAndPricesItsPrimaryGivesItsNameAndCostToTheComparison()
      throws IOException {
    Path table = TwoSourceResults.write(dir, TwoSourceResults.BETTER, TwoSourceResults.WORSE);
    Path design = table.resolveSibling("design.json");
    org.sim2real.core.study.DesignJson.write(org.sim2real.core.study.DesignJson.read(design)
        .withPrimary(new org.sim2real.core.study.PrimarySource("mp", 0.2)), design);

    StudySources sources = StudySources.read(table, null);

    assertEquals("mp", sources.primaryName());
    assertEquals(0.2, sources.primaryCost());
    assertEquals(java.util.Map.of("mp", 0.2, "aflow", 0.5), sources.designCosts());
    assertEquals(List.of("mp", "aflow"), List.copyOf(sources.simulationFiles().keySet()));
  }
}
