package org.sim2real.ui.study;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.sim2real.core.io.UserFacingException;
import org.sim2real.core.study.AdaptiveSettings;
import org.sim2real.ui.common.Texts;
import org.sim2real.ui.common.study.DesignSession;

/**
 * The Study step's question of an adaptive study: what to ask (n* for a target error, the error
 * at a given n, the floor C, which simulation source to grow at a budget, or nothing: the whole
 * grid), the precision wanted and a budget of
 * cells or CPU-minutes. Applied to the design's {@code adaptive} part as one undoable step; a value that does not
 * make a question is refused with a sentence and the design stays. FX thread only.
 */
public final class AdaptiveQuestionModel {
  /** What the study asks. */
  public enum Choice {
    GRID("Nothing: run the whole grid"),
    NSTAR("Simulation rows n* for a target error"),
    ERROR_AT("The error at a given n"),
    FLOOR("The floor C"),
    RANKING("Which source to grow (at a budget)");

    private final String label;

    Choice(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final DesignSession session;
  private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice",
      Choice.GRID);
  private final StringProperty value = new SimpleStringProperty(this, "value", "");
  private final StringProperty precision = new SimpleStringProperty(this, "precision", "");
  private final StringProperty budgetCells = new SimpleStringProperty(this, "budgetCells", "");
  private final StringProperty budgetMinutes = new SimpleStringProperty(this, "budgetMinutes",
      "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private boolean loading;

  public AdaptiveQuestionModel(DesignSession session) {
    this.session = session;
    load(session.design().adaptive());
    session.designProperty().addListener((obs, old, d) -> load(d.adaptive()));
  }

  public ObjectProperty<Choice> choiceProperty() {
    return choice;
  }

  /**
   * The target error (n*), the size n (error at n) or the budget in the unit of the sources' costs
   * per row (which source to grow); unused for the floor.
   */
  public StringProperty valueProperty() {
    return value;
  }

  public StringProperty precisionProperty() {
    return precision;
  }

  public StringProperty budgetCellsProperty() {
    return budgetCells;
  }

  /** The most CPU-minutes the study's cells may take (empty: no limit but the grid). */
  public StringProperty budgetMinutesProperty() {
    return budgetMinutes;
  }

  /** Why the typed question cannot be asked (empty when it is applied). */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /** The caption of the value field for the chosen question. */
  public StringBinding valueCaption() {
    return Bindings.createStringBinding(() -> switch (choice.get()) {
      case NSTAR -> "Target error";
      case ERROR_AT -> "At n =";
      case RANKING -> "At a budget of";
      case GRID, FLOOR -> "";
    }, choice);
  }

  /** What the precision means for the chosen question, in words. */
  public StringBinding precisionHint() {
    return Bindings.createStringBinding(() -> switch (choice.get()) {
      case NSTAR -> "a factor, e.g. 1.3: stop when n*'s 90% interval has both ends within"
          + " x1.3 of its middle";
      case ERROR_AT -> "a half-width in the error's unit (0.01) or a share (5%) of the error";
      case FLOOR -> "a half-width of C's 90% interval, in the error's unit, e.g. 0.02";
      case RANKING -> "decided, or the two leaders within ±P: 0.01, or 2% of the leader's error";
      case GRID -> "";
    }, choice);
  }

  /** Applies the fields to the design (one undoable step), or says why they cannot be. */
  public void apply() {
    if (loading) {
      return;
    }
    AdaptiveSettings settings;
    try {
      settings = settings();
    } catch (UserFacingException | NumberFormatException e) {
      problem.set(plain(e));
      return;
    }
    problem.set("");
    session.edit(settings == null ? "Run the whole grid" : "Ask " + settings.describeQuestion(),
        this, session.design().withAdaptive(settings));
    session.endEditing();
  }

  private @Nullable AdaptiveSettings settings() {
    Choice c = choice.get();
    if (c == Choice.GRID) {
      return null;
    }
    String p = precision.get().strip();
    if (p.isEmpty()) {
      throw new UserFacingException("Give the precision you want: " + precisionHint().get() + ".");
    }
    boolean relative = p.endsWith("%");
    double wanted = number(relative ? p.substring(0, p.length() - 1) : p, "precision")
        / (relative ? 100 : 1);
    if (relative && c != Choice.ERROR_AT && c != Choice.RANKING) {
      throw new UserFacingException("Only the error at n and the ranking of the sources take a"
          + " precision in percent.");
    }
    AdaptiveSettings settings = switch (c) {
      case NSTAR -> AdaptiveSettings.requiredN(number(value.get(), "target error"), wanted);
      case ERROR_AT -> AdaptiveSettings.errorAt(number(value.get(), "n"), wanted, relative);
      case FLOOR -> AdaptiveSettings.floor(wanted);
      case RANKING -> AdaptiveSettings.ranking(number(value.get(), "budget"), wanted, relative);
      case GRID -> throw new IllegalStateException();
    };
    String b = budgetCells.get().strip().replace(",", "");
    Integer cells = b.isEmpty() ? null : (int) number(b, "budget of cells");
    String minutes = budgetMinutes.get().strip();
    return settings.withBudget(cells, minutes.isEmpty() ? null : number(minutes,
        "budget of CPU-minutes"));
  }

  private static double number(String text, String what) {
    String t = text.strip().replace(",", "");
    if (t.isEmpty()) {
      throw new UserFacingException("Give the " + what + ".");
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new UserFacingException("The " + what + " must be a number, not '" + text.strip()
          + "'.");
    }
  }

  /** "adaptive.precision: give a half-width above 0, got -1.0" as a sentence. */
  private static String plain(Exception e) {
    String m = String.valueOf(e.getMessage()).replaceFirst("^adaptive\\.[A-Za-z]+: ", "");
    return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1)
        + (m.endsWith(".") ? "" : ".");
  }

  private void load(@Nullable AdaptiveSettings s) {
    loading = true;
    try {
      if (s == null) {
        choice.set(Choice.GRID);
        return;
      }
      choice.set(switch (s.question()) {
        case NSTAR -> Choice.NSTAR;
        case ERROR_AT -> Choice.ERROR_AT;
        case FLOOR -> Choice.FLOOR;
        case RANKING -> Choice.RANKING;
      });
      value.set(s.value() == null ? "" : Texts.plain(s.value()));
      precision.set(s.relative()
          ? String.format(Locale.ROOT, "%s%%", Texts.plain(100 * s.precision()))
          : Texts.plain(s.precision()));
      budgetCells.set(s.budgetCells() == null ? "" : String.valueOf(s.budgetCells()));
      budgetMinutes.set(s.budgetCpuMinutes() == null ? "" : Texts.plain(s.budgetCpuMinutes()));
      problem.set("");
    } finally {
      loading = false;
    }
  }
}
