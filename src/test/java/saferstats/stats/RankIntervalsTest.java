package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranks with simulated 95 % intervals (SPEC 4.7). */
class RankIntervalsTest {
  @Test
  void ranksCountFromTheLowestRateAndTiesShareTheLowerRank() {
    assertThat(RankIntervals.ranks(new double[] {3, 1, 2, 2})).containsExactly(4, 1, 2, 2);
  }

  @Test
  void areasFarApartKeepTheirRankInEveryDraw() {
    // Rates 1, 10, 100 per 1,000 from 100, 1,000, 10,000 crimes over 100,000: Poisson noise (sd
    // about 10 %, 3 %, 1 % of each count) never swaps them, so each interval is its rank alone.
    long[] counts = {10_000, 100, 1_000};
    double[] pop = {100_000, 100_000, 100_000};
    FunnelPlot.Result fit = FunnelPlot.of(counts, pop, 1000);
    assertThat(RankIntervals.of(counts, pop, fit, 500, 1))
        .containsExactly(
            new RankIntervals.Rank(3, 3, 3),
            new RankIntervals.Rank(1, 1, 1),
            new RankIntervals.Rank(2, 2, 2));
  }

  @Test
  void areasWhoseCountsCouldSwapGetIntervalsThatOverlap() {
    // 48, 52, 50, 50 over 5,000 (Poisson, φ = 0.0196): a count's sd is about 7, far more than the
    // gaps of 2, so every area ranks anywhere from 1 to 4 in some of the draws.
    long[] counts = {48, 52, 50, 50};
    double[] pop = {5000, 5000, 5000, 5000};
    FunnelPlot.Result fit = FunnelPlot.of(counts, pop, 1000);
    List<RankIntervals.Rank> r = RankIntervals.of(counts, pop, fit, 2000, 7);
    assertThat(r).extracting(RankIntervals.Rank::rank).containsExactly(1, 4, 2, 2);
    assertThat(r).allSatisfy(x -> assertThat(x.low()).isEqualTo(1));
    assertThat(r).allSatisfy(x -> assertThat(x.high()).isEqualTo(4));
  }

  @Test
  void underRandomEffectsASmallAreasRankIsLessCertainThanALargeOnes() {
    // Rates 10, 12, 14, 16, 30 per 1,000; the 12 and the 14 have 100 and 100,000 residents.
    // τ² is large beside the big areas' Poisson variance, so their draws stay near their own
    // rate; the 100-resident area (s² = 1000·pooled/100, about 150) is shrunk to the pooled rate
    // and spread wide. Same seed, same answer.
    long[] counts = {1000, 1, 1400, 1600, 3000};
    double[] pop = {100_000, 100, 100_000, 100_000, 100_000};
    FunnelPlot.Result fit = FunnelPlot.of(counts, pop, 1000);
    assertThat(fit.method()).isEqualTo(FunnelPlot.Method.RANDOM_EFFECTS);
    List<RankIntervals.Rank> r = RankIntervals.of(counts, pop, fit, 1000, 3);
    assertThat(r.get(1).high() - r.get(1).low()).isGreaterThanOrEqualTo(2);
    assertThat(r.get(4)).isEqualTo(new RankIntervals.Rank(5, 5, 5));
    assertThat(RankIntervals.of(counts, pop, fit, 1000, 3)).isEqualTo(r);
  }
}
