package org.sim2real.core.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MlpWarmUpTest {
  private static final MlpSettings SMALL = new MlpSettings(List.of(16, 8), Activation.RELU, 1e-3,
      32, TrainingLength.epochs(1), 0.9, 0.999, 1e-8, 0, null);

  @Test
  void warmUpRunsOnADaemonThreadForMlpsAndNotAtAllForTabularModels() throws Exception {
    assertNull(MlpWarmUp.startInBackground(
        new ModelSpec.Tabular(TabularSettings.RandomForest.defaults())));
    Thread thread = MlpWarmUp.startInBackground(new ModelSpec.Mlp(SMALL, SMALL, SMALL, SMALL));
    assertNotNull(thread);
    assertTrue(thread.isDaemon(), "must never keep the application alive");
    thread.join();
  }

  @Test
  void warmUpTrainsEvenWhenTheSettingsAskForEarlyStoppingAndLargeBatches() {
    MlpSettings settings = SMALL.withBatchSize(512).withEarlyStopping(new EarlyStopping(0.2, 3));
    assertDoesNotThrow(() -> MlpWarmUp.run(settings, 103));
  }
}
