package saferstats.draw;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.function.IntFunction;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * A line-and-marker renderer whose one titled series has each marker, and its whole line, drawn
 * inside {@link Drawings.Titles}: hovering a point in the SVG names its month and count. Lines are
 * drawn as one path per series, so a month with no data (NaN) starts a new stretch of the path
 * instead of being joined across or drawn as zero.
 */
final class TitledLineRenderer extends XYLineAndShapeRenderer {
  private static final long serialVersionUID = 1L;

  /** What hovering one drawn item shows. */
  record ItemTitle(String key, String title) {}

  private final transient Drawings.Titles titles;
  private final int titledSeries;
  private final transient IntFunction<ItemTitle> pointTitle;
  private final ItemTitle lineTitle;

  /**
   * @param pointTitle the title of the titled series' item, or null for an item with no data
   */
  TitledLineRenderer(
      Drawings.Titles titles,
      int titledSeries,
      IntFunction<ItemTitle> pointTitle,
      ItemTitle lineTitle) {
    super(true, true);
    this.titles = titles;
    this.titledSeries = titledSeries;
    this.pointTitle = pointTitle;
    this.lineTitle = lineTitle;
    setDrawSeriesLineAsPath(true);
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      XYItemRendererState state,
      Rectangle2D dataArea,
      PlotRenderingInfo info,
      XYPlot plot,
      ValueAxis domainAxis,
      ValueAxis rangeAxis,
      XYDataset dataset,
      int series,
      int item,
      CrosshairState crosshairState,
      int pass) {
    ItemTitle title =
        series == titledSeries && isItemPass(pass) && !Double.isNaN(dataset.getYValue(series, item))
            ? pointTitle.apply(item)
            : null;
    Runnable draw =
        () ->
            super.drawItem(
                g2,
                state,
                dataArea,
                info,
                plot,
                domainAxis,
                rangeAxis,
                dataset,
                series,
                item,
                crosshairState,
                pass);
    if (title == null) {
      draw.run();
    } else {
      titles.titled(title.key(), title.title(), draw);
    }
  }

  @Override
  protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
    if (series == titledSeries && lineTitle != null) {
      titles.titled(
          lineTitle.key(),
          lineTitle.title(),
          () -> super.drawFirstPassShape(g2, pass, series, item, shape));
    } else {
      super.drawFirstPassShape(g2, pass, series, item, shape);
    }
  }
}
