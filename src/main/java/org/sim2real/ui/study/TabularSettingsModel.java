package org.sim2real.ui.study;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sim2real.core.model.ModelSpec;
import org.sim2real.core.model.TabularSettings.GaussianProcess;
import org.sim2real.core.model.TabularSettings.GradientBoosting;
import org.sim2real.core.model.TabularSettings.RandomForest;
import org.sim2real.core.model.TabularSettings;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignField;
import org.sim2real.ui.common.study.DesignSession;

/**
 * The settings of the three tabular models, one list of fields per model. Each field reads the
 * design's model of its kind, or the last one of that kind seen (or its defaults) while another
 * model is chosen and the field is hidden.
 */
public final class TabularSettingsModel {
  /** A labelled field of a tabular model. */
  public record Setting(String label, String help, DesignField<?> field) {}

  private GradientBoosting lastBoosting = GradientBoosting.defaults();
  private RandomForest lastForest = RandomForest.defaults();
  private GaussianProcess lastProcess = GaussianProcess.defaults();
  private final List<Setting> boosting;
  private final List<Setting> forest;
  private final List<Setting> process;

  public TabularSettingsModel(DesignSession session) {
    remember(session.design());
    session.designProperty().addListener((obs, old, d) -> remember(d));
    Function<StudyDesign, GradientBoosting> gb = d -> settings(d, GradientBoosting.class,
        lastBoosting);
    Function<StudyDesign, RandomForest> rf = d -> settings(d, RandomForest.class, lastForest);
    Function<StudyDesign, GaussianProcess> gp = d -> settings(d, GaussianProcess.class,
        lastProcess);
    boosting = List.of(
        whole(session, "Trees", "Boosting rounds.", d -> gb.apply(d).trees(), (d, v) -> {
          GradientBoosting s = gb.apply(d);
          return with(d, new GradientBoosting(v, s.maxDepth(), s.maxNodes(), s.nodeSize(),
              s.shrinkage(), s.subsample()));
        }),
        whole(session, "Max depth", "Deepest split of a tree.", d -> gb.apply(d).maxDepth(),
            (d, v) -> {
              GradientBoosting s = gb.apply(d);
              return with(d, new GradientBoosting(s.trees(), v, s.maxNodes(), s.nodeSize(),
                  s.shrinkage(), s.subsample()));
            }),
        whole(session, "Max leaves", "Leaves per tree (at least 2).",
            d -> gb.apply(d).maxNodes(), (d, v) -> {
              GradientBoosting s = gb.apply(d);
              return with(d, new GradientBoosting(s.trees(), s.maxDepth(), v, s.nodeSize(),
                  s.shrinkage(), s.subsample()));
            }),
        whole(session, "Node size", "Fewest rows in a leaf.", d -> gb.apply(d).nodeSize(),
            (d, v) -> {
              GradientBoosting s = gb.apply(d);
              return with(d, new GradientBoosting(s.trees(), s.maxDepth(), s.maxNodes(), v,
                  s.shrinkage(), s.subsample()));
            }),
        number(session, "Shrinkage", "Learning rate of each tree, in (0, 1].",
            Parsers.fraction(true), d -> gb.apply(d).shrinkage(), (d, v) -> {
              GradientBoosting s = gb.apply(d);
              return with(d, new GradientBoosting(s.trees(), s.maxDepth(), s.maxNodes(),
                  s.nodeSize(), v, s.subsample()));
            }),
        number(session, "Subsample", "Share of rows drawn for each tree, in (0, 1].",
            Parsers.fraction(true), d -> gb.apply(d).subsample(), (d, v) -> {
              GradientBoosting s = gb.apply(d);
              return with(d, new GradientBoosting(s.trees(), s.maxDepth(), s.maxNodes(),
                  s.nodeSize(), s.shrinkage(), v));
            }));
    forest = List.of(
        whole(session, "Trees", "Number of trees.", d -> rf.apply(d).trees(), (d, v) -> {
          RandomForest s = rf.apply(d);
          return with(d, new RandomForest(v, s.mtry(), s.maxDepth(), s.maxNodes(), s.nodeSize(),
              s.subsample()));
        }),
        wholeFromZero(session, "Features per split", "0 = a third of the features.",
            d -> rf.apply(d).mtry(), (d, v) -> {
              RandomForest s = rf.apply(d);
              return with(d, new RandomForest(s.trees(), v, s.maxDepth(), s.maxNodes(),
                  s.nodeSize(), s.subsample()));
            }),
        whole(session, "Max depth", "Deepest split of a tree.", d -> rf.apply(d).maxDepth(),
            (d, v) -> {
              RandomForest s = rf.apply(d);
              return with(d, new RandomForest(s.trees(), s.mtry(), v, s.maxNodes(), s.nodeSize(),
                  s.subsample()));
            }),
        wholeFromZero(session, "Max leaves", "0 = rows / node size.",
            d -> rf.apply(d).maxNodes(), (d, v) -> {
              RandomForest s = rf.apply(d);
              return with(d, new RandomForest(s.trees(), s.mtry(), s.maxDepth(), v, s.nodeSize(),
                  s.subsample()));
            }),
        whole(session, "Node size", "Fewest rows in a leaf.", d -> rf.apply(d).nodeSize(),
            (d, v) -> {
              RandomForest s = rf.apply(d);
              return with(d, new RandomForest(s.trees(), s.mtry(), s.maxDepth(), s.maxNodes(), v,
                  s.subsample()));
            }),
        number(session, "Subsample", "Share of rows per tree; 1 = a bootstrap sample.",
            Parsers.fraction(true), d -> rf.apply(d).subsample(), (d, v) -> {
              RandomForest s = rf.apply(d);
              return with(d, new RandomForest(s.trees(), s.mtry(), s.maxDepth(), s.maxNodes(),
                  s.nodeSize(), v));
            }));
    process = List.of(
        number(session, "Length scale", "Kernel width; 0 = the median distance between rows.",
            Parsers.nonNegative(), d -> gp.apply(d).lengthScale(), (d, v) -> {
              GaussianProcess s = gp.apply(d);
              return with(d, new GaussianProcess(v, s.noise(), s.maxTrainingRows()));
            }),
        number(session, "Noise", "Noise variance on the kernel diagonal (standardized units).",
            Parsers.positive(), d -> gp.apply(d).noise(), (d, v) -> {
              GaussianProcess s = gp.apply(d);
              return with(d, new GaussianProcess(s.lengthScale(), v, s.maxTrainingRows()));
            }),
        whole(session, "Max training rows",
            "Exact GP costs rows cubed: larger sets are subsampled to this many.",
            d -> gp.apply(d).maxTrainingRows(), (d, v) -> {
              GaussianProcess s = gp.apply(d);
              return with(d, new GaussianProcess(s.lengthScale(), s.noise(), v));
            }));
  }

  /** The settings of one tabular model; empty for the MLP. */
  public List<Setting> settings(ModelChoice choice) {
    return switch (choice) {
      case GRADIENT_BOOSTING -> boosting;
      case RANDOM_FOREST -> forest;
      case GAUSSIAN_PROCESS -> process;
      case MLP -> List.of();
    };
  }

  /** The model of this kind to restore when the user switches to it. */
  ModelSpec last(ModelChoice choice) {
    return switch (choice) {
      case GRADIENT_BOOSTING -> new ModelSpec.Tabular(lastBoosting);
      case RANDOM_FOREST -> new ModelSpec.Tabular(lastForest);
      case GAUSSIAN_PROCESS -> new ModelSpec.Tabular(lastProcess);
      case MLP -> throw new IllegalArgumentException("the MLP is not a tabular model");
    };
  }

  private void remember(StudyDesign d) {
    if (d.model() instanceof ModelSpec.Tabular t) {
      switch (t.settings()) {
        case GradientBoosting g -> lastBoosting = g;
        case RandomForest r -> lastForest = r;
        case GaussianProcess p -> lastProcess = p;
      }
    }
  }

  private static <S extends TabularSettings> S settings(StudyDesign d, Class<S> kind, S last) {
    return d.model() instanceof ModelSpec.Tabular t && kind.isInstance(t.settings())
        ? kind.cast(t.settings()) : last;
  }

  private static StudyDesign with(StudyDesign d, TabularSettings settings) {
    if (!(d.model() instanceof ModelSpec.Tabular t)
        || t.settings().getClass() != settings.getClass()) {
      throw new IllegalStateException("choose " + settings.displayName() + " to change this");
    }
    return d.withModel(new ModelSpec.Tabular(settings));
  }

  private static Setting whole(DesignSession session, String label, String help,
      Function<StudyDesign, Integer> read, BiFunction<StudyDesign, Integer, StudyDesign> write) {
    return new Setting(label, help, new DesignField<>(session, label, read,
        Parsers.wholeNumber(1, 1_000_000), String::valueOf, write, (v, d, f) -> null));
  }

  private static Setting wholeFromZero(DesignSession session, String label, String help,
      Function<StudyDesign, Integer> read, BiFunction<StudyDesign, Integer, StudyDesign> write) {
    return new Setting(label, help, new DesignField<>(session, label, read,
        Parsers.wholeNumber(0, 1_000_000), String::valueOf, write, (v, d, f) -> null));
  }

  private static Setting number(DesignSession session, String label, String help,
      DesignField.Parser<Double> parser, Function<StudyDesign, Double> read,
      BiFunction<StudyDesign, Double, StudyDesign> write) {
    return new Setting(label, help,
        new DesignField<>(session, label, read, parser, Texts::plain, write, (v, d, f) -> null));
  }
}
