package org.sim2real.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The production frame executor on the real (headless) FX thread. */
class NextFrameExecutorTest extends ApplicationTest {
  @Override
  public void start(Stage stage) {
    stage.setScene(new Scene(new Pane(), 100, 100));
    stage.show();
  }

  @Test
  void floodFromABackgroundThreadIsAppliedOnTheFxThreadAndEndsWithTheLastValue()
      throws Exception {
    List<Integer> applied = new CopyOnWriteArrayList<>();
    List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
    CoalescingUpdater<Integer> updater = new CoalescingUpdater<>(new NextFrameExecutor(), v -> {
      applied.add(v);
      onFxThread.add(Platform.isFxApplicationThread());
    });
    int posts = 200_000;
    Thread producer = Thread.ofPlatform().start(() -> {
      for (int i = 1; i <= posts; i++) {
        updater.post(i);
      }
    });
    producer.join();

    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        () -> !applied.isEmpty() && applied.get(applied.size() - 1) == posts);

    assertTrue(onFxThread.stream().allMatch(b -> b));
    assertTrue(applied.size() < posts / 10, applied.size() + " applies for " + posts + " posts");
    for (int i = 1; i < applied.size(); i++) {
      assertTrue(applied.get(i) > applied.get(i - 1), "never an older value after a newer one");
    }
    assertEquals(posts, applied.get(applied.size() - 1));
  }
}
