package saferstats.stats;

import java.util.Arrays;

/** Sen's slope: the median of every pairwise slope (x[j] − x[i]) / (j − i), per time step. */
public final class SenSlope {
  private SenSlope() {}

  public static double of(double[] x) {
    int n = x.length;
    if (n < 2) {
      throw new IllegalArgumentException("Sen's slope needs at least 2 values, got " + n);
    }
    double[] slopes = new double[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        slopes[k++] = (x[j] - x[i]) / (j - i);
      }
    }
    Arrays.sort(slopes);
    int m = slopes.length;
    return m % 2 == 1 ? slopes[m / 2] : (slopes[m / 2 - 1] + slopes[m / 2]) / 2;
  }
}
