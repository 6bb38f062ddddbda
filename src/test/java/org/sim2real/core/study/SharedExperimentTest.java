package org.sim2real.core.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class SharedExperimentTest {
  private static final Path DESIGN = Path.of("sample-data/bandgap/results/design.json");

  private static StudyDesign changed(java.util.function.Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) DesignJson.toTree(DesignJson.read(DESIGN));
    change.accept(tree);
    return DesignJson.fromTree(tree, DESIGN);
  }

  @Test
  void anotherSimulationFileAndItsSizesShareTheExperiment() {
    StudyDesign design = DesignJson.read(DESIGN);
    StudyDesign otherSource = changed(t -> {
      ((ObjectNode) t.get("simulation")).put("path", "sim_oqmd_gap.csv");
      ((ArrayNode) t.get("sizes")).removeAll().add(200).add(2000).add(20000);
    });
    assertEquals(List.of(), SharedExperiment.differences(design, otherSource));
  }

  @Test
  void seedMValuesAndExperimentalFileAreNamed() {
    StudyDesign design = DesignJson.read(DESIGN);
    assertEquals(List.of("seed 0 and 7"),
        SharedExperiment.differences(design, changed(t -> t.put("seed", 7))));
    assertEquals(List.of("m values [500, 1000, 2000, 3683] and [500, 1000]"),
        SharedExperiment.differences(design, changed(t ->
            ((ArrayNode) t.get("experimentalSizes")).removeAll().add(500).add(1000))));
    assertEquals(List.of("experimental file exp_gap.csv and exp_other.csv"),
        SharedExperiment.differences(design, changed(t ->
            ((ObjectNode) t.get("experimental")).put("path", "exp_other.csv"))));
  }
}
