package saferstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Abrupt months (SPEC 4.5): a count under a quarter of the median of the 12 months before it, or
 * over four times it, with that median at least {@link #MIN_MEDIAN}. Such a month may be a
 * recording change or a real event; either way a change across it needs checking.
 */
public final class AbruptMonths {
  /** How many earlier months the usual level is the median of. */
  public static final int LOOKBACK = 12;

  /** Below this median a quarter or four times is ordinary noise, not a break. */
  public static final double MIN_MEDIAN = 8;

  private AbruptMonths() {}

  /** One abrupt month: its index, its count and the median of the 12 months before it. */
  public record Abrupt(int index, double count, double median) {}

  /**
   * Scans {@code x} (consecutive months; NaN for a month with no data) from index {@code from}. The
   * median is over the months with data among the 12 before; a month with fewer than 12 months
   * before it, or with any of them missing, is not judged, since its usual level is unknown.
   */
  public static List<Abrupt> find(double[] x, int from) {
    List<Abrupt> out = new ArrayList<>();
    for (int i = Math.max(from, LOOKBACK); i < x.length; i++) {
      double[] before = Arrays.copyOfRange(x, i - LOOKBACK, i);
      if (Double.isNaN(x[i]) || Arrays.stream(before).anyMatch(Double::isNaN)) {
        continue;
      }
      double median = Median.of(before);
      if (median >= MIN_MEDIAN && (x[i] < median / 4 || x[i] > median * 4)) {
        out.add(new Abrupt(i, x[i], median));
      }
    }
    return out;
  }
}
