package saferstats.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import saferstats.model.Month;

/**
 * The one fixed look of every chart: DejaVu Sans, plain fills, UK number formats. JFreeChart's own
 * default theme is never used, so a chart does not depend on the JRE's fonts or a static theme.
 */
final class ChartStyle {
  static final Color INK = new Color(0x1f, 0x1f, 0x1f);
  static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
  static final Color COUNT = new Color(0x1f, 0x4e, 0x96);
  static final Color YEAR_BEFORE = new Color(0xa6, 0xb8, 0xd4);
  static final Color CENTRE = new Color(0x44, 0x44, 0x44);
  static final Color LIMIT = new Color(0xb2, 0x22, 0x22);
  static final Color MISSING = new Color(0xee, 0xee, 0xee);
  static final Color CAUTION = new Color(0x9a, 0x5b, 0x00);
  static final Color BAR = new Color(0x1f, 0x4e, 0x96);
  static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 220);

  static final Stroke LINE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke THIN = new BasicStroke(1f);
  static final Stroke DASHED =
      new BasicStroke(
          1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f);

  private static final String[] SHORT_MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private ChartStyle() {}

  static Font text(float size) {
    return Fonts.regular(size);
  }

  /** A chart in the house style: bold title, legend below without a frame, white everywhere. */
  static JFreeChart chart(String title, Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(title, Fonts.bold(13f), plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    if (chart.getTitle() != null) {
      chart.getTitle().setPaint(INK);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setNoDataMessageFont(text(11f));
    LegendTitle l = chart.getLegend();
    if (l != null) {
      l.setItemFont(text(10f));
      l.setItemPaint(INK);
      l.setFrame(BlockBorder.NONE);
      l.setBackgroundPaint(Color.WHITE);
      l.setPosition(RectangleEdge.BOTTOM);
    }
    return chart;
  }

  /**
   * Pads the chart's right side by half of {@code widest}, the widest tick label the domain axis
   * may print: JFreeChart centres a tick label on its tick and reserves no room for it past the
   * plot, so a tick at the axis's end ("Jul 2025", "450,000") was cut off by the drawing's edge.
   */
  static void roomForLastTick(JFreeChart chart, String widest) {
    double half =
        text(10f).getStringBounds(widest, new FontRenderContext(null, true, true)).getWidth() / 2;
    RectangleInsets p = chart.getPadding();
    chart.setPadding(
        new RectangleInsets(
            p.getTop(), p.getLeft(), p.getBottom(), Math.max(p.getRight(), Math.ceil(half) + 2)));
  }

  /** An axis's fonts and colours in the house style. */
  static <A extends ValueAxis> A styled(A axis) {
    axis.setLabelFont(text(11f));
    axis.setLabelPaint(INK);
    axis.setTickLabelFont(text(10f));
    axis.setTickLabelPaint(INK);
    axis.setAxisLinePaint(INK);
    axis.setTickMarkPaint(INK);
    return axis;
  }

  /** A count axis from zero, whole numbers only, grouped the UK way. */
  static NumberAxis countAxis(String label, double upper) {
    NumberAxis axis = styled(new NumberAxis(label));
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.UK));
    axis.setRange(0, upper);
    return axis;
  }

  /**
   * A month axis over month indexes ({@link Month#index()}), one tick a quarter (Jan, Apr, Jul,
   * Oct) labelled "Jan 2024".
   */
  static NumberAxis monthAxis(Month first, Month last) {
    NumberAxis axis = styled(new NumberAxis(null));
    axis.setRange(first.index() - 0.5, last.index() + 0.5);
    axis.setTickUnit(new NumberTickUnit(3, new MonthFormat()));
    axis.setMinorTickCount(3);
    axis.setMinorTickMarksVisible(true);
    return axis;
  }

  static String shortName(Month m) {
    return SHORT_MONTHS[m.month() - 1] + " " + m.year();
  }

  /** Whole numbers grouped the UK way: 1,234. */
  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.UK).format(n);
  }

  /** One decimal place, UK style: 1,234.5. */
  static String oneDecimal(double x) {
    return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(x);
  }

  /** Formats an axis value that is a month index as "Jan 2024". */
  private static final class MonthFormat extends NumberFormat {
    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      return to.append(shortName(Month.ofIndex((int) Math.round(number))));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      throw new UnsupportedOperationException("an axis label is never read back");
    }
  }
}
