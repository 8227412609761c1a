package saferstats.draw;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import saferstats.analysis.OutcomeFigures;
import saferstats.analysis.PriorityTrend;

/**
 * The charts of one priority, drawn by JFreeChart from the analysis records the JSON is written
 * from. Each chart is built afresh for the SVG and for the PNG, since its hover titles go to the
 * target being drawn.
 */
public final class PriorityCharts {
  public static final int TREND_WIDTH = 720;
  public static final int TREND_HEIGHT = 300;

  private PriorityCharts() {}

  /**
   * The 36-month chart: counts, XmR centre and limits, signalled months marked, the year before
   * overlaid; null when the priority has no months.
   */
  public static Drawing trend(String name, PriorityTrend priority) {
    if (priority.monthly().isEmpty()) {
      return null;
    }
    return Drawings.draw(
        name,
        TREND_WIDTH,
        TREND_HEIGHT,
        (g, titles) -> draw(TrendChart.of(priority, titles), g, TREND_WIDTH, TREND_HEIGHT));
  }

  /**
   * A small monthly sparkline for the summary table: no axes, the last month marked; null when the
   * priority has no months.
   */
  public static Drawing sparkline(String name, PriorityTrend priority) {
    if (priority.monthly().isEmpty()) {
      return null;
    }
    return Drawings.draw(
        name,
        Sparkline.WIDTH,
        Sparkline.HEIGHT,
        (g, titles) ->
            draw(Sparkline.of(priority.monthly(), titles), g, Sparkline.WIDTH, Sparkline.HEIGHT));
  }

  /**
   * Outcome shares of the current 12 months as one bar per outcome group; null when there are none.
   */
  public static Drawing outcomes(String name, OutcomeFigures outcomes) {
    if (OutcomeChart.shares(outcomes).isEmpty()) {
      return null;
    }
    int height = OutcomeChart.height(outcomes);
    return Drawings.draw(
        name,
        OutcomeChart.WIDTH,
        height,
        (g, titles) -> draw(OutcomeChart.of(outcomes, titles), g, OutcomeChart.WIDTH, height));
  }

  /** The funnel plot of one priority among the area's peers; null when no peer had a rate of it. */
  public static Drawing funnel(
      String name, saferstats.analysis.BenchmarkReport.Priority priority, String area) {
    if (!FunnelChart.drawable(priority)) {
      return null;
    }
    return Drawings.draw(
        name,
        FunnelChart.WIDTH,
        FunnelChart.HEIGHT,
        (g, titles) -> FunnelChart.draw(FunnelChart.of(priority, area), g));
  }

  private static void draw(JFreeChart chart, java.awt.Graphics2D g, int width, int height) {
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
  }
}
