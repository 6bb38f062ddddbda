package org.sim2real.core.model;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.feature.FeatureRows;

/**
 * Pretraining on simulation rows and adapting to experimental rows with a {@link
 * TransferStrategy}. Every call runs on the calling thread; run independent cells on different
 * threads. Seeds make every result reproducible: the same inputs and seed give the same numbers.
 */
public final class TransferLearning {
  private final MlpTrainer trainer;

  /** Uses the fastest MLP kernel of this JVM. */
  public TransferLearning() {
    this(new MlpTrainer());
  }

  public TransferLearning(MlpTrainer trainer) {
    this.trainer = trainer;
  }

  /** See {@link #pretrain(ModelSpec, LearningRows, long, CancellationToken, TrainingProgress)}. */
  public PretrainedModel pretrain(ModelSpec spec, LearningRows simulation, long seed,
      CancellationToken cancel) {
    return pretrain(spec, simulation, seed, cancel, null);
  }

  /**
   * Trains a model on simulation rows.
   *
   * @param seed initializes the MLP and orders its epochs; seeds tabular models
   * @throws CancellationException when {@code cancel} asks to stop
   */
  public PretrainedModel pretrain(ModelSpec spec, LearningRows simulation, long seed,
      CancellationToken cancel, @Nullable TrainingProgress progress) {
    return pretrainWithConvergence(spec, simulation, seed, cancel, progress).model();
  }

  /**
   * {@link #pretrain(ModelSpec, LearningRows, long, CancellationToken, TrainingProgress)} that
   * also tells whether the MLP's training loss had flattened when pretraining stopped (the same
   * model, bit for bit).
   */
  public Pretraining pretrainWithConvergence(ModelSpec spec, LearningRows simulation, long seed,
      CancellationToken cancel, @Nullable TrainingProgress progress) {
    FeatureRows simX = simulation.x();
    float[] simY = simulation.y();
    int rows = simulation.rows();
    int cols = simulation.cols();
    return switch (spec) {
      case ModelSpec.Mlp mlp -> {
        MlpNetwork net = MlpNetwork.initialize(mlp.pretrain().layerSizes(cols),
            mlp.pretrain().activation(), seed);
        TrainingSummary summary = trainer.train(net, TrainingRequest.of(simX, simY, rows,
            mlp.pretrain(), seed).cancelledBy(cancel).reportingTo(progress));
        yield new Pretraining(new PretrainedModel.OfMlp(net), summary.convergence());
      }
      case ModelSpec.Tabular tabular -> new Pretraining(PretrainedModel.OfTabular.of(
          TabularRegressor.fit(tabular.settings(), simulation, seed, cancel)),
          LossConvergence.unknown());
    };
  }

  /**
   * See {@link #adapt(TransferStrategy, ModelSpec, PretrainedModel, LearningRows, long,
   * CancellationToken, TrainingProgress)}.
   */
  public Predictor adapt(TransferStrategy strategy, ModelSpec spec,
      @Nullable PretrainedModel pretrained, LearningRows experimental, long seed,
      CancellationToken cancel) {
    return adapt(strategy, spec, pretrained, experimental, seed, cancel, null);
  }

  /**
   * A model for the experimental task from experimental rows. The pretrained model
   * is only read (copied where it is trained further), so one pretrained model can serve many
   * strategies and m values, also concurrently.
   *
   * @param pretrained required iff {@link TransferStrategy#needsPretrainedModel()}; for
   *     SIM_PREDICTION_FEATURE and DELTA any pretrained model works as the simulation predictor
   * @throws IllegalArgumentException if the strategy does not apply to the spec's model family
   *     or the pretrained model is missing or does not match
   */
  public Predictor adapt(TransferStrategy strategy, ModelSpec spec,
      @Nullable PretrainedModel pretrained, LearningRows experimental, long seed,
      CancellationToken cancel, @Nullable TrainingProgress progress) {
    float[] expX = experimental.x().denseValues();
    float[] expY = experimental.y();
    int rows = experimental.rows();
    int cols = experimental.cols();
    if (!strategy.appliesTo(spec.family())) {
      throw new IllegalArgumentException(strategy + " does not apply to " + spec.family()
          + " models");
    }
    if (strategy.needsPretrainedModel()) {
      if (pretrained == null) {
        throw new IllegalArgumentException(strategy + " needs a pretrained model");
      }
      if (pretrained.inputCount() != cols) {
        throw new IllegalArgumentException("the pretrained model has " + pretrained.inputCount()
            + " inputs but the experimental rows have " + cols + " features");
      }
    }
    return switch (spec) {
      case ModelSpec.Mlp mlp -> adaptMlp(strategy, mlp, pretrained, expX, expY, rows, cols, seed,
          cancel, progress);
      case ModelSpec.Tabular tabular -> adaptTabular(strategy, tabular.settings(),
          pretrained, expX, expY, rows, cols, seed, cancel);
    };
  }

  private Predictor adaptMlp(TransferStrategy strategy, ModelSpec.Mlp spec,
      @Nullable PretrainedModel pretrained, float[] x, float[] y, int rows, int cols, long seed,
      CancellationToken cancel, @Nullable TrainingProgress progress) {
    if (strategy == TransferStrategy.SCRATCH) {
      MlpNetwork net = MlpNetwork.initialize(spec.scratch().layerSizes(cols),
          spec.scratch().activation(), seed);
      trainer.train(net, TrainingRequest.of(x, y, rows, spec.scratch(), seed)
          .cancelledBy(cancel).reportingTo(progress));
      return net;
    }
    if (!(pretrained instanceof PretrainedModel.OfMlp mlp)) {
      throw new IllegalArgumentException(strategy + " needs a pretrained MLP");
    }
    MlpNetwork source = mlp.network();
    if (!Arrays.equals(source.layerSizes(), spec.fineTune().layerSizes(cols))) {
      throw new IllegalArgumentException("the pretrained MLP has layers "
          + Arrays.toString(source.layerSizes()) + " but the model settings describe "
          + Arrays.toString(spec.fineTune().layerSizes(cols)));
    }
    return switch (strategy) {
      case FINE_TUNE -> {
        MlpNetwork net = source.copy();
        trainer.train(net, TrainingRequest.of(x, y, rows, spec.fineTune(), seed)
            .cancelledBy(cancel).reportingTo(progress));
        yield net;
      }
      case FROZEN_FEATURES -> {
        MlpNetwork net = source.withNewOutputLayer(seed);
        trainer.train(net, TrainingRequest.of(x, y, rows, spec.newHead(), seed)
            .freezingFirst(net.layerCount() - 1).cancelledBy(cancel).reportingTo(progress));
        yield net;
      }
      default -> throw new IllegalArgumentException(strategy + " does not apply to MLP models");
    };
  }

  private static Predictor adaptTabular(TransferStrategy strategy, TabularSettings settings,
      @Nullable PretrainedModel pretrained, float[] x, float[] y, int rows, int cols, long seed,
      CancellationToken cancel) {
    if (strategy == TransferStrategy.SCRATCH) {
      return TabularRegressor.fit(settings, new LearningRows(x, y, rows, cols), seed, cancel);
    }
    if (pretrained == null) {
      throw new IllegalArgumentException(strategy + " needs a pretrained model");
    }
    float[] simulated = pretrained.predict(x, rows);
    return switch (strategy) {
      case SIM_PREDICTION_FEATURE -> new SimulationFeaturePredictor(pretrained,
          TabularRegressor.fit(settings, new LearningRows(
              SimulationFeaturePredictor.append(x, simulated, rows, cols), y, rows, cols + 1),
              seed, cancel));
      case DELTA -> {
        float[] residual = new float[rows];
        for (int r = 0; r < rows; r++) {
          residual[r] = y[r] - simulated[r];
        }
        yield new DeltaPredictor(pretrained,
            TabularRegressor.fit(settings, new LearningRows(x, residual, rows, cols), seed,
                cancel));
      }
      default -> throw new IllegalArgumentException(strategy + " does not apply to tabular models");
    };
  }

  /** Predicts with the simulation model's output as an extra last feature. */
  record SimulationFeaturePredictor(Predictor simulation, Predictor model) implements Predictor {
    static float[] append(float[] x, float[] extra, int rows, int cols) {
      float[] out = new float[rows * (cols + 1)];
      for (int r = 0; r < rows; r++) {
        System.arraycopy(x, r * cols, out, r * (cols + 1), cols);
        out[r * (cols + 1) + cols] = extra[r];
      }
      return out;
    }

    @Override
    public int inputCount() {
      return simulation.inputCount();
    }

    @Override
    public float[] predict(float[] x, int rows) {
      float[] simulated = simulation.predict(x, rows);
      return model.predict(append(x, simulated, rows, inputCount()), rows);
    }
  }

  /** Simulation prediction plus a learned correction. */
  record DeltaPredictor(Predictor simulation, Predictor delta) implements Predictor {
    @Override
    public int inputCount() {
      return simulation.inputCount();
    }

    @Override
    public float[] predict(float[] x, int rows) {
      float[] out = simulation.predict(x, rows);
      float[] correction = delta.predict(x, rows);
      for (int r = 0; r < rows; r++) {
        out[r] += correction[r];
      }
      return out;
    }
  }
}
