package org.sim2real.ui.study;

import org.sim2real.core.model.ModelFamily;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TabularSettings;
import org.sim2real.core.model.TransferStrategy;

/** The learners the Study screen offers: the workbench's MLP and three tabular models. */
public enum ModelChoice {
  MLP("Neural network (MLP)", ModelFamily.MLP, TransferStrategy.FINE_TUNE),
  GRADIENT_BOOSTING("Gradient boosting", ModelFamily.TABULAR, TransferStrategy.DELTA),
  RANDOM_FOREST("Random forest", ModelFamily.TABULAR, TransferStrategy.DELTA),
  GAUSSIAN_PROCESS("Gaussian process", ModelFamily.TABULAR, TransferStrategy.DELTA);

  private final String label;
  private final ModelFamily family;
  private final TransferStrategy defaultStrategy;

  ModelChoice(String label, ModelFamily family, TransferStrategy defaultStrategy) {
    this.label = label;
    this.family = family;
    this.defaultStrategy = defaultStrategy;
  }

  public ModelFamily family() {
    return family;
  }

  /** The transfer strategy a study of this model starts with. */
  public TransferStrategy defaultStrategy() {
    return defaultStrategy;
  }

  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }

  public static ModelChoice of(ModelSpec model) {
    if (model instanceof ModelSpec.Tabular tabular) {
      return switch (tabular.settings()) {
        case TabularSettings.GradientBoosting g -> GRADIENT_BOOSTING;
        case TabularSettings.RandomForest r -> RANDOM_FOREST;
        case TabularSettings.GaussianProcess p -> GAUSSIAN_PROCESS;
      };
    }
    return MLP;
  }

  /** The model with its default settings. */
  public ModelSpec defaults() {
    return switch (this) {
      case MLP -> ModelSpec.defaultMlp();
      case GRADIENT_BOOSTING -> new ModelSpec.Tabular(TabularSettings.GradientBoosting.defaults());
      case RANDOM_FOREST -> new ModelSpec.Tabular(TabularSettings.RandomForest.defaults());
      case GAUSSIAN_PROCESS -> new ModelSpec.Tabular(TabularSettings.GaussianProcess.defaults());
    };
  }
}
