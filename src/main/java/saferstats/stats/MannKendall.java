package saferstats.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Mann–Kendall trend test as pymannkendall's {@code original_test}: S, variance with tie correction
 * [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18, Z with continuity correction, two-sided p, Kendall's tau =
 * S / (n(n−1)/2). Callers pass only months with data (missing months removed).
 */
public final class MannKendall {
  private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

  private MannKendall() {}

  /** The test's figures and the direction at p &lt; 0.05. */
  public record Result(
      int n, long s, double varS, double z, double p, double tau, TrendDirection direction) {}

  public static Result test(double[] x) {
    int n = x.length;
    if (n < 3) {
      throw new IllegalArgumentException("Mann-Kendall needs at least 3 values, got " + n);
    }
    long s = 0;
    for (int i = 0; i < n - 1; i++) {
      for (int j = i + 1; j < n; j++) {
        s += (long) Math.signum(x[j] - x[i]);
      }
    }
    double var = (n * (n - 1.0) * (2 * n + 5) - tieCorrection(x)) / 18.0;
    double z = s > 0 ? (s - 1) / Math.sqrt(var) : s < 0 ? (s + 1) / Math.sqrt(var) : 0;
    double p = 2 * STANDARD.survivalProbability(Math.abs(z));
    double tau = s / (n * (n - 1) / 2.0);
    return new Result(n, s, var, z, p, tau, TrendDirection.of(p, z));
  }

  /** Σ t(t−1)(2t+5) over groups of tied values. */
  private static double tieCorrection(double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double sum = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      long t = j - i;
      sum += t * (t - 1) * (2 * t + 5);
      i = j;
    }
    return sum;
  }
}
