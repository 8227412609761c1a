package saferstats.stats;

import java.util.Arrays;

/** The median of a set of numbers: the middle value, or the mean of the two middle values. */
public final class Median {
  private Median() {}

  public static double of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("the median needs at least one value");
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
}
