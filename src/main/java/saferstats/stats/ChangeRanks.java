package saferstats.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Areas ranked on their change over the same two windows (1 = the largest fall), with a 95 %
 * interval from seeded simulation — how an area whose residents are not its population at risk (the
 * City of London) is compared with its peers: the change needs no denominator.
 *
 * <p>Each area's change is its log ratio r = ln(now / before), sampling variance s² = 1/now +
 * 1/before (two Poisson counts). Areas' true changes differ by more than sampling (London's
 * boroughs moved from −6 % to +13 % in a year, each with a sampling sd near 1 %), so the
 * between-area variance τ² is estimated by DerSimonian–Laird from the {@code inModel} areas and, as
 * {@link RankIntervals} does for rates, each area's true change is drawn from what its own change
 * says about it: normal, mean B·μ + (1 − B)·r and variance (1 − B)·s², B = s² / (s² + τ²), μ the
 * precision-weighted mean. An area outside the model (another source) is ranked among them the same
 * way but takes no part in μ or τ².
 */
public final class ChangeRanks {
  private ChangeRanks() {}

  /** The fit: μ and τ² on the log-ratio scale, and each area's rank. */
  public record Result(double mu, double tau2, List<RankIntervals.Rank> ranks) {}

  public static Result of(long[] now, long[] before, boolean[] inModel) {
    return of(now, before, inModel, RankIntervals.DRAWS, RankIntervals.SEED);
  }

  /**
   * @param now each area's count in the current window (every count positive)
   * @param before the same in the previous window
   * @param inModel whether the area takes part in μ and τ² (at least two must)
   */
  public static Result of(long[] now, long[] before, boolean[] inModel, int draws, long seed) {
    int n = now.length;
    double[] r = new double[n];
    double[] s2 = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = Math.log((double) now[i] / before[i]);
      s2[i] = 1.0 / now[i] + 1.0 / before[i];
    }
    double sw = 0;
    double swr = 0;
    double sww = 0;
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (inModel[i]) {
        double w = 1 / s2[i];
        sw += w;
        swr += w * r[i];
        sww += w * w;
        k++;
      }
    }
    double mu = swr / sw;
    double q = 0;
    for (int i = 0; i < n; i++) {
      if (inModel[i]) {
        q += (r[i] - mu) * (r[i] - mu) / s2[i];
      }
    }
    double tau2 = Math.max(0, (q - (k - 1)) / (sw - sww / sw));
    UniformRandomProvider rng = new SplittableRandom(seed)::nextLong;
    List<ContinuousDistribution.Sampler> samplers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double b = tau2 == 0 ? 0 : s2[i] / (s2[i] + tau2);
      double sd = Math.sqrt((1 - b) * s2[i]);
      samplers.add(NormalDistribution.of(b * mu + (1 - b) * r[i], sd).createSampler(rng));
    }
    int[] rank = RankIntervals.ranks(r);
    int[][] simulated = new int[n][draws];
    double[] drawn = new double[n];
    for (int d = 0; d < draws; d++) {
      for (int i = 0; i < n; i++) {
        drawn[i] = samplers.get(i).sample();
      }
      int[] dr = RankIntervals.ranks(drawn);
      for (int i = 0; i < n; i++) {
        simulated[i][d] = dr[i];
      }
    }
    List<RankIntervals.Rank> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Arrays.sort(simulated[i]);
      out.add(
          new RankIntervals.Rank(
              rank[i],
              RankIntervals.nearestRank(simulated[i], 0.025),
              RankIntervals.nearestRank(simulated[i], 0.975)));
    }
    return new Result(mu, tau2, out);
  }
}
