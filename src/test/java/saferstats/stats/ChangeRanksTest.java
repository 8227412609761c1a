package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Areas ranked on change (1 = largest fall) with a 95 % interval (issue 25: the City on change).
 */
class ChangeRanksTest {
  @Test
  void tauSquaredIsDerSimonianLairdOnTheLogRatios() {
    // now/before 1000/1000, 1100/1000, 900/1000: r = 0, ln 1.1 = 0.095310, ln 0.9 = −0.105361;
    // s² = 0.002, 0.0019091, 0.0021111; w = 1/s² = 500, 523.810, 473.684, Σw = 1497.494,
    // μ = Σw·r / Σw = (49.925 − 49.908) / 1497.494 = 0.0000112; Q = Σw(r − μ)² = 10.01659;
    // Σw² = 748,753.1; τ² = (Q − 2) / (Σw − Σw²/Σw) = 8.01659 / 997.480 = 0.0080368.
    ChangeRanks.Result r =
        ChangeRanks.of(
            new long[] {1000, 1100, 900},
            new long[] {1000, 1000, 1000},
            new boolean[] {true, true, true},
            500,
            1);
    assertThat(r.tau2()).isCloseTo(0.0080368, within(1e-6));
    assertThat(r.mu()).isCloseTo(0.0000112, within(1e-6));
    assertThat(r.ranks()).extracting(RankIntervals.Rank::rank).containsExactly(2, 3, 1);
  }

  @Test
  void peersNoMoreSpreadThanSamplingHaveNoTauAndAFarOutsiderKeepsItsRank() {
    // Peers 1000/1000, 1010/1000, 990/1000: Q = 0.1000 < k − 1 = 2, so τ² = 0. The outsider
    // 2000/1000 (+100 %, not in the model) sits ln 2 = 0.69 above them, s = 0.039: it is last in
    // every draw, so its interval is 4–4; the three peers (gaps 0.01 against s = 0.045) swap.
    ChangeRanks.Result r =
        ChangeRanks.of(
            new long[] {1000, 1010, 990, 2000},
            new long[] {1000, 1000, 1000, 1000},
            new boolean[] {true, true, true, false},
            2000,
            7);
    assertThat(r.tau2()).isEqualTo(0.0);
    List<RankIntervals.Rank> k = r.ranks();
    assertThat(k.get(3)).isEqualTo(new RankIntervals.Rank(4, 4, 4));
    assertThat(k.subList(0, 3)).allSatisfy(x -> assertThat(x.low()).isEqualTo(1));
    assertThat(k.subList(0, 3)).allSatisfy(x -> assertThat(x.high()).isEqualTo(3));
  }

  @Test
  void anAreaOutsideTheModelDoesNotMoveTauSquared() {
    // The same three peers as the first test, with a fourth at +100 % outside the model: μ and
    // τ² are the three peers' alone (0.0080368), which the outsider would otherwise inflate.
    ChangeRanks.Result r =
        ChangeRanks.of(
            new long[] {1000, 1100, 900, 2000},
            new long[] {1000, 1000, 1000, 1000},
            new boolean[] {true, true, true, false},
            500,
            1);
    assertThat(r.tau2()).isCloseTo(0.0080368, within(1e-6));
    assertThat(r.ranks().get(3).rank()).isEqualTo(4);
  }
}
