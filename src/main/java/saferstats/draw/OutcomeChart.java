package saferstats.draw;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import saferstats.analysis.OutcomeFigures;

/** Outcome shares as horizontal bars, one per outcome group, each labelled with its share. */
final class OutcomeChart {
  static final int WIDTH = 720;
  private static final int BAR_HEIGHT = 26;
  private static final int FRAME_HEIGHT = 90;

  private OutcomeChart() {}

  /** The groups that have a share to draw. */
  static List<OutcomeFigures.Share> shares(OutcomeFigures o) {
    return o == null ? List.of() : o.shares().stream().filter(s -> s.pct() != null).toList();
  }

  static int height(OutcomeFigures o) {
    return FRAME_HEIGHT + BAR_HEIGHT * shares(o).size();
  }

  static JFreeChart of(OutcomeFigures o, Drawings.Titles titles) {
    List<OutcomeFigures.Share> shares = shares(o);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double max = 0;
    for (OutcomeFigures.Share s : shares) {
      data.addValue(s.pct(), "share", s.label());
      max = Math.max(max, s.pct());
    }
    DecimalFormat percent =
        new DecimalFormat("0.0'%'", DecimalFormatSymbols.getInstance(Locale.UK));
    TitledBarRenderer renderer =
        new TitledBarRenderer(
            titles,
            column -> {
              OutcomeFigures.Share s = shares.get(column);
              return new TitledLineRenderer.ItemTitle(
                  s.group(),
                  s.label()
                      + ": "
                      + ChartStyle.count(s.count())
                      + " of "
                      + ChartStyle.count(o.withOutcome())
                      + " crimes with an outcome ("
                      + percent.format(s.pct())
                      + ")");
            });
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setSeriesPaint(0, ChartStyle.BAR);
    renderer.setMaximumBarWidth(0.7);
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", percent));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartStyle.text(10f));
    renderer.setDefaultItemLabelPaint(ChartStyle.INK);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(4);
    CategoryAxis groups = new CategoryAxis(null);
    groups.setTickLabelFont(ChartStyle.text(10f));
    groups.setTickLabelPaint(ChartStyle.INK);
    groups.setAxisLinePaint(ChartStyle.INK);
    groups.setMaximumCategoryLabelWidthRatio(0.4f);
    NumberAxis axis = ChartStyle.styled(new NumberAxis("% of crimes with an outcome"));
    axis.setRange(0, Math.min(100, Math.max(10, Math.ceil(max * 1.2 / 10) * 10)));
    axis.setNumberFormatOverride(
        new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.UK)));
    CategoryPlot plot = new CategoryPlot(data, groups, axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    JFreeChart chart = ChartStyle.chart("Outcomes of the last 12 months' crimes", plot, false);
    TextTitle subtitle =
        new TextTitle(
            ChartStyle.count(o.withOutcome())
                + " of "
                + ChartStyle.count(o.crimes())
                + " crimes have an outcome; latest outcome of each crime",
            ChartStyle.text(10f));
    subtitle.setPaint(ChartStyle.INK);
    chart.addSubtitle(subtitle);
    return chart;
  }
}
