package org.sim2real.ui.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.FakeDialogService;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.data.DataSession;
import org.sim2real.ui.common.data.SourcesSession;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.PlanService;
import org.sim2real.ui.common.study.StudySummaryModel;

/**
 * The Study screen's models wired as the workbench wires them, everything on the calling thread:
 * imports, planning and the run-time calibration (with a fake step timer) finish inside the call.
 */
public final class StudyBench {
  public static final String SIM = "sim-study.csv";
  public static final String EXP = "exp-study.csv";
  /** What the fake timer reports: steps per second and thread. */
  public static final double STEPS_PER_SECOND = 1000;

  public final ProjectSession session = new ProjectSession();
  public final UndoManager undo = new UndoManager(200);
  public final List<String> status = new ArrayList<>();
  public final FakeDialogService dialogs = new FakeDialogService();
  public final DataSession data =
      new DataSession(session, BackgroundTasks.sameThread(), undo, status::add);
  public final SourcesSession sources =
      new SourcesSession(session, data, BackgroundTasks.sameThread(), undo, status::add);
  public final DesignSession design =
      new DesignSession(session, data, sources, undo, status::add, 2);
  public final PlanService plans = new PlanService(Runnable::run, Runnable::run, Runnable::run);
  public final List<String> timed = new ArrayList<>();
  public final StudySummaryModel summary = new StudySummaryModel(design, plans,
      (settings, inputs, rows, columns) -> {
        timed.add(settings.hiddenLayers() + " x" + columns);
        return STEPS_PER_SECOND;
      }, Runnable::run, Runnable::run, status::add);
  public final StudyFormModel form = new StudyFormModel(design, dialogs, summary);

  /** Copies a fixture of src/test/resources/ui-study into {@code dir}. */
  public static Path copy(String name, Path dir) throws IOException {
    Path target = dir.resolve(name);
    try (InputStream in = Objects.requireNonNull(
        StudyBench.class.getResourceAsStream("/ui-study/" + name), name)) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** Imports both fixtures (two undoable steps) and forgets the undo history. */
  public StudyBench withData(Path dir) throws IOException {
    data.importFile(DatasetRole.SIMULATION, copy(SIM, dir));
    data.importFile(DatasetRole.EXPERIMENTAL, copy(EXP, dir));
    undo.clear();
    return this;
  }
}
