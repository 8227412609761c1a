package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Expected values from a numpy transcription of pymannkendall's original_test (S, tie-corrected
 * variance, continuity-corrected Z, two-sided normal p, tau = S / (n(n-1)/2), Sen = median slope).
 */
class MannKendallTest {
  @Test
  void shortSeriesWithATieWorkedByHand() {
    // x = 1,2,2,3,5,4. Signs from each point to the later ones: +5, +3 (2->2 is 0), +3, +2, -1: S =
    // 12.
    // One tie of two 2s: var = (6*5*17 - 2*1*9) / 18 = (510 - 18) / 18 = 27.333...
    // Z = (12 - 1) / sqrt(27.333) = 2.104003153109016; p = 0.035378171962853644; tau = 12 / 15 =
    // 0.8.
    MannKendall.Result r = MannKendall.test(new double[] {1, 2, 2, 3, 5, 4});
    assertThat(r.s()).isEqualTo(12);
    assertThat(r.varS()).isCloseTo(27.333333333333332, within(1e-12));
    assertThat(r.z()).isCloseTo(2.104003153109016, within(1e-12));
    assertThat(r.p()).isCloseTo(0.035378171962853644, within(1e-12));
    assertThat(r.tau()).isEqualTo(0.8);
    assertThat(r.direction()).isEqualTo(TrendDirection.INCREASING);
  }

  @Test
  void thirtySixSeasonalMonthsWithATrend() {
    double[] x = {
      100, 108, 114, 113, 115, 109, 107, 105, 99, 100, 99, 106, 114, 116, 123, 122, 123, 123, 115,
      113, 107, 109, 113, 114, 122, 125, 131, 136, 132, 131, 124, 122, 121, 117, 122, 123
    };
    MannKendall.Result r = MannKendall.test(x);
    // numpy/pymannkendall: S 284, var 5359.333333333333, z 3.8657258436219997,
    // p 0.00011075930161630332, tau 0.4507936507936508, Sen 0.6363636363636364.
    assertThat(r.n()).isEqualTo(36);
    assertThat(r.s()).isEqualTo(284);
    assertThat(r.varS()).isCloseTo(5359.333333333333, within(1e-9));
    assertThat(r.z()).isCloseTo(3.8657258436219997, within(1e-12));
    assertThat(r.p()).isCloseTo(0.00011075930161630332, within(1e-12));
    assertThat(r.tau()).isCloseTo(0.4507936507936508, within(1e-12));
    assertThat(SenSlope.of(x)).isCloseTo(0.6363636363636364, within(1e-12));
  }

  @Test
  void aFlatSeriesHasNoTrend() {
    // 10,12,11,13 three times: S 12, var 198, z 0.7817359599705717, p 0.43436976365621405.
    MannKendall.Result r =
        MannKendall.test(new double[] {10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 13});
    assertThat(r.s()).isEqualTo(12);
    assertThat(r.varS()).isEqualTo(198.0);
    assertThat(r.p()).isCloseTo(0.43436976365621405, within(1e-12));
    assertThat(r.direction()).isEqualTo(TrendDirection.NO_TREND);
  }

  @Test
  void senSlopeWorkedByHand() {
    // Pairwise slopes of 1,2,2,3,5,4 sorted: -1, 0, .5, .5, .5, .5, .6, 2/3, 2/3, 1, 1, 1, 1, 1.5,
    // 2;
    // the 8th of 15 is 2/3.
    assertThat(SenSlope.of(new double[] {1, 2, 2, 3, 5, 4})).isCloseTo(2.0 / 3, within(1e-15));
    // Even count of slopes: 1,3,2 -> slopes 2, 0.5, -1 (odd); 1,2,4,4 -> 1,1.5,1,2,1,0 -> median
    // (1+1)/2.
    assertThat(SenSlope.of(new double[] {1, 2, 4, 4})).isEqualTo(1.0);
  }
}
