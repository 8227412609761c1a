package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.stats.FunnelPlot;

/**
 * The rank interval in the benchmark sentence is on the same scale as its ordinal. Harrow's
 * burglary of a home (real data, review finding 8): rank 18 of 32 with interval 15–21, rank 1 the
 * lowest rate. Counted from the top, rank 18 is 32 − 18 + 1 = 15th highest, and the interval's ends
 * are 32 − 21 + 1 = 12th and 32 − 15 + 1 = 18th highest: "15th highest … (rank interval 12th–18th
 * highest", never "15th highest … (rank interval 15–21", which reads as lower than 15th highest.
 */
class BenchmarkSentenceTest {
  private static final FunnelPlot.Result FIT =
      new FunnelPlot.Result(
          2.604, 33.69, 0.3135, FunnelPlot.Method.RANDOM_EFFECTS, 1000, List.of());

  private static List<BenchmarkReport.Place> places(int harrowRank, int low, int high) {
    List<BenchmarkReport.Place> out = new ArrayList<>();
    for (int r = 1; r <= 32; r++) {
      boolean harrow = r == harrowRank;
      out.add(
          new BenchmarkReport.Place(
              harrow ? "Harrow" : "Peer " + r,
              656L,
              252_338L,
              2.60,
              r,
              harrow ? low : r,
              harrow ? high : r,
              FunnelPlot.Position.WITHIN,
              null,
              null,
              null,
              null,
              List.of()));
    }
    return out;
  }

  private static String sentence(int rank, int low, int high) {
    return BenchmarkSentence.of(
        "Harrow",
        "Burglary",
        "London's 32 boroughs",
        places(rank, low, high),
        FIT,
        "mid-2020 population",
        "");
  }

  @Test
  void anIntervalBesideAnOrdinalCountedFromTheTopIsCountedFromTheTop() {
    assertThat(sentence(18, 15, 21))
        .startsWith(
            "Harrow has the 15th highest rate of burglary per 1,000 residents of London's 32"
                + " boroughs (rank interval 12th–18th highest; mid-2020 population): 2.60 per 1,000"
                + " against 2.60 pooled");
  }

  @Test
  void anIntervalBesideAnOrdinalCountedFromTheBottomStaysOnTheLowestFirstScale() {
    // Rank 2 of 32, interval 1–3: "2nd lowest (rank interval 1–3", as before.
    assertThat(sentence(2, 1, 3)).contains("2nd lowest rate").contains("(rank interval 1–3;");
  }

  @Test
  void theHighestRateGetsItsIntervalFromTheTop() {
    // Rank 32 of 32, interval 29–32: highest; from the top 32 − 32 + 1 = 1st to 32 − 29 + 1 = 4th.
    assertThat(sentence(32, 29, 32))
        .contains("the highest rate")
        .contains("(rank interval 1st–4th highest;");
  }

  @Test
  void theRateIsReadAgainstThePooledRateAndTheFunnel() {
    // Harrow's all crime (review finding 15): 66.6 per 1,000 against 102.8 pooled, within the
    // limits: below the pooled rate, but not distinguishable from it given the boroughs' spread.
    assertThat(
            BenchmarkSentence.reading(
                "below the pooled rate", FunnelPlot.Position.WITHIN, "London's 32 boroughs"))
        .isEqualTo(
            "below the pooled rate but within the funnel's 95 % limits (the spread London's 32"
                + " boroughs show), so not distinguishable from it");
    assertThat(
            BenchmarkSentence.reading(
                "above the pooled rate", FunnelPlot.Position.ABOVE_95, "London's 32 boroughs"))
        .isEqualTo("above the pooled rate and above the funnel's 95 % limit (not its 99.8 %)");
    // 2.60 against 2.604 pooled: both print 2.60, so level with it, and no "but".
    assertThat(sentence(18, 15, 21))
        .endsWith(
            "2.60 per 1,000 against 2.60 pooled, level with the pooled rate, within the funnel's"
                + " 95 % limits.");
  }
}
