package saferstats.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Significance of one window of monthly counts against another when the months vary more than
 * Poisson counts do (SPEC 4.2). The dispersion φ is the Pearson χ² of every month around its own
 * window's mean over the residual degrees of freedom (months − 2). When φ ≤ 1, or either total is
 * 0, the exact conditional Poisson test decides; otherwise t = ln(rate ratio) / sqrt(φ·(1/a + 1/b))
 * with a two-sided p from Student's t, which is the window coefficient's p in R's {@code
 * summary(glm(count ~ window, family = quasipoisson))}.
 */
public final class QuasiPoissonTest {
  public static final String EXACT = "exact-poisson";
  public static final String QUASI = "quasi-poisson";

  private QuasiPoissonTest() {}

  /**
   * The deciding test's name and p, the exact test's p beside it, the dispersion and the verdict.
   */
  public record Result(
      String test, double p, double exactP, double dispersion, Significance significance) {}

  public static Result compare(long[] current, long[] previous) {
    long a = Arrays.stream(current).sum();
    long b = Arrays.stream(previous).sum();
    double t1 = current.length;
    double t2 = previous.length;
    ExactPoissonTest.Result exact = ExactPoissonTest.compare(a, b, t1, t2);
    double phi = dispersion(current, previous);
    // With a zero total the log rate ratio is infinite; the exact test still answers.
    if (phi <= 1 || a == 0 || b == 0) {
      return new Result(EXACT, exact.p(), exact.p(), phi, exact.significance());
    }
    double t = Math.log((a / t1) / (b / t2)) / Math.sqrt(phi * (1.0 / a + 1.0 / b));
    int df = current.length + previous.length - 2;
    double p = 2 * TDistribution.of(df).survivalProbability(Math.abs(t));
    return new Result(QUASI, p, exact.p(), phi, Significance.of(p, t > 0));
  }

  /** Pearson χ² of each month around its own window's mean, over (months − 2). */
  public static double dispersion(long[] current, long[] previous) {
    int df = current.length + previous.length - 2;
    if (current.length == 0 || previous.length == 0 || df < 1) {
      throw new IllegalArgumentException("dispersion needs two windows and at least 3 months");
    }
    return (pearson(current) + pearson(previous)) / df;
  }

  /** Σ (x − mean)² / mean; a window of all zeros fits itself exactly and adds nothing. */
  private static double pearson(long[] x) {
    double mean = Arrays.stream(x).average().orElseThrow();
    if (mean == 0) {
      return 0;
    }
    return Arrays.stream(x).mapToDouble(v -> (v - mean) * (v - mean) / mean).sum();
  }
}
