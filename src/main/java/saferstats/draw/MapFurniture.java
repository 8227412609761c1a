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
  private static final int SWATCH = 14;
  private static final int ROW = 20;
  private static final int WIDTH = 165;

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
    lines(text, Fonts.bold(12f), 16);
    y += 4;
  }

  /** Small text of explanation (how classes were cut, a note), wrapped to the legend's width. */
  void remark(String text) {
    lines(text, Fonts.regular(10f), 13);
  }

  private void lines(String text, java.awt.Font font, int height) {
    g.setColor(TEXT);
    g.setFont(font);
    java.awt.FontMetrics metrics = g.getFontMetrics(font);
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && metrics.stringWidth(longer) > WIDTH) {
        g.drawString(line.toString(), (float) x, (float) (y + height - 3));
        y += height;
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(longer);
      }
    }
    g.drawString(line.toString(), (float) x, (float) (y + height - 3));
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

  /** An arrow pointing up with "N" beneath, centred on {@code cx}. */
  static void northArrow(Graphics2D g, double cx, double top) {
    Path2D arrow = new Path2D.Double();
    arrow.moveTo(cx, top);
    arrow.lineTo(cx + 7, top + 20);
    arrow.lineTo(cx, top + 15);
    arrow.lineTo(cx - 7, top + 20);
    arrow.closePath();
    g.setColor(TEXT);
    g.fill(arrow);
    g.setFont(Fonts.bold(11f));
    g.drawString("N", (float) (cx - 4), (float) (top + 33));
  }
}
