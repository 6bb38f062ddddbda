/**
 * The scaling chart widget every chart screen uses: {@link org.sim2real.ui.common.chart.ChartPane}
 * with its mouse interactions (zoom, pan, dragging the fit window), context menu, crosshair and
 * the rule that fits the legend to the space it has. Shared by the Scaling, Run and Teach screens.
 */
@NullMarked
package org.sim2real.ui.common.chart;

import org.jspecify.annotations.NullMarked;
