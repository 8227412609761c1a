package saferstats.stats;

import java.util.stream.IntStream;

/**
 * Sen's slope: the median of every pairwise slope (x[j] − x[i]) / (t[j] − t[i]), per time step.
 * Positions are the months' true places in time, so a gap of missing months is not squeezed out.
 */
public final class SenSlope {
  private SenSlope() {}

  /** Values at consecutive positions 0, 1, 2, … (a series with no gaps). */
  public static double of(double[] x) {
    return of(IntStream.range(0, x.length).toArray(), x);
  }

  /** Values {@code x} at strictly increasing positions {@code t}. */
  public static double of(int[] t, double[] x) {
    int n = x.length;
    if (n < 2 || t.length != n) {
      throw new IllegalArgumentException(
          "Sen's slope needs at least 2 values with one position each, got " + n);
    }
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (x[j] - x[i]) / (t[j] - t[i]);
      }
    }
    return Median.of(slopes);
  }
}
