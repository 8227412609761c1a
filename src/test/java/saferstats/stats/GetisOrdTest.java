package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GetisOrdTest {
  /**
   * Row-major 4×4, chosen so that n = 16, Σx = 16, Σx² = 32: X̄ = 1 and S = sqrt(32/16 − 1) = 1.
   *
   * <pre>
   *   4 2 1 0
   *   2 1 1 0
   *   1 1 1 0
   *   1 1 0 0
   * </pre>
   */
  private static final long[] GRID = {4, 2, 1, 0, 2, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0};

  @Test
  void fourByFourWorkedByHand() {
    // Denominator S·sqrt((n·W − W²)/(n − 1)) with binary weights (Σw² = Σw = W):
    //   corner W = 4: sqrt((64 − 16)/15) = sqrt(3.2) = 4/√5
    //   edge   W = 6: sqrt((96 − 36)/15) = sqrt(4) = 2
    //   inside W = 9: sqrt((144 − 81)/15) = sqrt(4.2)
    // Corner (0,0): 4+2+2+1 = 9; (9 − 1·4) / (4/√5) = 5√5/4 = 2.7950849718747373.
    // Edge (0,1): 4+2+1 + 2+1+1 = 11; (11 − 6)/2 = 2.5.
    // Inside (1,1): rows 0–2, cols 0–2 = 7 + 4 + 3 = 14; (14 − 9)/√4.2 = 2.439750182371333.
    // Inside (2,2): rows 1–3, cols 1–3 = 2 + 2 + 1 = 5; (5 − 9)/√4.2 = −1.9518001458970662.
    // Corner (3,3): 1+0+0+0 = 1; (1 − 4)/(4/√5) = −3√5/4 = −1.6770509831248424.
    // Edge (2,3): rows 1–3, cols 2–3 = 1+0 + 1+0 + 0+0 = 2; (2 − 6)/2 = −2.
    // p = erfc(|z|/√2) (Python math.erfc): 0.005188607552315572, 0.012419330651552278,
    // 0.014697421770023514, 0.05096193696776335, 0.09353251268909311, 0.04550026389635844.
    GetisOrd.Scores s = scores(GetisOrd.giStar(GRID, 4, 4));
    assertThat(s.z()[0]).isCloseTo(2.7950849718747373, within(1e-12));
    assertThat(s.z()[1]).isCloseTo(2.5, within(1e-12));
    assertThat(s.z()[5]).isCloseTo(2.439750182371333, within(1e-12));
    assertThat(s.z()[10]).isCloseTo(-1.9518001458970662, within(1e-12));
    assertThat(s.z()[15]).isCloseTo(-1.6770509831248424, within(1e-12));
    assertThat(s.z()[11]).isCloseTo(-2.0, within(1e-12));
    assertThat(s.p()[0]).isCloseTo(0.005188607552315572, within(1e-12));
    assertThat(s.p()[1]).isCloseTo(0.012419330651552278, within(1e-12));
    assertThat(s.p()[5]).isCloseTo(0.014697421770023514, within(1e-12));
    assertThat(s.p()[10]).isCloseTo(0.05096193696776335, within(1e-12));
    assertThat(s.p()[15]).isCloseTo(0.09353251268909311, within(1e-12));
    assertThat(s.p()[11]).isCloseTo(0.04550026389635844, within(1e-12));
    // Inside (2,1): rows 1–3, cols 0–2 = 4 + 3 + 2 = 9 = X̄·W exactly: z 0, p 1.
    assertThat(s.z()[9]).isCloseTo(0, within(1e-12));
    assertThat(s.p()[9]).isCloseTo(1, within(1e-12));
  }

  @Test
  void rowsAndColumnsAreNotSwapped() {
    // 2 rows × 5 columns, one count of 5 top left: n = 10, X̄ = 0.5, S = sqrt(25/10 − 0.25) = 1.5.
    //   5 0 0 0 0
    //   0 0 0 0 0
    // Corner W = 4 and edge W = 6 both give sqrt((10W − W²)/9) = sqrt(24/9), so S·that = √6.
    // (0,0): (5 − 2)/√6 = 1.224744871391589; (0,1): (5 − 3)/√6 = 0.8164965809277261;
    // (0,4): (0 − 2)/√6 = −0.8164965809277261; (1,2): (0 − 3)/√6 = −1.224744871391589.
    GetisOrd.Scores s = scores(GetisOrd.giStar(new long[] {5, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 2, 5));
    assertThat(s.z()[0]).isCloseTo(1.224744871391589, within(1e-12));
    assertThat(s.z()[1]).isCloseTo(0.8164965809277261, within(1e-12));
    assertThat(s.z()[4]).isCloseTo(-0.8164965809277261, within(1e-12));
    assertThat(s.z()[7]).isCloseTo(-1.224744871391589, within(1e-12));
  }

  @Test
  void aGridWithoutVariationHasNoScores() {
    long[] flat = new long[20];
    java.util.Arrays.fill(flat, 3);
    assertThat(GetisOrd.giStar(flat, 4, 5))
        .isInstanceOfSatisfying(
            GetisOrd.Undefined.class, u -> assertThat(u.reason()).contains("every cell holds 3"));
    assertThat(GetisOrd.giStar(new long[20], 4, 5)).isInstanceOf(GetisOrd.Undefined.class);
  }

  @Test
  void aGridNoLargerThanThreeByThreeHasNoScores() {
    // The centre of a 3×3 grid neighbours every cell: n·W − W² = 81 − 81 = 0, so z would be 0/0.
    assertThat(GetisOrd.giStar(new long[] {1, 0, 0, 0, 2, 0, 0, 0, 5}, 3, 3))
        .isInstanceOfSatisfying(
            GetisOrd.Undefined.class, u -> assertThat(u.reason()).contains("3×3"));
    assertThat(GetisOrd.giStar(new long[] {1, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0}, 3, 4))
        .isInstanceOf(GetisOrd.Scores.class);
  }

  @Test
  void theCountsMustFillTheGrid() {
    assertThatThrownBy(() -> GetisOrd.giStar(new long[5], 2, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void confidenceBins() {
    assertThat(GetisOrd.bin(2.8, 0.005)).isEqualTo(3);
    assertThat(GetisOrd.bin(2.1, 0.03)).isEqualTo(2);
    assertThat(GetisOrd.bin(1.7, 0.09)).isEqualTo(1);
    assertThat(GetisOrd.bin(1.0, 0.3)).isZero();
    assertThat(GetisOrd.bin(-2.1, 0.03)).isEqualTo(-2);
    assertThat(GetisOrd.bin(-2.8, 0.005)).isEqualTo(-3);
    // The thresholds are strict: p = 0.05 exactly is the 90 % bin, p = 0.10 is no bin.
    assertThat(GetisOrd.bin(1.96, 0.05)).isEqualTo(1);
    assertThat(GetisOrd.bin(1.64, 0.10)).isZero();
  }

  private static GetisOrd.Scores scores(GetisOrd.Result r) {
    assertThat(r).isInstanceOf(GetisOrd.Scores.class);
    return (GetisOrd.Scores) r;
  }

  @Test
  void aCellWithNoCrimeOfItsOwnIsHotWhenItsEightNeighboursAreBusy() {
    // 5 x 5 grid; the centre cell (row 2, col 2 = index 12) holds 0 and its 8 neighbours 10 each.
    // Its neighbourhood count = 0 + 8 x 10 = 80. n = 25, sum 80, mean 3.2, sum of squares 800,
    // S = sqrt(800/25 - 3.2^2) = sqrt(21.76) = 4.66476; W = 9, sqrt((25x9 - 81)/24) = sqrt(6);
    // z = (80 - 3.2x9) / (4.664762 x 2.449490) = 51.2 / 11.426285 = 4.480896.
    long[] counts = new long[25];
    for (int i : new int[] {6, 7, 8, 11, 13, 16, 17, 18}) {
      counts[i] = 10;
    }
    long[] around = GetisOrd.neighbourhoodSums(counts, 5, 5);
    assertThat(around[12]).isEqualTo(80);
    // Corner (0, 0): itself, (0,1), (1,0), (1,1) = cell 6 only -> 10.
    assertThat(around[0]).isEqualTo(10);
    GetisOrd.Scores s = (GetisOrd.Scores) GetisOrd.giStar(counts, 5, 5);
    assertThat(s.z()[12]).isCloseTo(4.480896, within(1e-6));
    double[] q = BenjaminiHochberg.adjust(s.p());
    assertThat(q[12]).isLessThan(0.05);
  }

  @Test
  void aNeighbourhoodIsTheCellAndItsNeighboursFewerAtTheEdge() {
    assertThat(GetisOrd.neighbourhood(0, 3, 4)).containsExactly(0, 1, 4, 5);
    assertThat(GetisOrd.neighbourhood(5, 3, 4)).containsExactly(0, 1, 2, 4, 5, 6, 8, 9, 10);
  }
}
