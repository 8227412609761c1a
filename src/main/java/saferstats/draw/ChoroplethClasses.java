package saferstats.draw;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Five quantile classes of a map's values: sorted, the i-th fifth (i = 0…4) holds positions
 * floor(i·n/5) to floor((i+1)·n/5) − 1, and a value joins the first class whose highest value
 * reaches it, so equal values never straddle two classes. A class keeps its colour from its fifth,
 * so three values fall in the 2nd, 4th and 5th colours, and an empty class (ties, fewer than five
 * values) is left out of the legend. The legend shows each class's lowest and highest value.
 */
final class ChoroplethClasses {
  /** ColorBrewer YlOrRd, 5 classes: sequential, light to dark, readable in greyscale print. */
  static final List<Color> PALETTE =
      List.of(
          new Color(0xffffb2),
          new Color(0xfecc5c),
          new Color(0xfd8d3c),
          new Color(0xf03b20),
          new Color(0xbd0026));

  static final int CLASSES = 5;

  /** One class shown in the legend. */
  record ValueClass(Color colour, double low, double high) {}

  private final double[] highest = new double[CLASSES];
  private final double[] low = new double[CLASSES];
  private final double[] high = new double[CLASSES];
  private final boolean[] used = new boolean[CLASSES];
  private final boolean whole;

  ChoroplethClasses(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    Arrays.fill(highest, Double.NaN);
    for (int i = 0; i < CLASSES; i++) {
      int from = i * n / CLASSES;
      int to = (i + 1) * n / CLASSES - 1;
      if (to >= from) {
        highest[i] = sorted[to];
      }
    }
    for (double v : sorted) {
      int c = classOf(v);
      if (!used[c]) {
        used[c] = true;
        low[c] = v;
      }
      high[c] = v;
    }
    whole = whole(values);
  }

  Color colour(double value) {
    return PALETTE.get(classOf(value));
  }

  private int classOf(double value) {
    for (int i = 0; i < CLASSES; i++) {
      if (!Double.isNaN(highest[i]) && value <= highest[i]) {
        return i;
      }
    }
    return CLASSES - 1;
  }

  List<ValueClass> legend() {
    List<ValueClass> out = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      if (used[i]) {
        out.add(new ValueClass(PALETTE.get(i), low[i], high[i]));
      }
    }
    return out;
  }

  /** "12 – 40", or "12" when a class holds one value; thousands separated, rates to 1 dp. */
  String label(ValueClass c) {
    return c.low() == c.high() ? number(c.low()) : number(c.low()) + " – " + number(c.high());
  }

  private String number(double v) {
    return number(v, whole);
  }

  /** Thousands separated; whole numbers as they are, others (rates) to 1 dp. */
  static String number(double v, boolean whole) {
    return whole ? String.format(Locale.UK, "%,d", (long) v) : String.format(Locale.UK, "%,.1f", v);
  }

  /** Whether every value is whole (counts), so labels need no decimals. */
  static boolean whole(List<Double> values) {
    return values.stream().allMatch(v -> v == Math.rint(v));
  }
}
