package saferstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.DiscreteDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Ranks (1 = lowest rate; tied areas share the lower rank) with a 95 % interval from seeded
 * simulation under the funnel's own model. Without over-dispersion each area's count is redrawn as
 * Poisson around its own count. Under random effects each area's underlying rate is drawn from what
 * its count says about it: normal, mean B·pooled + (1 − B)·rate and variance (1 − B)·s², with B =
 * s² / (s² + τ²) and s² its Poisson variance — so a small area's rank is uncertain, a large one's
 * is not. The interval is the 2.5th to 97.5th percentile (nearest rank) of the simulated ranks.
 */
public final class RankIntervals {
  /** Draws used unless a test asks for fewer. */
  public static final int DRAWS = 2000;

  /** The seed: same inputs, same intervals. */
  public static final long SEED = 20050101L;

  private RankIntervals() {}

  /** One area's rank and its 95 % interval. */
  public record Rank(int rank, int low, int high) {}

  public static List<Rank> of(long[] counts, double[] populations, FunnelPlot.Result fit) {
    return of(counts, populations, fit, DRAWS, SEED);
  }

  public static List<Rank> of(
      long[] counts, double[] populations, FunnelPlot.Result fit, int draws, long seed) {
    int n = counts.length;
    double[] observed = new double[n];
    for (int i = 0; i < n; i++) {
      observed[i] = fit.areas().get(i).rate();
    }
    int[] rank = ranks(observed);
    UniformRandomProvider rng = new SplittableRandom(seed)::nextLong;
    List<Draw> samplers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      samplers.add(sampler(counts[i], populations[i], fit, rng));
    }
    int[][] simulated = new int[n][draws];
    double[] rates = new double[n];
    for (int d = 0; d < draws; d++) {
      for (int i = 0; i < n; i++) {
        rates[i] = samplers.get(i).rate();
      }
      int[] r = ranks(rates);
      for (int i = 0; i < n; i++) {
        simulated[i][d] = r[i];
      }
    }
    List<Rank> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] s = simulated[i];
      Arrays.sort(s);
      out.add(new Rank(rank[i], nearestRank(s, 0.025), nearestRank(s, 0.975)));
    }
    return out;
  }

  /** Draws one area's rate. */
  private interface Draw {
    double rate();
  }

  private static Draw sampler(
      long count, double population, FunnelPlot.Result fit, UniformRandomProvider rng) {
    double per = fit.per();
    if (fit.method() == FunnelPlot.Method.POISSON) {
      if (count == 0) {
        return () -> 0;
      }
      DiscreteDistribution.Sampler poisson = PoissonDistribution.of(count).createSampler(rng);
      return () -> per * poisson.sample() / population;
    }
    double s2 = fit.within(population);
    double b = s2 / (s2 + fit.tau2());
    double rate = per * count / population;
    double mean = b * fit.pooledRate() + (1 - b) * rate;
    double sd = Math.sqrt((1 - b) * s2);
    if (sd == 0) {
      return () -> mean;
    }
    ContinuousDistribution.Sampler normal = NormalDistribution.of(mean, sd).createSampler(rng);
    return normal::sample;
  }

  /** 1 for the lowest value; equal values share the lower rank (1, 2, 2, 4). */
  static int[] ranks(double[] values) {
    int[] r = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      int below = 0;
      for (double v : values) {
        if (v < values[i]) {
          below++;
        }
      }
      r[i] = below + 1;
    }
    return r;
  }

  static int nearestRank(int[] sorted, double p) {
    int k = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, k - 1)];
  }
}
