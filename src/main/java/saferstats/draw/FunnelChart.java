package saferstats.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import saferstats.analysis.Benchmark;
import saferstats.analysis.BenchmarkReport;
import saferstats.stats.FunnelPlot;

/**
 * A funnel plot (SPEC 4.7): each peer's rate per 1,000 against its residents, the pooled rate and
 * the 95 % and 99.8 % limits of the model the benchmark used, the area marked and named.
 */
final class FunnelChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 360;
  private static final int STEPS = 80;
  private static final Color AREA = new Color(0xd9, 0x5f, 0x02);
  private static final double HOME_RADIUS = 5;

  /** The legend of the hollow dots: peers whose residents are not the population at risk. */
  static final String RESIDENT_LEGEND =
      "residents are not the population at risk: compare on change";

  private FunnelChart() {}

  /** Whether the priority has a funnel to draw. */
  static boolean drawable(BenchmarkReport.Priority p) {
    return p.pooledRatePer1000() != null
        && p.places().stream().anyMatch(x -> x.ratePer1000() != null);
  }

  static JFreeChart of(BenchmarkReport.Priority p, String area) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYSeries peers = new XYSeries("peers", false);
    XYSeries home = new XYSeries(area, false);
    // Westminster's or the City's rate per resident is not a rate per person at risk: a plain dot
    // would read as a borough with few crimes for its size, so it is drawn hollow and named
    XYSeries resident = new XYSeries(RESIDENT_LEGEND, false);
    double lowest = Double.MAX_VALUE;
    double highest = 0;
    for (BenchmarkReport.Place x : p.places()) {
      if (x.ratePer1000() == null) {
        continue;
      }
      XYSeries into =
          x.name().equals(area)
              ? home
              : x.flagged(Benchmark.RESIDENT_DENOMINATOR) ? resident : peers;
      into.add(x.population().doubleValue(), x.ratePer1000());
      lowest = Math.min(lowest, x.population());
      highest = Math.max(highest, x.population());
    }
    XYSeries pooled = new XYSeries("pooled rate", false);
    XYSeries high95 = new XYSeries("95 % limits", false);
    XYSeries low95 = new XYSeries("95 % limits (lower)", false);
    XYSeries high998 = new XYSeries("99.8 % limits", false);
    XYSeries low998 = new XYSeries("99.8 % limits (lower)", false);
    double from = lowest * 0.8;
    double to = highest * 1.1;
    for (int i = 0; i <= STEPS; i++) {
      double n = from + (to - from) * i / STEPS;
      FunnelPlot.Limits l = FunnelPlot.limits(p.pooledRatePer1000(), p.tau2(), 1000, n);
      pooled.add(n, p.pooledRatePer1000());
      high95.add(n, l.high95());
      low95.add(n, Math.max(0, l.low95()));
      high998.add(n, l.high998());
      low998.add(n, Math.max(0, l.low998()));
    }
    XYSeries[] all = {peers, home, pooled, high95, low95, high998, low998, resident};
    for (XYSeries s : all) {
      data.addSeries(s);
    }
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
    Ellipse2D dot = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    points(r, 0, ChartStyle.COUNT, dot);
    points(r, 1, AREA, new Ellipse2D.Double(-HOME_RADIUS, -HOME_RADIUS, 10, 10));
    line(r, 2, ChartStyle.CENTRE, ChartStyle.THIN, true);
    line(r, 3, ChartStyle.LIMIT, ChartStyle.DASHED, true);
    line(r, 4, ChartStyle.LIMIT, ChartStyle.DASHED, false);
    BasicStroke solid = new BasicStroke(1.2f);
    line(r, 5, ChartStyle.LIMIT, solid, true);
    line(r, 6, ChartStyle.LIMIT, solid, false);
    points(r, 7, ChartStyle.COUNT, new Ellipse2D.Double(-4, -4, 8, 8));
    r.setSeriesShapesFilled(7, false);
    r.setSeriesVisibleInLegend(7, !resident.isEmpty());
    NumberAxis x = ChartStyle.styled(new NumberAxis("residents"));
    x.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.UK));
    x.setAutoRangeIncludesZero(false);
    // the title names the priority: a long name in the axis label ran past the plot's height
    NumberAxis y = ChartStyle.styled(new NumberAxis("crimes per 1,000 residents"));
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, x, y, r);
    plot.setDomainGridlinePaint(ChartStyle.GRID);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    if (!home.isEmpty()) {
      plot.addAnnotation(nameOf(area, home.getX(0).doubleValue(), home.getY(0).doubleValue()));
    }
    String title =
        p.name()
            + ": funnel plot, "
            + (p.method().startsWith("random") ? "random-effects" : "Poisson")
            + " limits";
    JFreeChart chart = ChartStyle.chart(title, plot, true);
    // the widest label the residents' axis can print is at most as wide as its upper end
    ChartStyle.roomForLastTick(chart, NumberFormat.getIntegerInstance(Locale.UK).format(to));
    return chart;
  }

  /**
   * The area's name beside its dot, up and to the right, joined to the dot by a short line that
   * starts outside it: a name drawn at the dot's centre covered the dot.
   */
  private static XYPointerAnnotation nameOf(String area, double x, double y) {
    XYPointerAnnotation label = new XYPointerAnnotation(area, x, y, -Math.PI / 4);
    label.setTipRadius(HOME_RADIUS + 2);
    label.setBaseRadius(HOME_RADIUS + 16);
    label.setArrowLength(0);
    label.setArrowWidth(0);
    label.setArrowPaint(AREA);
    label.setFont(ChartStyle.text(10f));
    label.setPaint(AREA);
    label.setLabelOffset(2);
    label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
    return label;
  }

  private static void points(XYLineAndShapeRenderer r, int series, Color c, java.awt.Shape shape) {
    r.setSeriesLinesVisible(series, false);
    r.setSeriesShapesVisible(series, true);
    r.setSeriesShape(series, shape);
    r.setSeriesPaint(series, c);
  }

  private static void line(
      XYLineAndShapeRenderer r, int series, Color c, java.awt.Stroke stroke, boolean legend) {
    r.setSeriesLinesVisible(series, true);
    r.setSeriesShapesVisible(series, false);
    r.setSeriesPaint(series, c);
    r.setSeriesStroke(series, stroke);
    r.setSeriesVisibleInLegend(series, legend);
  }

  static void draw(JFreeChart chart, java.awt.Graphics2D g) {
    chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
  }
}
