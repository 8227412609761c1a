package saferstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A funnel plot for rates (Spiegelhalter 2005, "Handling over-dispersion of performance
 * indicators"): each area's rate against the pooled rate, with limits that narrow as the population
 * grows. Over-dispersion φ is the mean square of the z-scores winsorised at their 10th and 90th
 * percentiles (linear interpolation, R's type 7), so a few outliers cannot inflate it; it is
 * present when I·φ exceeds the 95th percentile of χ² with I − 1 degrees of freedom, and then the
 * limits come from the additive random-effects model, the between-area variance τ² estimated by
 * DerSimonian–Laird. Limits use the normal approximation to the Poisson count.
 */
public final class FunnelPlot {
  /** The two-sided 95 % normal quantile. */
  public static final double Z95 = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);

  /** The two-sided 99.8 % normal quantile. */
  public static final double Z998 = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.001);

  private static final double WINSOR = 0.1;

  private FunnelPlot() {}

  /** How the limits were made. */
  public enum Method {
    /** No over-dispersion: Poisson limits around the pooled rate. */
    POISSON,
    /** Over-dispersed: additive random effects, τ² by DerSimonian–Laird. */
    RANDOM_EFFECTS
  }

  /** Where an area lies against the limits. */
  public enum Position {
    WITHIN("within"),
    ABOVE_95("above 95 %"),
    ABOVE_998("above 99.8 %"),
    BELOW_95("below 95 %"),
    BELOW_998("below 99.8 %");

    private final String words;

    Position(String words) {
      this.words = words;
    }

    @Override
    public String toString() {
      return words;
    }

    static Position of(double z) {
      if (z > Z998) {
        return ABOVE_998;
      }
      if (z > Z95) {
        return ABOVE_95;
      }
      if (z < -Z998) {
        return BELOW_998;
      }
      return z < -Z95 ? BELOW_95 : WITHIN;
    }
  }

  /** One area: its rate, its z-score under the model used, and its position. */
  public record Area(double rate, double z, Position position) {}

  /** Control limits at one population. */
  public record Limits(double low998, double low95, double high95, double high998) {}

  /**
   * The fit: the pooled rate, φ, τ² (0 under {@link Method#POISSON}) on the squared rate scale, the
   * method, and each area in input order.
   *
   * @param per the rate's unit (1,000 for per 1,000 residents)
   */
  public record Result(
      double pooledRate,
      double dispersion,
      double tau2,
      Method method,
      double per,
      List<Area> areas) {

    /** The 95 % and 99.8 % limits for an area of {@code population}. */
    public Limits limits(double population) {
      return FunnelPlot.limits(pooledRate, tau2, per, population);
    }

    /** The variance of an area's rate from its own count alone, under the pooled rate. */
    double within(double population) {
      return per * pooledRate / population;
    }
  }

  /**
   * The 95 % and 99.8 % limits at {@code population} around {@code pooledRate} (per {@code per}),
   * with between-area variance {@code tau2} (0 for Poisson limits): what a funnel plot draws.
   */
  public static Limits limits(double pooledRate, double tau2, double per, double population) {
    double sd = Math.sqrt(per * pooledRate / population + tau2);
    return new Limits(
        pooledRate - Z998 * sd,
        pooledRate - Z95 * sd,
        pooledRate + Z95 * sd,
        pooledRate + Z998 * sd);
  }

  /**
   * Whether the limits are nearly flat between populations {@code smallest} and {@code largest}:
   * the limits' half-width at the smallest is within {@value #FLAT} of that at the largest, because
   * the between-area variance τ² outweighs the chance (Poisson) variance of every count in between.
   */
  public static boolean flat(
      double pooledRate, double tau2, double per, double smallest, double largest) {
    double narrowest = Math.sqrt(per * pooledRate / largest + tau2);
    double widest = Math.sqrt(per * pooledRate / smallest + tau2);
    return narrowest > 0 && widest / narrowest <= 1 + FLAT;
  }

  /** How much wider the limits may be at the smallest area than at the largest and read as flat. */
  static final double FLAT = 0.1;

  /**
   * Fits the funnel to {@code counts} over {@code populations} (each above 0), rates per {@code
   * per}; needs at least two areas and a count above 0 somewhere.
   */
  public static Result of(long[] counts, double[] populations, double per) {
    int n = counts.length;
    if (n < 2 || populations.length != n) {
      throw new IllegalArgumentException(
          "a funnel needs two or more areas, each with a population");
    }
    double total = Arrays.stream(counts).sum();
    double people = Arrays.stream(populations).sum();
    if (total <= 0 || Arrays.stream(populations).anyMatch(p -> !(p > 0))) {
      throw new IllegalArgumentException("a funnel needs a count above 0 and every population > 0");
    }
    double pooled = per * total / people;
    double[] rate = new double[n];
    double[] s2 = new double[n];
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      rate[i] = per * counts[i] / populations[i];
      s2[i] = per * pooled / populations[i];
      z[i] = (rate[i] - pooled) / Math.sqrt(s2[i]);
    }
    double phi = winsorisedMeanSquare(z);
    boolean over = n * phi > ChiSquaredDistribution.of(n - 1.0).inverseSurvivalProbability(0.05);
    double tau2 = over ? dersimonianLaird(phi, s2) : 0;
    List<Area> areas = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double zi = (rate[i] - pooled) / Math.sqrt(s2[i] + tau2);
      areas.add(new Area(rate[i], zi, Position.of(zi)));
    }
    return new Result(
        pooled, phi, tau2, over ? Method.RANDOM_EFFECTS : Method.POISSON, per, List.copyOf(areas));
  }

  /** The mean of the squared z-scores, each first pulled in to the 10th–90th percentile range. */
  static double winsorisedMeanSquare(double[] z) {
    double[] sorted = z.clone();
    Arrays.sort(sorted);
    double low = quantile(sorted, WINSOR);
    double high = quantile(sorted, 1 - WINSOR);
    double sum = 0;
    for (double v : z) {
      double w = Math.min(Math.max(v, low), high);
      sum += w * w;
    }
    return sum / z.length;
  }

  /** R's type 7 quantile (numpy's default "linear") of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * τ² = (I·φ − (I − 1)) / (Σw − Σw²/Σw), w = 1/s² (Spiegelhalter 2005, eq. for the additive
   * model), 0 when negative.
   */
  static double dersimonianLaird(double phi, double[] s2) {
    double sw = 0;
    double sw2 = 0;
    for (double v : s2) {
      sw += 1 / v;
      sw2 += 1 / (v * v);
    }
    int n = s2.length;
    return Math.max(0, (n * phi - (n - 1)) / (sw - sw2 / sw));
  }
}
