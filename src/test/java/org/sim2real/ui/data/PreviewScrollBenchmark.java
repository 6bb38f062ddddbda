package org.sim2real.ui.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.sim2real.core.project.DatasetRole;
import org.sim2real.ui.common.BackgroundTasks;
import org.sim2real.ui.common.InMemoryPreferences;
import org.sim2real.ui.common.ProjectSession;
import org.sim2real.ui.common.UndoManager;
import org.sim2real.ui.common.WorkbenchPreferences;
import org.sim2real.ui.common.data.DataSession;

/**
 * Not a test: measures how the preview scrolls through a big file in a real window (timing
 * belongs here, not in tests). Run under a display (Xvfb is enough) after mvn test-compile:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.sim2real.ui.data.PreviewScrollBenchmark ../shared/data/bandgap/sim_mp_gap.csv
 * </pre>
 *
 * Scrolls 20 rows per frame for 600 frames, then jumps to 200 random rows, and prints the
 * frame intervals (median, 95th percentile, worst), the table's own work per frame (scroll, CSS
 * and layout, without drawing) and the time of each jump.
 */
public final class PreviewScrollBenchmark {
  private static final int FRAMES = 600;
  private static final int JUMPS = 200;

  private PreviewScrollBenchmark() {}

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/bandgap/sim_mp_gap.csv");
    Platform.startup(() -> {
      ProjectSession session = new ProjectSession();
      DataSession data = new DataSession(session, BackgroundTasks.sameThread(),
          new UndoManager(10), s -> {});
      long start = System.nanoTime();
      data.importFile(DatasetRole.SIMULATION, file);
      System.out.printf(Locale.ROOT, "import on this thread: %.0f ms, %d rows%n",
          (System.nanoTime() - start) / 1e6, data.slot(DatasetRole.SIMULATION).state()
              .table().rowCount());
      DatasetPanelModel model = new DatasetPanelModel(DatasetRole.SIMULATION, data, session,
          new org.sim2real.ui.common.FxDialogService(() -> null),
          new WorkbenchPreferences(new InMemoryPreferences()));
      PreviewTable table = new PreviewTable(model);
      Stage stage = new Stage();
      stage.setScene(new Scene(table, 1200, 800));
      stage.show();
      long shown = System.nanoTime();
      table.layout();
      System.out.printf(Locale.ROOT, "first layout: %.1f ms%n", (System.nanoTime() - shown) / 1e6);
      VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
      long[] frames = new long[FRAMES];
      long[] work = new long[FRAMES];
      new AnimationTimer() {
        int frame = -10; // a few frames to settle
        long last;

        @Override
        public void handle(long now) {
          if (frame >= 0 && frame < FRAMES) {
            frames[frame] = now - last;
          }
          last = now;
          frame++;
          if (frame < FRAMES) {
            long t = System.nanoTime();
            flow.scrollPixels(20 * 24.0);
            table.applyCss();
            table.layout();
            if (frame >= 0) {
              work[frame] = System.nanoTime() - t;
            }
            return;
          }
          stop();
          report("frame interval, scrolling 20 rows per frame", frames);
          report("scroll + CSS + layout of the table per frame (without drawing)", work);
          jumps(table);
          Platform.exit();
        }
      }.start();
    });
  }

  private static void jumps(PreviewTable table) {
    java.util.Random random = new java.util.Random(42);
    long[] times = new long[JUMPS];
    int n = table.getItems().size();
    for (int i = 0; i < JUMPS; i++) {
      long t = System.nanoTime();
      table.scrollTo(random.nextInt(n));
      table.layout();
      times[i] = System.nanoTime() - t;
    }
    report("jump to a random row and lay out", times);
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "%s: median %.2f ms, 95th %.2f ms, worst %.2f ms (%d)%n",
        what, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
        sorted[sorted.length - 1] / 1e6, sorted.length);
  }
}
