package org.sim2real.ui.teach;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.sim2real.core.report.ChartLabelChecks;
import org.sim2real.core.report.ScalingChart;
import org.sim2real.core.scaling.curve.Format;
import org.sim2real.ui.common.chart.ChartPane;

/**
 * "Show the truth" off: a class asked to guess the law sees no true value anywhere, in the Teach
 * step (controls, table, data need, chart) nor in the presentation (heading, cards, sliders,
 * chart). With it on, the same search finds the truth, so the search itself can fail.
 */
class HiddenTruthTest extends TeachStepInAWindow {
  private static final java.util.regex.Pattern TRUE_VALUE =
      java.util.regex.Pattern.compile("(?i)truth:?\\s+[0-9]");

  /** Every text a viewer can see: labels, buttons and fields shown, and the chart's words. */
  private static List<String> visibleTexts(Node root, ChartPane chartPane) {
    List<String> texts = new ArrayList<>();
    collect(root, texts);
    ScalingChart chart = chartPane.chart();
    assertNotNull(chart, "no chart shown");
    if (chart.chart().getTitle() != null) {
      texts.add(chart.chart().getTitle().getText());
    }
    texts.add(chart.subtitleText());
    texts.addAll(chart.legendLabels());
    texts.addAll(chart.seriesNames());
    for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
      for (var markers : List.of(chart.plot().getRangeMarkers(layer) == null ? List.of()
          : chart.plot().getRangeMarkers(layer), chart.plot().getDomainMarkers(layer) == null
          ? List.of() : chart.plot().getDomainMarkers(layer))) {
        for (Object m : markers) {
          if (((Marker) m).getLabel() != null) {
            texts.add(((Marker) m).getLabel());
          }
        }
      }
    }
    texts.addAll(ChartLabelChecks.texts(ChartLabelChecks.drawAndCheck(chart,
        chartPane.viewer().getWidth(), chartPane.viewer().getHeight())));
    return texts;
  }

  private static void collect(Node node, List<String> texts) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Labeled labeled && labeled.getText() != null) {
      texts.add(labeled.getText());
    } else if (node instanceof TextInputControl field) {
      texts.add(field.getText());
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, texts);
      }
    }
  }

  /** The texts that give the truth away, found in {@code texts}. */
  private List<String> truthShown(List<String> texts) {
    TeachingSetup setup = view.model().setupProperty().get();
    double trueNeed = setup.trueRequiredN(view.model().targetProperty().get()).orElseThrow();
    List<String> giveaways = List.of(setup.lawText(), TeachFormat.size(trueNeed),
        Format.size(trueNeed), "Truth:", "true floor C");
    List<String> found = new ArrayList<>();
    for (String text : texts) {
      for (String giveaway : giveaways) {
        if (text.contains(giveaway)) {
          found.add(giveaway + " in \"" + text + "\"");
        }
      }
      // a value after the word ("truth 0.3" on a card), the column header, the legend's entry
      if (TRUE_VALUE.matcher(text).find() || text.equals("truth") || text.startsWith("truth (")) {
        found.add("\"" + text + "\"");
      }
    }
    return found;
  }

  private boolean shown(String id) {
    for (Node n = lookup(id).query(); n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theTeachStepShowsNoTrueValueWhileTheTruthIsHidden() {
    interact(() -> {
      view.model().runStudy();
      view.model().finishReveal();
    });
    finishBackgroundWork();
    List<String> withTruth = truthShown(visibleTexts(view, view.chartPane()));
    assertFalse(withTruth.isEmpty(), "with the truth shown the search finds it");

    clickOn("#showTruth");
    finishBackgroundWork();
    assertFalse(view.model().showTruthProperty().get());
    List<String> found = truthShown(visibleTexts(view, view.chartPane()));
    assertTrue(found.isEmpty(), "the truth shows while hidden: " + found);
    for (String slider : new String[] {"#paramD", "#paramAlpha", "#paramC"}) {
      assertFalse(shown(slider), slider + " shows the true value");
    }
    assertTrue(shown("#trueLawHidden"), "the left panel says why the true law is gone");
  }

  @Test
  void thePresentationShowsNoTrueValueWhileTheTruthIsHidden() {
    interact(() -> {
      view.model().runStudy();
      view.model().finishReveal();
      view.present();
    });
    finishBackgroundWork();
    PresentationWindow window = view.presentation();
    assertNotNull(window);
    Node root = window.stage().getScene().getRoot();
    List<String> withTruth = truthShown(visibleTexts(root, window.chartPane()));
    assertFalse(withTruth.isEmpty(), "with the truth shown the search finds it");

    interact(() -> view.model().showTruthProperty().set(false));
    finishBackgroundWork();
    List<String> found = truthShown(visibleTexts(root, window.chartPane()));
    assertTrue(found.isEmpty(), "the presentation shows the truth while hidden: " + found);
    for (Node slider : List.of(root.lookup("#presentAlpha"), root.lookup("#presentC"))) {
      assertFalse(slider.isVisible(), slider.getId() + " shows the true value");
    }
  }

  @Test
  void theGuidedTourShowsTheTruthItTalksAbout() {
    clickOn("#showTruth");
    assertFalse(view.model().showTruthProperty().get());
    clickOn("#startTour");
    finishBackgroundWork();
    assertTrue(view.model().showTruthProperty().get(),
        "the tour's first step points at the line marked truth");
    assertTrue(lookup("#tourText").queryAs(javafx.scene.control.Label.class).getText()
        .contains("marked truth"));
  }
}
