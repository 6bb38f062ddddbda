package org.sim2real.ui.study;

import org.sim2real.core.model.MlpSettings;
import org.sim2real.core.model.ModelSpec;

/** The four training phases of an MLP study, each with its own learning rate and length. */
public enum MlpPhase {
  PRETRAIN("Pretraining", "on n simulation rows"),
  FINE_TUNE("Fine-tuning", "all layers on m experiments"),
  SCRATCH("Scratch baseline", "a fresh network on m experiments"),
  NEW_HEAD("New head", "on frozen pretrained layers");

  private final String label;
  private final String detail;

  MlpPhase(String label, String detail) {
    this.label = label;
    this.detail = detail;
  }

  public String label() {
    return label;
  }

  public String detail() {
    return detail;
  }

  public MlpSettings of(ModelSpec.Mlp mlp) {
    return switch (this) {
      case PRETRAIN -> mlp.pretrain();
      case FINE_TUNE -> mlp.fineTune();
      case SCRATCH -> mlp.scratch();
      case NEW_HEAD -> mlp.newHead();
    };
  }

  public ModelSpec.Mlp with(ModelSpec.Mlp mlp, MlpSettings settings) {
    return switch (this) {
      case PRETRAIN -> new ModelSpec.Mlp(settings, mlp.fineTune(), mlp.scratch(), mlp.newHead());
      case FINE_TUNE -> new ModelSpec.Mlp(mlp.pretrain(), settings, mlp.scratch(), mlp.newHead());
      case SCRATCH -> new ModelSpec.Mlp(mlp.pretrain(), mlp.fineTune(), settings, mlp.newHead());
      case NEW_HEAD -> new ModelSpec.Mlp(mlp.pretrain(), mlp.fineTune(), mlp.scratch(), settings);
    };
  }

  /** Applies the same change to every phase (architecture, batch size, early stopping). */
  public static ModelSpec.Mlp all(ModelSpec.Mlp mlp,
      java.util.function.UnaryOperator<MlpSettings> change) {
    return new ModelSpec.Mlp(change.apply(mlp.pretrain()), change.apply(mlp.fineTune()),
        change.apply(mlp.scratch()), change.apply(mlp.newHead()));
  }
}
