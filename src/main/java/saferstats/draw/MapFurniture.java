package saferstats.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** What every map carries besides its shapes: legend rows, a scale bar and a north arrow. */
final class MapFurniture {
  static final Color TEXT = new Color(0x33, 0x33, 0x33);
  static final Color NEATLINE = new Color(0x99, 0x99, 0x99);

  /** Room the north arrow and its "N" take at the right of the frame's foot band. */
  private static final double ARROW_WIDTH = 30;

  private static final int SWATCH = 14;
  private static final int ROW = 20;
  private static final int WIDTH = 165;

  /** Radius of a numbered marker on the map and in the legend. */
  static final double MARKER = 7;

  private final Graphics2D g;
  private final double x;
  private double y;

  /** A legend whose first row is drawn at ({@code x}, {@code y}), each further row below. */
  MapFurniture(Graphics2D g, double x, double y) {
    this.g = g;
    this.x = x;
    this.y = y;
  }

  /** Bold text, wrapped to the legend's width. */
  void heading(String text) {
    lines(text, Fonts.bold(12f), 16, 0);
    y += 4;
  }

  /** Small text of explanation (how classes were cut, a note), wrapped to the legend's width. */
  void remark(String text) {
    lines(text, Fonts.regular(10f), 13, 0);
  }

  /** The map's marker numbered {@code n}, and its text wrapped beside it. */
  void numbered(int n, String text) {
    marker(g, x + SWATCH / 2.0, y + SWATCH / 2.0, n);
    double top = y;
    lines(text, Fonts.regular(11f), 14, SWATCH + 8);
    y = Math.max(y, top + ROW);
  }

  /** A white disc of radius {@link #MARKER} outlined dark, {@code n} in it, centred on (cx, cy). */
  static void marker(Graphics2D g, double cx, double cy, int n) {
    java.awt.geom.Ellipse2D disc =
        new java.awt.geom.Ellipse2D.Double(cx - MARKER, cy - MARKER, 2 * MARKER, 2 * MARKER);
    g.setColor(Color.WHITE);
    g.fill(disc);
    g.setColor(TEXT);
    g.setStroke(new BasicStroke(1.2f));
    g.draw(disc);
    g.setStroke(new BasicStroke(1f));
    g.setFont(Fonts.bold(10f));
    String label = Integer.toString(n);
    int width = g.getFontMetrics().stringWidth(label);
    g.drawString(label, (float) (cx - width / 2.0), (float) (cy + 3.5));
  }

  private void lines(String text, java.awt.Font font, int height, double indent) {
    g.setColor(TEXT);
    g.setFont(font);
    java.awt.FontMetrics metrics = g.getFontMetrics(font);
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && metrics.stringWidth(longer) > WIDTH - indent) {
        g.drawString(line.toString(), (float) (x + indent), (float) (y + height - 3));
        y += height;
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(longer);
      }
    }
    g.drawString(line.toString(), (float) (x + indent), (float) (y + height - 3));
    y += height;
  }

  /** A swatch filled with {@code fill} (none when null) and outlined with {@code outline}. */
  void row(Color fill, Color outline, Stroke stroke, String label) {
    Rectangle2D box = new Rectangle2D.Double(x, y, SWATCH, SWATCH);
    if (fill != null) {
      g.setColor(fill);
      g.fill(box);
    }
    g.setColor(outline);
    g.setStroke(stroke);
    g.draw(box);
    g.setStroke(new BasicStroke(1f));
    g.setColor(TEXT);
    g.setFont(Fonts.regular(11f));
    g.drawString(label, (float) (x + SWATCH + 8), (float) (y + 11));
    y += ROW;
  }

  void gap() {
    y += ROW / 2.0;
  }

  double y() {
    return y;
  }

  /**
   * The frame round the map, and inside its foot band the scale bar (bottom left) and the north
   * arrow (bottom right), so both sit inside the frame and off the map's shapes.
   */
  static void frame(Graphics2D g, MapFrame frame) {
    Rectangle2D line = frame.neatline();
    g.setColor(NEATLINE);
    g.setStroke(new BasicStroke(0.8f));
    g.draw(line);
    g.setStroke(new BasicStroke(1f));
    double baseline = line.getMaxY() - MapFrame.BAND / 2 + 3;
    scaleBar(
        g,
        frame.pixelsPerMetre(),
        line.getX() + MapFrame.PAD,
        baseline,
        line.getWidth() - 2 * MapFrame.PAD - ARROW_WIDTH);
    northArrow(g, line.getMaxX() - MapFrame.PAD - 7, line.getMaxY() - MapFrame.BAND / 2 - 9);
  }

  /**
   * A bar of a round length (1, 2 or 5 × a power of ten metres) about a quarter of {@code
   * maxPixels} long, labelled in m or km, its left end at ({@code left}, {@code baseline}).
   */
  static void scaleBar(
      Graphics2D g, double pixelsPerMetre, double left, double baseline, double maxPixels) {
    double metres = roundLength(maxPixels / 4 / pixelsPerMetre);
    double length = metres * pixelsPerMetre;
    g.setColor(TEXT);
    g.setStroke(new BasicStroke(1.5f));
    g.draw(new Line2D.Double(left, baseline, left + length, baseline));
    g.draw(new Line2D.Double(left, baseline - 4, left, baseline + 1));
    g.draw(new Line2D.Double(left + length, baseline - 4, left + length, baseline + 1));
    g.setStroke(new BasicStroke(1f));
    g.setFont(Fonts.regular(10f));
    String label = metres >= 1000 ? trim(metres / 1000) + " km" : trim(metres) + " m";
    g.drawString(label, (float) (left + length + 6), (float) (baseline + 3));
  }

  /** The largest 1, 2 or 5 × 10^k not over {@code metres} (at least 1 m). */
  static double roundLength(double metres) {
    double power = Math.pow(10, Math.floor(Math.log10(Math.max(metres, 1))));
    for (double step : new double[] {5, 2, 1}) {
      if (step * power <= metres) {
        return step * power;
      }
    }
    return power;
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /** An arrow 18 px tall pointing up, "N" to its left, the arrow centred on {@code cx}. */
  static void northArrow(Graphics2D g, double cx, double top) {
    Path2D arrow = new Path2D.Double();
    arrow.moveTo(cx, top);
    arrow.lineTo(cx + 6, top + 18);
    arrow.lineTo(cx, top + 13);
    arrow.lineTo(cx - 6, top + 18);
    arrow.closePath();
    g.setColor(TEXT);
    g.fill(arrow);
    g.setFont(Fonts.bold(11f));
    g.drawString("N", (float) (cx - 17), (float) (top + 15));
  }
}
