package saferstats.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Exact conditional test of two Poisson counts (SPEC 4.2): given n = a + b, a ~ Binomial(n, p0)
 * with p0 = t1 / (t1 + t2); two-sided p = min(1, 2·min(P(X ≤ a), P(X ≥ a))). For equal windows this
 * is R's {@code poisson.test(c(a, b))}.
 */
public final class ExactPoissonTest {
  public static final double ALPHA = 0.05;

  private ExactPoissonTest() {}

  /** The p-value and its verdict. */
  public record Result(double p, Significance significance) {}

  public static Result compare(long a, long b) {
    return compare(a, b, 1, 1);
  }

  /** Counts {@code a} over exposure {@code t1} against {@code b} over {@code t2}. */
  public static Result compare(long a, long b, double t1, double t2) {
    long n = a + b;
    if (n == 0) {
      return new Result(1.0, Significance.NONE);
    }
    BinomialDistribution x = BinomialDistribution.of(Math.toIntExact(n), t1 / (t1 + t2));
    int k = Math.toIntExact(a);
    double lower = x.cumulativeProbability(k);
    double upper = x.survivalProbability(k - 1);
    double p = Math.min(1.0, 2 * Math.min(lower, upper));
    return new Result(p, Significance.of(p, a / t1 > b / t2));
  }
}
