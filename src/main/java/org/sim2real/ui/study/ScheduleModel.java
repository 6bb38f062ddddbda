package org.sim2real.ui.study;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.study.StudyDesign;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.CellCount;
import org.sim2real.ui.common.study.DataFacts;
import org.sim2real.ui.common.study.DesignChoice;
import org.sim2real.ui.common.study.DesignField;
import org.sim2real.ui.common.study.DesignProblems;
import org.sim2real.ui.common.study.DesignSession;
import org.sim2real.ui.common.study.SizeSchedule;

/**
 * The n schedule and the m values of the study form. The n values come from a generator
 * (minimum, maximum, count, log or linear spacing) or from a list the user types; an empty list
 * means the planner's automatic schedule, which follows the size of the simulation data.
 */
public final class ScheduleModel {
  private final DesignSession session;
  private SizeSchedule lastSpec = SizeSchedule.DEFAULT;
  private final DesignField<Integer> min;
  private final DesignField<@Nullable Integer> max;
  private final DesignField<Integer> count;
  private final DesignChoice<Boolean> logSpacing;
  private final DesignField<List<Integer>> sizes;
  private final DesignField<List<Integer>> experimentalSizes;
  private final ObjectBinding<List<Integer>> preview;
  private final StringBinding sizesNote;
  private final StringBinding maxPrompt;
  private final StringBinding experimentalPrompt;

  public ScheduleModel(DesignSession session) {
    this.session = session;
    remember(session.design());
    session.designProperty().addListener((obs, old, d) -> remember(d));
    DesignField.Check<Object> none = (v, d, f) -> null;
    min = new DesignField<>(session, "Minimum n", d -> spec(d).min(),
        Parsers.wholeNumber(1, Integer.MAX_VALUE), String::valueOf,
        (d, v) -> withSpec(d, spec(d).withMin(v)), this::sizesProblem);
    max = new DesignField<>(session, "Maximum n", d -> spec(d).max(),
        text -> text.isEmpty() ? null : Parsers.wholeNumber(1, Integer.MAX_VALUE).parse(text),
        v -> v == null ? "" : String.valueOf(v), (d, v) -> withSpec(d, spec(d).withMax(v)),
        this::sizesProblem);
    count = new DesignField<>(session, "Number of Sizes", d -> spec(d).count(),
        Parsers.wholeNumber(1, SizeSchedule.MAX_COUNT), String::valueOf,
        (d, v) -> withSpec(d, spec(d).withCount(v)), this::sizesProblem);
    logSpacing = new DesignChoice<>(session, "Size Spacing", d -> spec(d).logSpacing(),
        (d, v) -> withSpec(d, spec(d).withLogSpacing(v)));
    sizes = new DesignField<>(session, "Sizes n", this::shownSizes, SizeSchedule::parseList,
        SizeSchedule::format, StudyDesign::withSizes,
        (v, d, f) -> DesignProblems.sizes(v, f));
    experimentalSizes = new DesignField<>(session, "Experimental Sizes m",
        StudyDesign::experimentalSizes, SizeSchedule::parseList, SizeSchedule::format,
        StudyDesign::withExperimentalSizes, DesignProblems::experimentalSizes);
    preview = Bindings.createObjectBinding(() -> shownSizes(session.design()),
        session.designProperty(), session.factsProperty());
    sizesNote = Bindings.createStringBinding(this::describe, session.designProperty(),
        session.factsProperty());
    maxPrompt = Bindings.createStringBinding(() -> {
      Integer rows = session.facts().simulationRows();
      return rows == null ? "all rows" : "all " + Texts.count(rows) + " rows";
    }, session.factsProperty());
    experimentalPrompt = Bindings.createStringBinding(() -> {
      StudyDesign d = session.design();
      Integer pool = session.facts().trainingPool(d.testFraction(), d.testSet() != null);
      return pool == null ? "all training rows" : "all " + Texts.count(pool) + " training rows";
    }, session.designProperty(), session.factsProperty());
  }

  private @Nullable String sizesProblem(Object value, StudyDesign next, DataFacts facts) {
    return DesignProblems.sizes(next.sizes(), facts);
  }

  private void remember(StudyDesign d) {
    if (!d.sizes().isEmpty()) {
      SizeSchedule.infer(d.sizes()).ifPresent(s -> lastSpec = s);
    }
  }

  /** The generator of the design's sizes; the last generator used for a custom list. */
  SizeSchedule spec(StudyDesign d) {
    if (d.sizes().isEmpty()) {
      return SizeSchedule.DEFAULT;
    }
    return SizeSchedule.infer(d.sizes()).orElse(lastSpec);
  }

  private StudyDesign withSpec(StudyDesign d, SizeSchedule spec) {
    return d.withSizes(spec.equals(SizeSchedule.DEFAULT) ? List.of()
        : spec.generate(session.facts().simulationRows()));
  }

  /** The sizes the study will use: the design's list, or the automatic one resolved. */
  private List<Integer> shownSizes(StudyDesign d) {
    List<Integer> resolved = CellCount.resolvedSizes(d, session.facts());
    return resolved == null ? List.of() : resolved;
  }

  private String describe() {
    StudyDesign d = session.design();
    List<Integer> shown = shownSizes(d);
    if (d.sizes().isEmpty()) {
      return shown.isEmpty()
          ? "Automatic: 10 log-spaced sizes from 100 to all usable simulation rows, resolved"
              + " when the data are imported."
          : "Automatic: " + Texts.plural(shown.size(), "size", "sizes")
              + " log-spaced up to all usable simulation rows; it follows the data. Edit any"
              + " value to fix the list.";
    }
    if (SizeSchedule.infer(d.sizes()).isPresent()) {
      SizeSchedule s = spec(d);
      return "Generated: " + Texts.plural(d.sizes().size(), "size", "sizes") + ", "
          + (s.logSpacing() ? "log" : "linearly") + " spaced from " + Texts.count(s.min())
          + " to " + Texts.count(d.sizes().get(d.sizes().size() - 1)) + ".";
    }
    return "Custom list of " + Texts.plural(d.sizes().size(), "size", "sizes")
        + ". Change the generator to replace it, or clear the list for the automatic schedule.";
  }

  public DesignField<Integer> min() {
    return min;
  }

  public DesignField<@Nullable Integer> max() {
    return max;
  }

  public DesignField<Integer> count() {
    return count;
  }

  public DesignChoice<Boolean> logSpacing() {
    return logSpacing;
  }

  /** The n values as an editable list. */
  public DesignField<List<Integer>> sizes() {
    return sizes;
  }

  public DesignField<List<Integer>> experimentalSizes() {
    return experimentalSizes;
  }

  /** The sizes to draw on the preview axis. */
  public ObjectBinding<List<Integer>> previewProperty() {
    return preview;
  }

  /** Where the sizes come from: automatic, generated or a custom list. */
  public StringBinding sizesNoteProperty() {
    return sizesNote;
  }

  /** "all 106,113 rows": the maximum field's hint when it is empty. */
  public StringBinding maxPromptProperty() {
    return maxPrompt;
  }

  /** "all 3,683 training rows": the m field's hint when it is empty. */
  public StringBinding experimentalPromptProperty() {
    return experimentalPrompt;
  }
}
