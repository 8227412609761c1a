package saferstats.draw;

import java.awt.Color;
import java.util.List;

/**
 * Shading for a map of few areas (fewer than {@link Maps#LABELLED_BELOW}), where five quantile
 * classes would put very different figures in one colour (the City's six LSOAs: 62 and 214 in the
 * darkest): each area's colour is in proportion to its figure, t = (v − lowest) / (highest −
 * lowest), along the same YlOrRd ramp as the classes ({@link ChoroplethClasses#PALETTE}, its five
 * colours at t = 0, ¼, ½, ¾, 1, linear between them). The figure itself is written on the area, so
 * the colour only has to say "more" or "less".
 */
final class ProportionalShading {
  private final double lowest;
  private final double highest;

  ProportionalShading(List<Double> values) {
    this.lowest = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    this.highest = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  double lowest() {
    return lowest;
  }

  double highest() {
    return highest;
  }

  /**
   * The ramp's colour at the value's place between the lowest and highest (all equal: lightest).
   */
  Color colour(double value) {
    double t = highest > lowest ? (value - lowest) / (highest - lowest) : 0;
    List<Color> ramp = ChoroplethClasses.PALETTE;
    double at = Math.max(0, Math.min(1, t)) * (ramp.size() - 1);
    int from = Math.min((int) Math.floor(at), ramp.size() - 2);
    double f = at - from;
    Color a = ramp.get(from);
    Color b = ramp.get(from + 1);
    return new Color(
        mix(a.getRed(), b.getRed(), f),
        mix(a.getGreen(), b.getGreen(), f),
        mix(a.getBlue(), b.getBlue(), f));
  }

  private static int mix(int a, int b, double f) {
    return (int) Math.round(a + (b - a) * f);
  }

  /** Dark text on a light fill, white on a dark one (perceived brightness under 140 of 255). */
  static Color textOn(Color fill) {
    double brightness = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
    return brightness < 140 ? Color.WHITE : MapFurniture.TEXT;
  }
}
