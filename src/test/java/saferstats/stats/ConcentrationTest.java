package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConcentrationTest {
  private static final long[] SPEC_DENSE = {10, 8, 2, 0, 0, 0, 0, 0, 0, 0};
  private static final long[] SPEC_SPARSE = {5, 2, 1, 0, 0, 0, 0, 0, 0, 0};

  @Test
  void theSpecsFirstVectorHasGiniPointSevenEight() {
    // Ascending: seven 0s, then 2, 8, 10 at i = 8, 9, 10. Σ i·x = 16 + 72 + 100 = 188; Σx = 20.
    // G = 2·188 / (10·20) − 11/10 = 1.88 − 1.1 = 0.78. n = 20 ≥ N = 10, so no generalised Gini.
    assertThat(Concentration.gini(SPEC_DENSE)).hasValueCloseTo(0.78, within(1e-12));
    assertThat(Concentration.generalisedGini(SPEC_DENSE)).isEmpty();
  }

  @Test
  void theSpecsSparseVectorHasGiniPointEightAndGeneralisedPointSevenFive() {
    // Ascending: 1, 2, 5 at i = 8, 9, 10. Σ i·x = 8 + 18 + 50 = 76; Σx = 8.
    // G = 2·76 / (10·8) − 11/10 = 1.9 − 1.1 = 0.80.
    // n = 8 < N = 10: G' = (10/8)·0.8 − (10 − 8)/8 = 1.0 − 0.25 = 0.75 (lorenzgini's example).
    assertThat(Concentration.gini(SPEC_SPARSE)).hasValueCloseTo(0.80, within(1e-12));
    assertThat(Concentration.generalisedGini(SPEC_SPARSE)).hasValueCloseTo(0.75, within(1e-12));
  }

  @Test
  void anEvenSpreadHasGiniZeroAndOneHolderHasTheMaximum() {
    // 3,3,3,3: Σ i·x = 3·(1+2+3+4) = 30; G = 60 / (4·12) − 5/4 = 1.25 − 1.25 = 0.
    assertThat(Concentration.gini(new long[] {3, 3, 3, 3})).hasValueCloseTo(0.0, within(1e-15));
    // 0,0,0,7: Σ i·x = 28; G = 56 / 28 − 5/4 = 0.75 = (N−1)/N, the largest a sample can reach.
    assertThat(Concentration.gini(new long[] {0, 0, 0, 7})).hasValueCloseTo(0.75, within(1e-15));
    // 3 crimes in 4 places, all in one (0,0,0,3): Σ i·x = 4·3 = 12, G = 24/12 − 5/4 = 0.75;
    // G' = (4/3)·0.75 − (4 − 3)/3 = 2/3. One per place (0,1,1,1): Σ i·x = 2 + 3 + 4 = 9,
    // G = 18/12 − 5/4 = 0.25; G' = (4/3)·0.25 − 1/3 = 0, as even as 3 crimes in 4 places can be.
    assertThat(Concentration.generalisedGini(new long[] {0, 0, 0, 3}))
        .hasValueCloseTo(2.0 / 3, within(1e-15));
    assertThat(Concentration.generalisedGini(new long[] {1, 1, 0, 1}))
        .hasValueCloseTo(0.0, within(1e-15));
  }

  @Test
  void nothingCountedHasNoConcentration() {
    long[] zeros = {0, 0, 0};
    assertThat(Concentration.gini(zeros)).isEmpty();
    assertThat(Concentration.generalisedGini(zeros)).isEmpty();
    assertThat(Concentration.topShare(zeros, 0.1)).isEmpty();
    assertThat(Concentration.fewestForHalf(zeros)).isZero();
    assertThat(Concentration.gini(new long[0])).isEmpty();
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> Concentration.gini(new long[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void topTenPercentShare() {
    // N = 10: ceil(0.1·10) = 1 unit, the 10 of 20: 0.5. Sparse: 5 of 8 = 0.625.
    assertThat(Concentration.topShare(SPEC_DENSE, 0.1)).hasValueCloseTo(0.5, within(1e-15));
    assertThat(Concentration.topShare(SPEC_SPARSE, 0.1)).hasValueCloseTo(0.625, within(1e-15));
    // N = 11: ceil(1.1) = 2 units, 10 + 8 of 20 = 0.9. N = 5: ceil(0.5) = 1 unit.
    long[] eleven = {10, 8, 2, 0, 0, 0, 0, 0, 0, 0, 0};
    assertThat(Concentration.topShare(eleven, 0.1)).hasValueCloseTo(0.9, within(1e-15));
    assertThat(Concentration.topShare(new long[] {1, 4, 0, 0, 0}, 0.1))
        .hasValueCloseTo(0.8, within(1e-15));
  }

  @Test
  void topShareIsNotTrippedByFloatingPoint() {
    // 0.1 × 30 is 3.0000000000000004 in doubles; the top 10 % of 30 units is 3 units, not 4.
    // Thirty units holding 30, 29, ..., 1 (total 465): the top 3 hold 30 + 29 + 28 = 87.
    long[] thirty = new long[30];
    for (int i = 0; i < 30; i++) {
      thirty[i] = i + 1;
    }
    assertThat(Concentration.topShare(thirty, 0.1)).hasValueCloseTo(87.0 / 465, within(1e-15));
  }

  @Test
  void fewestUnitsHoldingHalf() {
    // 10 of 20 is exactly half: one unit. Sparse: 5 of 8 ≥ 4: one unit.
    assertThat(Concentration.fewestForHalf(SPEC_DENSE)).isEqualTo(1);
    assertThat(Concentration.fewestForHalf(SPEC_SPARSE)).isEqualTo(1);
    // 3,3,3,3 (12): 3 < 6, 6 ≥ 6: two. 4,3,3,1 (11): 4 < 5.5, 7 ≥ 5.5: two.
    assertThat(Concentration.fewestForHalf(new long[] {3, 3, 3, 3})).isEqualTo(2);
    assertThat(Concentration.fewestForHalf(new long[] {1, 3, 4, 3})).isEqualTo(2);
  }
}
