package org.sim2real.ui.teach;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Collection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.CompositeTitle;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.sim2real.core.report.LabelledXYPlot;

/**
 * Enlarges a built chart for a projector: every font (axes, ticks, legend, subtitles, marker
 * labels) and the width of every line, by one factor. The chart factory's looks stay as they are;
 * this only scales them. AWT only.
 */
final class ChartFonts {
  private ChartFonts() {}

  static void scale(JFreeChart chart, double factor) {
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(scaled(chart.getTitle().getFont(), factor));
    }
    for (Object t : chart.getSubtitles()) {
      scaleTitle((Title) t, factor);
    }
    XYPlot plot = chart.getXYPlot();
    for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
      axis.setLabelFont(scaled(axis.getLabelFont(), factor));
      axis.setTickLabelFont(scaled(axis.getTickLabelFont(), factor));
    }
    if (plot instanceof LabelledXYPlot labelled) {
      labelled.scaleCurveLabelFonts(factor);
    }
    for (Layer layer : new Layer[] {Layer.BACKGROUND, Layer.FOREGROUND}) {
      scaleMarkers(plot.getDomainMarkers(layer), factor);
      scaleMarkers(plot.getRangeMarkers(layer), factor);
    }
    for (int i = 0; i < plot.getRendererCount(); i++) {
      XYItemRenderer renderer = plot.getRenderer(i);
      int series = plot.getDataset(i) == null ? 0 : plot.getDataset(i).getSeriesCount();
      for (int s = 0; renderer != null && s < series; s++) {
        Stroke stroke = renderer.getSeriesStroke(s);
        if (stroke instanceof BasicStroke basic) {
          renderer.setSeriesStroke(s, widened(basic, factor), false);
        }
      }
    }
    LegendItemCollection items = plot.getFixedLegendItems();
    if (items != null) {
      LegendItemCollection widened = new LegendItemCollection();
      for (int i = 0; i < items.getItemCount(); i++) {
        LegendItem item = items.get(i);
        if (item.getLineStroke() instanceof BasicStroke basic && item.isLineVisible()) {
          item.setLineStroke(widened(basic, factor));
        }
        widened.add(item);
      }
      plot.setFixedLegendItems(widened);
    }
    chart.fireChartChanged();
  }

  private static void scaleTitle(Title title, double factor) {
    if (title instanceof TextTitle text) {
      text.setFont(scaled(text.getFont(), factor));
    } else if (title instanceof LegendTitle legend) {
      legend.setItemFont(scaled(legend.getItemFont(), factor));
    } else if (title instanceof CompositeTitle composite) {
      for (Object block : composite.getContainer().getBlocks()) {
        if (block instanceof Title inner) {
          scaleTitle(inner, factor);
        }
      }
    }
  }

  private static void scaleMarkers(Collection<?> markers, double factor) {
    if (markers == null) {
      return;
    }
    for (Object m : markers) {
      Marker marker = (Marker) m;
      marker.setLabelFont(scaled(marker.getLabelFont(), factor));
      if (marker.getStroke() instanceof BasicStroke basic) {
        marker.setStroke(widened(basic, factor));
      }
    }
  }

  static Font scaled(Font font, double factor) {
    return font.deriveFont((float) (font.getSize2D() * factor));
  }

  /** Lines grow less than text (by the square root): thick lines hide the points. */
  private static BasicStroke widened(BasicStroke s, double factor) {
    float f = (float) Math.sqrt(factor);
    float[] dash = s.getDashArray();
    if (dash != null) {
      dash = dash.clone();
      for (int i = 0; i < dash.length; i++) {
        dash[i] *= f;
      }
    }
    return new BasicStroke(s.getLineWidth() * f, s.getEndCap(), s.getLineJoin(),
        s.getMiterLimit(), dash, s.getDashPhase() * f);
  }
}
