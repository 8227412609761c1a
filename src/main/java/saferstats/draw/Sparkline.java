package saferstats.draw;

import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import saferstats.analysis.MonthCount;

/**
 * A word-sized monthly line: no axes or text, gaps where months have no data, a dot on the last
 * month when it has data. The count axis starts at zero, as on the full chart, so a small wobble
 * does not look like a large swing.
 */
final class Sparkline {
  static final String LINE_KEY = "sparkline";
  static final int WIDTH = 120;
  static final int HEIGHT = 28;

  private Sparkline() {}

  static JFreeChart of(List<MonthCount> months, Drawings.Titles titles) {
    XYSeries line = new XYSeries("months", false, true);
    double max = 0;
    for (MonthCount m : months) {
      line.add(m.month().index(), m.count());
      max = m.count() == null ? max : Math.max(max, m.count());
    }
    XYSeries last = new XYSeries("last", false, true);
    MonthCount latest = months.get(months.size() - 1);
    if (latest.count() != null) {
      last.add(latest.month().index(), latest.count());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(line);
    data.addSeries(last);
    TitledLineRenderer renderer =
        new TitledLineRenderer(
            titles,
            0,
            item -> null,
            new TitledLineRenderer.ItemTitle(LINE_KEY, hover(months, latest)));
    renderer.setSeriesPaint(0, ChartStyle.COUNT);
    renderer.setSeriesStroke(0, new java.awt.BasicStroke(1.2f));
    renderer.setSeriesShapesVisible(0, false);
    renderer.setSeriesLinesVisible(1, false);
    renderer.setSeriesPaint(1, ChartStyle.LIMIT);
    renderer.setSeriesShape(1, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    NumberAxis x = new NumberAxis();
    x.setRange(months.get(0).month().index() - 0.5, latest.month().index() + 0.5);
    x.setVisible(false);
    NumberAxis y = new NumberAxis();
    y.setRange(0, Math.max(1, max * 1.1));
    y.setVisible(false);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(3, 3, 3, 3));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    JFreeChart chart = ChartStyle.chart(null, plot, false);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    return chart;
  }

  private static String hover(List<MonthCount> months, MonthCount latest) {
    return "Crimes a month, "
        + months.get(0).month()
        + " to "
        + latest.month()
        + "; "
        + latest.month()
        + ": "
        + (latest.count() == null ? "no data" : ChartStyle.count(latest.count()) + " crimes");
  }
}
