package org.sim2real.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sim2real.core.data.ColumnRoles;
import org.sim2real.core.data.RepresentationKind;
import org.sim2real.core.io.TextFiles;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.core.project.Project;
import org.sim2real.core.project.ProjectStore;
import org.sim2real.core.project.SourceReference;
import org.sim2real.core.project.UiState;
import org.sim2real.core.study.DatasetSpec;
import org.sim2real.core.study.DesignJson;
import org.sim2real.core.study.PrimarySource;
import org.sim2real.core.study.SimulationSource;
import org.sim2real.core.study.StudyDesign;

/**
 * The three-source demo (issue 17, "Which database to grow"): the same 4,604 measured band gaps
 * against seeded random subsets of three DFT databases, Materials Project (the primary, "mp"),
 * OQMD and AFLOW, each {@value #ROWS} rows, in one study of the protocol bandgap-v1 up to
 * n = {@value #LARGEST_N}. The results folder comes from running the design (sample-data/README.md).
 */
final class SourcesDemoBuilder {
  static final String DEMO = "sources";
  static final String EXPERIMENTS = "exp_gap.csv";
  /** Rows of each subset: more than the largest n, so every repetition draws its own rows. */
  static final int ROWS = 12_000;
  static final int LARGEST_N = 10_000;
  /** Seed of the subsets (one stream per database, see {@link #subset}). */
  static final long SEED = 17;

  /**
   * A database of the demo: its name in the study, the shared file it is drawn from, the subset
   * file and an illustrative cost per row (relative units, see sample-data/README.md).
   */
  record Database(String name, String sharedFile, String sampleFile, double costPerRow) {}

  static final List<Database> DATABASES = List.of(
      new Database("mp", "sim_mp_gap.csv", "sim_mp_gap_12k.csv.gz", 0.2),
      new Database("oqmd", "sim_oqmd_gap.csv", "sim_oqmd_gap_12k.csv.gz", 0.05),
      new Database("aflow", "sim_aflow_gap.csv", "sim_aflow_gap_12k.csv.gz", 1.0));

  private SourcesDemoBuilder() {}

  /**
   * {@value #ROWS} rows of a shared file drawn without replacement (a partial Fisher-Yates
   * shuffle seeded by {@link #SEED} and the database's position), kept in the file's order and
   * byte for byte, under the file's header.
   */
  static String subset(Path sharedBandgap, Database database) throws IOException {
    List<String> lines = Files.readAllLines(sharedBandgap.resolve(database.sharedFile()),
        StandardCharsets.UTF_8);
    int rows = lines.size() - 1;
    int[] order = new int[rows];
    Arrays.setAll(order, i -> i);
    SplittableRandom random = new SplittableRandom(SEED + DATABASES.indexOf(database));
    for (int i = 0; i < ROWS; i++) {
      int j = i + random.nextInt(rows - i);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] chosen = Arrays.copyOf(order, ROWS);
    Arrays.sort(chosen);
    StringBuilder text = new StringBuilder(lines.get(0)).append('\n');
    for (int row : chosen) {
      text.append(lines.get(row + 1)).append('\n');
    }
    return text.toString();
  }

  /** The three subsets and a copy of the experiments (a project's data stay in its folder). */
  static void writeData(Path samples, Path sharedBandgap) throws IOException {
    Path folder = samples.resolve(DEMO);
    Files.createDirectories(folder);
    for (Database database : DATABASES) {
      TextFiles.write(folder.resolve(database.sampleFile()), subset(sharedBandgap, database));
    }
    TextFiles.write(folder.resolve(EXPERIMENTS), SampleDataBuilder.bandgapExperiments(sharedBandgap));
  }

  /**
   * bandgap-v1 (element fractions, MLP 103-256-128-1, the reference's step budgets, fine-tuning
   * and scratch, 20% test set, 5 repetitions, seed 0, m = all 3,683 training rows) on the first
   * seven sizes of its grid, 100 to 10,000, for each database; mp is the primary simulation,
   * oqmd and aflow are named sources, each with its illustrative cost per row.
   */
  static StudyDesign design() {
    ColumnRoles roles = ColumnRoles.of(RepresentationKind.FORMULA, "formula", "band_gap_eV");
    Database mp = DATABASES.get(0);
    StudyDesign paper = StudyDesign.paperProtocolBandgap(mp.sampleFile(), EXPERIMENTS);
    List<SimulationSource> sources = new ArrayList<>();
    for (Database database : DATABASES.subList(1, DATABASES.size())) {
      sources.add(new SimulationSource(database.name(),
          DatasetSpec.of(database.sampleFile()).withRoles(roles), database.costPerRow(), List.of()));
    }
    return new StudyDesign(StudyDesign.SCHEMA_VERSION,
        "Three-source demo: which band-gap database to grow (Materials Project, OQMD, AFLOW;"
            + " 12,000 rows of each) for the same experiments, protocol bandgap-v1 up to"
            + " n = 10,000",
        paper.simulation().withRoles(roles), paper.experimental().withRoles(roles), null,
        paper.featurizer(), paper.standardizeFeatures(), paper.standardizeTargets(),
        paper.model(), paper.strategies(), StudyDesign.logSpacedSizes(100, 100_000, 10)
            .stream().filter(n -> n <= LARGEST_N).toList(),
        List.of(), paper.repetitions(), paper.testFraction(), paper.seed(), null, null, sources,
        new PrimarySource(mp.name(), mp.costPerRow()), null);
  }

  static final String NOTES = """
      Three-source demo: which band-gap database to grow? The same 4,604 measured band gaps \
      (Zhuo et al. 2018) against 12,000 randomly drawn rows of each of three DFT databases: \
      Materials Project (the primary source, mp), OQMD and AFLOW, in one study of the protocol \
      bandgap-v1 with the sizes 100 to 10,000, m = all 3,683 training rows and 5 repetitions, so \
      the three curves share the test rows, the repetitions and one scratch baseline and compare \
      pair by pair. The costs per row (mp 0.2, oqmd 0.05, aflow 1) are illustrative relative \
      units, not measured prices. What to look for: 93.6% of the OQMD rows are metals with gap 0, \
      and at small n fine-tuning from OQMD is worse than training from scratch. Data: \
      Materials Project and OQMD CC-BY-4.0, AFLOW free with citation; cite Jain et al. 2013, \
      Saal et al. 2013, Kirklin et al. 2015, Curtarolo et al. 2012, Zhuo et al. 2018 (see \
      README.md).""";

  /**
   * The project: the mp subset as the simulation data, the experiments, oqmd and aflow as further
   * simulation sources with their costs, the design, the results folder "results" and the notes,
   * opening on the Forecast step (where the sources are ranked).
   */
  static void writeProject(Path samples) throws IOException {
    Path dir = samples.resolve(DEMO).toAbsolutePath().normalize();
    StudyDesign design = design();
    List<SourceReference> sources = new ArrayList<>();
    for (SimulationSource source : design.sources()) {
      sources.add(new SourceReference(source.name(),
          SampleDataBuilder.reference(dir.resolve(source.dataset().path())), source.costPerRow()));
    }
    Project project = Project.newProject("Three-source demo")
        .withDataset(DatasetRole.SIMULATION,
            SampleDataBuilder.reference(dir.resolve(design.simulation().path())))
        .withDataset(DatasetRole.EXPERIMENTAL,
            SampleDataBuilder.reference(dir.resolve(EXPERIMENTS)))
        .withSimulationSources(sources)
        .withStudyDesign(DesignJson.toTree(design))
        .withNotes(NOTES)
        .withUiState(new UiState("FORECAST"));
    Path file = SampleDataBuilder.projectFile(samples, DEMO).toAbsolutePath();
    new ProjectStore().save(project, file);
    Files.deleteIfExists(ProjectStore.backupFileFor(file));
  }
}
