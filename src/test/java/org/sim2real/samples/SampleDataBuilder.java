package org.sim2real.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.RepresentationColumn;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.feature.FeaturizerSpec;
import org.sim2real.core.io.Sha256;
import org.sim2real.core.io.TextFiles;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TrainingLength;
import org.sim2real.core.model.TransferStrategy;
import org.sim2real.core.project.DatasetReference;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.ImportSettings;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.core.project.UiState;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.core.study.SyntheticPolymerData;
import org.sim2real.core.study.SyntheticTransferData;
import org.sim2real.core.study.SyntheticTransferSpec;

/**
 * Builds the bundled sample-data folder: the data files, the study designs and the project files
 * of the three demos. The results folders are not built here; they come from running each design
 * with the workbench ({@code run DESIGN --out DIR}, see sample-data/README.md).
 * {@link RegenerateSampleData} calls it; {@link SampleFilesMatchGeneratorsTest} checks that the
 * committed files are exactly what it builds.
 */
final class SampleDataBuilder {
  static final String BANDGAP = "bandgap";
  static final String SYNTHETIC = "synthetic";
  static final String POLYMER = "polymer";
  static final String DESIGN = "design.json";
  static final String REFERENCE_DESIGN = "reference-design.json";
  static final String RESULTS = "results";
  static final String REFERENCE_RESULTS = "reference-results";

  static final String BANDGAP_SIMULATION = "sim_mp_gap.csv.gz";
  static final String BANDGAP_EXPERIMENTS = "exp_gap.csv";
  static final int BANDGAP_SIMULATION_ROWS = 106_113;
  /** All training rows of the 4,604 experiments after the 20% test set (921 rows). */
  static final int BANDGAP_ALL_TRAINING_ROWS = 3_683;

  static final String SYNTHETIC_SIMULATION = "simulation.csv.gz";
  static final String SYNTHETIC_EXPERIMENTS = "experiments.csv";
  static final String SYNTHETIC_TEST_SET = "test-set.csv";

  static final String POLYMER_SIMULATION = "simulation.csv";
  static final String POLYMER_EXPERIMENTS = "experiments.csv";

  private SampleDataBuilder() {}

  /** The folder of one demo. */
  static Path demo(Path samples, String name) {
    return samples.resolve(name);
  }

  /** The project file of one demo, e.g. bandgap/bandgap-demo.s2r. */
  static Path projectFile(Path samples, String name) {
    return samples.resolve(name).resolve(name + "-demo.s2r");
  }

  // ---- data ----

  /**
   * All 106,113 DFT rows, unchanged (header, order, duplicates and metals with gap 0 as in the
   * shared file); the builder only compresses them.
   */
  static String bandgapSimulation(Path sharedBandgap) throws IOException {
    return Files.readString(sharedBandgap.resolve("sim_mp_gap.csv"), StandardCharsets.UTF_8);
  }

  /** All 4,604 experimental rows, unchanged. */
  static String bandgapExperiments(Path sharedBandgap) throws IOException {
    return Files.readString(sharedBandgap.resolve("exp_gap.csv"), StandardCharsets.UTF_8);
  }

  /** Writes every data file. */
  static void writeData(Path samples, Path sharedBandgap) throws IOException {
    writeBandgapData(samples, sharedBandgap);
    writeSyntheticData(samples);
    writePolymerData(samples);
    SourcesDemoBuilder.writeData(samples, sharedBandgap);
  }

  /** The band-gap data, from the shared band-gap folder. */
  static void writeBandgapData(Path samples, Path sharedBandgap) throws IOException {
    Path bandgap = demo(samples, BANDGAP);
    Files.createDirectories(bandgap);
    TextFiles.write(bandgap.resolve(BANDGAP_SIMULATION), bandgapSimulation(sharedBandgap));
    TextFiles.write(bandgap.resolve(BANDGAP_EXPERIMENTS), bandgapExperiments(sharedBandgap));
  }

  static void writeSyntheticData(Path samples) {
    Path synthetic = demo(samples, SYNTHETIC);
    SyntheticTransferData.write(SyntheticTransferData.generate(SyntheticTransferSpec.sample()),
        synthetic.resolve(SYNTHETIC_SIMULATION), synthetic.resolve(SYNTHETIC_EXPERIMENTS),
        synthetic.resolve(SYNTHETIC_TEST_SET));
  }

  static void writePolymerData(Path samples) {
    Path polymer = demo(samples, POLYMER);
    SyntheticPolymerData.write(SyntheticPolymerData.generate(SyntheticPolymerData.SAMPLE_SEED,
            SyntheticPolymerData.SAMPLE_EXPERIMENTS),
        polymer.resolve(POLYMER_SIMULATION), polymer.resolve(POLYMER_EXPERIMENTS));
  }

  // ---- designs ----

  /**
   * The reference protocol bandgap-v1 ({@link StudyDesign#paperProtocolBandgap}: element
   * fractions, MLP 103-256-128-1, the reference's pretraining step budget, fine-tuning and
   * scratch, 20% test set, 10 log-spaced sizes 100..100,000, 5 repetitions, seed 0) on all DFT
   * rows, at four experimental sizes m = 500, 1,000, 2,000 and all 3,683 training rows, so that
   * the scratch curve E0(m), m_eq, the two-dimensional law and the budget advice have real data.
   */
  static StudyDesign bandgapDesign() {
    ColumnRoles roles = ColumnRoles.of(RepresentationKind.FORMULA, "formula", "band_gap_eV");
    StudyDesign paper = StudyDesign.paperProtocolBandgap(BANDGAP_SIMULATION, BANDGAP_EXPERIMENTS);
    return new StudyDesign(StudyDesign.SCHEMA_VERSION,
        "Band-gap demo: DFT (Materials Project, all 106,113 rows) to experiment (Zhuo et al.),"
            + " protocol bandgap-v1 at four experimental sizes",
        paper.simulation().withRoles(roles), paper.experimental().withRoles(roles), null,
        paper.featurizer(), paper.standardizeFeatures(), paper.standardizeTargets(), paper.model(),
        paper.strategies(), paper.sizes(),
        List.of(500, 1_000, 2_000, BANDGAP_ALL_TRAINING_ROWS), paper.repetitions(),
        paper.testFraction(), paper.seed(), null, null);
  }

  /**
   * The synthetic pair: descriptors standardized, the workbench's default MLP except that every
   * pretraining runs exactly {@value #SYNTHETIC_PRETRAIN_STEPS} Adam steps (the default budget,
   * 100 epochs clipped to 500..10,000 steps, gives small n fewer steps and large n fewer epochs,
   * which bends the curve for reasons other than data), fine-tuning and scratch, 10 log-spaced
   * sizes 100..30,000, 5 repetitions, the separate 2,000-row test set.
   */
  static StudyDesign syntheticDesign() {
    List<RepresentationColumn> descriptors = SyntheticTransferData.DESCRIPTOR_COLUMNS.stream()
        .map(c -> new RepresentationColumn(c, RepresentationKind.DESCRIPTORS)).toList();
    ColumnRoles roles =
        new ColumnRoles(descriptors, SyntheticTransferData.TARGET_COLUMN, null, null);
    return new StudyDesign(StudyDesign.SCHEMA_VERSION,
        "Synthetic demo: known truth, biased simulation, noisy experiments",
        DatasetSpec.of(SYNTHETIC_SIMULATION).withRoles(roles),
        DatasetSpec.of(SYNTHETIC_EXPERIMENTS).withRoles(roles),
        DatasetSpec.of(SYNTHETIC_TEST_SET).withRoles(roles),
        FeaturizerSpec.descriptors(SyntheticTransferData.DESCRIPTOR_COLUMNS), true, true,
        syntheticModel(), List.of(TransferStrategy.FINE_TUNE, TransferStrategy.SCRATCH),
        StudyDesign.logSpacedSizes(100, 30_000, 10), List.of(), 5, 0.2, 0, null, null);
  }

  static final int SYNTHETIC_PRETRAIN_STEPS = 5_000;

  static ModelSpec.Mlp syntheticModel() {
    ModelSpec.Mlp defaults = ModelSpec.paperProtocolBandgap(); // the default when it was run
    return new ModelSpec.Mlp(defaults.pretrain().withLength(TrainingLength.stepBudget(1,
        SYNTHETIC_PRETRAIN_STEPS, SYNTHETIC_PRETRAIN_STEPS)), defaults.fineTune(),
        defaults.scratch(), defaults.newHead());
  }

  /**
   * The long reference run that measures the synthetic curve's D, alpha and C: the same design
   * with 20 repetitions and another master seed, so its repetitions are independent of the demo's
   * (the test set is the same file).
   */
  static StudyDesign syntheticReferenceDesign() {
    return syntheticDesign().withRepetitions(20).withSeed(1)
        .withName("Synthetic demo, reference run (20 repetitions, seed 1)");
  }

  /**
   * The polymer demo's MLP: the workbench default of the time it was run, the paper protocol's
   * settings (pretraining clip(100 epochs, 500, 10,000) steps). The default's pretraining cap now
   * grows with n above 10,000 rows, which changes nothing at 724 rows but would change the design
   * (and its hash), so the demo keeps its explicit settings.
   */
  static final ModelSpec.Mlp POLYMER_MODEL = ModelSpec.paperProtocolBandgap();

  /**
   * The polymer pair: polymer SMILES as a 256-bin count fingerprint plus CDK descriptors, the
   * MLP of {@link #POLYMER_MODEL}, 7 log-spaced sizes 50..724 (every unit), 5 repetitions, 20%
   * test set.
   */
  static StudyDesign polymerDesign() {
    ColumnRoles roles = ColumnRoles.of(RepresentationKind.POLYMER_SMILES,
        SyntheticPolymerData.SMILES_COLUMN, SyntheticPolymerData.TARGET_COLUMN);
    int units = SyntheticPolymerData.repeatUnits().size();
    return new StudyDesign(StudyDesign.SCHEMA_VERSION,
        "Polymer demo (synthetic): repeat-unit SMILES, simulated vs measured Tg-like property",
        DatasetSpec.of(POLYMER_SIMULATION).withRoles(roles),
        DatasetSpec.of(POLYMER_EXPERIMENTS).withRoles(roles), null,
        FeaturizerSpec.smiles(256, true, true), true, true, POLYMER_MODEL,
        List.of(TransferStrategy.FINE_TUNE, TransferStrategy.SCRATCH),
        StudyDesign.logSpacedSizes(50, units, 7), List.of(), 5, 0.2, 0, null, null);
  }

  static void writeDesigns(Path samples) {
    DesignJson.write(bandgapDesign(), demo(samples, BANDGAP).resolve(DESIGN));
    DesignJson.write(syntheticDesign(), demo(samples, SYNTHETIC).resolve(DESIGN));
    DesignJson.write(syntheticReferenceDesign(), demo(samples, SYNTHETIC).resolve(REFERENCE_DESIGN));
    DesignJson.write(polymerDesign(), demo(samples, POLYMER).resolve(DESIGN));
    DesignJson.write(SourcesDemoBuilder.design(), demo(samples, SourcesDemoBuilder.DEMO)
        .resolve(DESIGN));
  }

  // ---- projects ----

  static final String BANDGAP_NOTES = """
      Band-gap demo. Simulation: all 106,113 DFT band gaps (Materials Project via matbench \
      mp_gap). Experiments: all 4,604 measured band gaps (Zhuo et al. 2018 via matbench \
      expt_gap). The design is the reference protocol bandgap-v1 (element fractions, MLP 256-128, \
      the reference's pretraining step budget, fine-tuning and scratch baseline) with 10 sizes \
      100 to 100,000, experimental sizes m = 500, 1,000, 2,000 and 3,683 (all training rows) and \
      5 repetitions; the results folder holds a finished run with the per-test-row errors. What to \
      look for: below about 5,000 DFT rows pretraining gains nothing over the scratch baseline; \
      beyond that the error falls (the broken power law). With four m the workbench also shows the \
      scratch curve E0(m), what the simulations are worth in experiments (m_eq), the law E(n, m) \
      and the budget advice, each with its grade. Data: CC-BY-4.0 (Materials Project); cite Jain \
      et al. 2013, Zhuo et al. 2018, Dunn et al. 2020 (see README.md).""";

  static final String SYNTHETIC_NOTES = """
      Synthetic demo with a known truth: eight descriptors, a true property f(x), a biased and \
      smoothly distorted simulation (0.8 f - 0.3 + 0.25 g) of 30,000 materials, 400 noisy \
      experiments (noise 0.05) and a separate test set of 2,000. Every pretraining runs 5,000 \
      steps, so the curve measures data, not training time. The results folder holds a finished \
      run with 5 repetitions; PARAMETERS.json records the generator settings and the D, alpha and \
      C measured by a 20-repetition reference run, which the 5-repetition fit recovers within its \
      intervals. The floor C cannot fall below the noise MAE 0.040.""";

  static final String POLYMER_NOTES = """
      Polymer demo (synthetic values). 724 polymer repeat units built from backbones, spacers and \
      side groups; a made-up Tg-like property computed from CDK descriptors; the simulation is a \
      compressed, shifted and polarity-distorted copy for every unit, the experiments the true \
      value plus noise (8 K) for 300 units. Shows the SMILES path (fingerprint + descriptors). \
      The numbers are not real glass-transition temperatures.""";

  static void writeProjects(Path samples) throws IOException {
    writeProject(samples, BANDGAP, "Band-gap demo", BANDGAP_SIMULATION, BANDGAP_EXPERIMENTS,
        bandgapDesign(), BANDGAP_NOTES);
    writeProject(samples, SYNTHETIC, "Synthetic demo", SYNTHETIC_SIMULATION,
        SYNTHETIC_EXPERIMENTS, syntheticDesign(), SYNTHETIC_NOTES);
    writeProject(samples, POLYMER, "Polymer demo", POLYMER_SIMULATION, POLYMER_EXPERIMENTS,
        polymerDesign(), POLYMER_NOTES);
    SourcesDemoBuilder.writeProject(samples);
  }

  /**
   * A project referring to the demo's two files (stored relative to the project), with the
   * design, the results folder "results" and notes, opening on the Scaling step. Import settings are left to detection, which
   * finds the design's roles (checked by a test).
   */
  private static void writeProject(Path samples, String demo, String name, String simulation,
      String experiments, StudyDesign design, String notes) throws IOException {
    Path dir = demo(samples, demo).toAbsolutePath().normalize();
    Project project = Project.newProject(name)
        .withDataset(DatasetRole.SIMULATION, reference(dir.resolve(simulation)))
        .withDataset(DatasetRole.EXPERIMENTAL, reference(dir.resolve(experiments)))
        .withStudyDesign(DesignJson.toTree(design))
        .withNotes(notes)
        .withUiState(new UiState("SCALING")); // open on the chart: the results are there
    Path file = projectFile(samples, demo).toAbsolutePath();
    ProjectStore store = new ProjectStore();
    store.save(project, file);
    Files.deleteIfExists(ProjectStore.backupFileFor(file));
  }

  static DatasetReference reference(Path file) {
    try {
      return new DatasetReference(file.toString(), Sha256.ofFile(file), ImportSettings.undecided());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
