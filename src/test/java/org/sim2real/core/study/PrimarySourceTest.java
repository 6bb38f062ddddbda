package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.model.TransferStrategy;

/** The primary simulation's name and cost (issue 17): a label that trains nothing again. */
class PrimarySourceTest {
  @TempDir Path dir;

  @BeforeEach
  void writeData() throws Exception {
    SyntheticStudyFiles.write(dir, 400, 90);
    Files.writeString(dir.resolve("oqmd.csv"), SyntheticStudyFiles.table(150, 21, true, "property"));
  }

  private static StudyDesign single() {
    return SyntheticStudyFiles.design().withStrategies(List.of(TransferStrategy.FINE_TUNE));
  }

  private static StudyDesign read(String json) {
    return DesignJson.read(json.getBytes(StandardCharsets.UTF_8), Path.of("design.json"));
  }

  private StudyOutcome run(StudyDesign design) {
    StudyOutcome outcome = StudyRunner.run(StudyPlanner.plan(design, dir, 1, status -> {}),
        dir.resolve("out"), 1, ShardSpec.ALL, new RunControl(), ProgressListener.NONE);
    assertEquals(StudyOutcome.Status.COMPLETED, outcome.status(), outcome.failures().toString());
    return outcome;
  }

  private Map<String, CellResult> ledger() {
    Map<String, CellResult> byCell = new TreeMap<>();
    for (CellResult r : RunLedger.read(dir.resolve("out").resolve(RunLedger.FILE_NAME)).results()) {
      byCell.put(r.cellId(), r);
    }
    return byCell;
  }

  @Test
  void designJsonKeepsThePrimarysNameAndCostAndLeavesThemOutWhenAbsent() {
    StudyDesign named = single()
        .withSources(List.of(SimulationSource.of("oqmd", "oqmd.csv").withCostPerRow(0.05)))
        .withPrimary(new PrimarySource("mp", 0.2));
    String json = DesignJson.write(named);
    assertTrue(json.contains("\"primary\" : {"), json);
    StudyDesign back = read(json);
    assertEquals(named, back);
    assertEquals("mp", back.primaryName("primary"));
    assertEquals(0.2, back.primary().costPerRow());

    StudyDesign nameOnly = read(DesignJson.write(single().withPrimary(new PrimarySource("mp", null))));
    assertEquals("mp", nameOnly.primaryName("primary"));
    assertNull(nameOnly.primary().costPerRow());

    String without = DesignJson.write(single());
    assertFalse(without.contains("primary"), without);
    assertNull(read(without).primary());
    assertEquals("primary", read(without).primaryName("primary"));
    assertEquals(without, DesignJson.write(named.withPrimary(null).withSources(List.of())),
        "removing the name writes the design as if it never had one");
  }

  @Test
  void theNameOfThePrimaryMayNotBeASourcesNameNorABadName() {
    StudyDesign withOqmd = single().withSources(List.of(SimulationSource.of("oqmd", "oqmd.csv")));
    UserFacingException clash = assertThrows(UserFacingException.class,
        () -> withOqmd.withPrimary(new PrimarySource("OQMD", null)));
    assertTrue(clash.getMessage().contains("the name oqmd is given twice (it names the primary"
        + " simulation too)"), clash.getMessage());
    StudyDesign named = single().withPrimary(new PrimarySource("mp", null));
    assertThrows(UserFacingException.class,
        () -> named.withSources(List.of(SimulationSource.of("mp", "oqmd.csv"))));
    UserFacingException inFile = assertThrows(UserFacingException.class, () -> read(
        DesignJson.write(withOqmd).replace("\"sources\" :", "\"primary\" : {\"name\" : \"oqmd\"},"
            + " \"sources\" :")));
    assertTrue(inFile.getMessage().contains("given twice"), inFile.getMessage());
    assertThrows(UserFacingException.class, () -> new PrimarySource("m p", null));
    assertThrows(UserFacingException.class, () -> new PrimarySource("mp@1", null));
    assertThrows(UserFacingException.class, () -> new PrimarySource(null, 1.0));
    UserFacingException cost = assertThrows(UserFacingException.class,
        () -> new PrimarySource("mp", -0.2));
    assertTrue(cost.getMessage().startsWith("primary: the cost per row of mp must be a positive"),
        cost.getMessage());
    UserFacingException unknown = assertThrows(UserFacingException.class, () -> read(
        DesignJson.write(named).replace("\"name\" : \"mp\"", "\"name\" : \"mp\", \"cost\" : 1")));
    assertTrue(unknown.getMessage().contains("primary.cost"), unknown.getMessage());
  }

  @Test
  void theNameAndCostOfThePrimaryLeaveTheDesignHashAndTheCellsAsTheyAre() {
    StudyPlan plain = StudyPlanner.plan(single(), dir, 1, status -> {});
    StudyPlan named = StudyPlanner.plan(single().withPrimary(new PrimarySource("mp", 0.2)), dir, 1,
        status -> {});
    assertEquals(plain.designHash(), named.designHash());
    assertEquals(plain.cells(), named.cells());
    assertTrue(named.cells().stream().filter(c -> !c.strategy().equals("scratch"))
        .allMatch(c -> c.strategy().equals("finetune")), "the primary's curves stay 'finetune'");
  }

  @Test
  void namingRenamingAndPricingThePrimaryOfAFinishedStudyTrainsNothing() throws Exception {
    StudyDesign withOqmd = single().withSources(List.of(SimulationSource.of("oqmd", "oqmd.csv")));
    run(withOqmd);
    Map<String, CellResult> finished = ledger();
    assertEquals(10, finished.size());

    StudyOutcome named = run(withOqmd.withPrimary(new PrimarySource("mp", 0.2)));
    assertEquals(10, named.progress().cellsTotal());
    assertEquals(10, named.progress().cellsResumed(), "every cell is found done");
    assertEquals(finished, ledger());
    assertEquals(new PrimarySource("mp", 0.2),
        DesignJson.read(dir.resolve("out").resolve(StudyRunner.DESIGN_FILE)).primary(),
        "the results folder's design records the name");

    StudyOutcome renamed = run(withOqmd.withPrimary(new PrimarySource("materials", 1.5)));
    assertEquals(10, renamed.progress().cellsResumed());
    StudyOutcome unnamed = run(withOqmd);
    assertEquals(10, unnamed.progress().cellsResumed());
    assertEquals(finished, ledger(), "nothing was trained or rewritten");
  }
}
