package saferstats.draw;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.IntFunction;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/** A flat bar renderer that draws each bar inside {@link Drawings.Titles}, so hovering names it. */
final class TitledBarRenderer extends BarRenderer {
  private static final long serialVersionUID = 1L;

  private final transient Drawings.Titles titles;
  private final transient IntFunction<TitledLineRenderer.ItemTitle> barTitle;

  TitledBarRenderer(Drawings.Titles titles, IntFunction<TitledLineRenderer.ItemTitle> barTitle) {
    this.titles = titles;
    this.barTitle = barTitle;
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      CategoryItemRendererState state,
      Rectangle2D dataArea,
      CategoryPlot plot,
      CategoryAxis domainAxis,
      ValueAxis rangeAxis,
      CategoryDataset dataset,
      int row,
      int column,
      int pass) {
    TitledLineRenderer.ItemTitle title = barTitle.apply(column);
    titles.titled(
        title.key(),
        title.title(),
        () ->
            super.drawItem(
                g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass));
  }
}
