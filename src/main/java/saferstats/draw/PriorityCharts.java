package saferstats.draw;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import saferstats.analysis.MonthCount;
import saferstats.analysis.OutcomeFigures;
import saferstats.analysis.PriorityTrend;

/**
 * The charts of one priority, drawn by JFreeChart from the analysis records the JSON is written
 * from.
 *
 * <p>STUB: minimal placeholders with the final signatures; the charts issue replaces each body.
 */
public final class PriorityCharts {
  private PriorityCharts() {}

  /**
   * The 36-month chart: counts, XmR centre and limits, signalled months marked, the year before
   * overlaid.
   */
  public static Drawing trend(String name, PriorityTrend priority) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (MonthCount m : priority.monthly()) {
      data.addValue(m.count(), "count", m.month().toString());
    }
    JFreeChart chart = ChartFactory.createLineChart(priority.label(), null, "crimes", data);
    return Drawings.draw(
        name, 720, 300, (g, titles) -> chart.draw(g, new Rectangle2D.Double(0, 0, 720, 300)));
  }

  /** A small monthly sparkline for the summary table: no axes, the last month marked. */
  public static Drawing sparkline(String name, PriorityTrend priority) {
    return trend(name, priority);
  }

  /**
   * Outcome shares of the current 12 months as one bar per outcome group; null when there are none.
   */
  public static Drawing outcomes(String name, OutcomeFigures outcomes) {
    return null;
  }
}
