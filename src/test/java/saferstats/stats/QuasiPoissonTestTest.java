package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Dispersion and the quasi-Poisson test of SPEC 4.2 on hand-made 24-month series. The arithmetic is
 * in each comment; t and p were checked with scipy ({@code 2 * t.sf(|t|, 22)}) and against
 * statsmodels 0.13.5 {@code GLM(y, [1, window], family=Poisson()).fit(scale='X2')}, whose scale and
 * window t-value agree to 1e-15 (its p uses the normal; the t with 22 df is R's quasipoisson p).
 */
class QuasiPoissonTestTest {
  /** Six repeats of a two-month pattern: twelve months. */
  private static long[] twelve(long first, long second) {
    return LongStream.range(0, 12).map(i -> i % 2 == 0 ? first : second).toArray();
  }

  @Test
  void overdispersedMonthsAreDecidedByTheQuasiPoissonTestWhichDoesNotOverclaim() {
    // previous 5,15,… (sum 120, mean 10): each month (±5)²/10 = 2.5, twelve months 30.
    // current 8,22,… (sum 180, mean 15): each (±7)²/15 = 49/15, twelve months 39.2.
    // φ = (30 + 39.2) / 22 = 3.1454545…; t = ln(180/120) / sqrt(φ · (1/180 + 1/120))
    //   = 0.4054651 / sqrt(3.1454545 / 72) = 1.9398941; p = 2·P(T22 > 1.9399) = 0.0653192.
    // The exact test alone says 0.000634 (significant); allowing for the spread it is not.
    QuasiPoissonTest.Result r = QuasiPoissonTest.compare(twelve(8, 22), twelve(5, 15));
    assertThat(r.test()).isEqualTo(QuasiPoissonTest.QUASI);
    assertThat(r.dispersion()).isCloseTo(69.2 / 22, within(1e-12));
    assertThat(r.p()).isCloseTo(0.06531924750647318, within(1e-12));
    assertThat(r.exactP()).isCloseTo(0.0006342200069283566, within(1e-15));
    assertThat(r.significance()).isEqualTo(Significance.NONE);
  }

  @Test
  void aLargeFallStaysSignificantUnderTheQuasiPoissonTest() {
    // previous 10,20,… (sum 180, mean 15): (±5)²/15 × 12 = 20; current 3,7,… (sum 60, mean 5):
    // (±2)²/5 × 12 = 9.6. φ = 29.6 / 22 = 1.3454545; t = ln(60/180) / sqrt(φ · (1/60 + 1/180))
    // = −1.0986123 / sqrt(1.3454545 / 45) = −6.3535462; p = 2.1526131e-06 (statsmodels t agrees).
    QuasiPoissonTest.Result r = QuasiPoissonTest.compare(twelve(3, 7), twelve(10, 20));
    assertThat(r.test()).isEqualTo(QuasiPoissonTest.QUASI);
    assertThat(r.dispersion()).isCloseTo(29.6 / 22, within(1e-12));
    assertThat(r.p()).isCloseTo(2.1526130984541712e-06, within(1e-15));
    assertThat(r.exactP()).isCloseTo(4.099016169465006e-15, within(1e-25));
    assertThat(r.significance()).isEqualTo(Significance.DECREASE);
  }

  @Test
  void monthsNoMoreSpreadThanPoissonLeaveTheExactTestDeciding() {
    // previous 8,12,… (mean 10): (±2)²/10 × 12 = 4.8; current 12,18,… (mean 15): (±3)²/15 × 12 =
    // 7.2. φ = 12 / 22 = 0.545 ≤ 1, so the exact test's p = 0.000634 decides.
    QuasiPoissonTest.Result r = QuasiPoissonTest.compare(twelve(12, 18), twelve(8, 12));
    assertThat(r.test()).isEqualTo(QuasiPoissonTest.EXACT);
    assertThat(r.dispersion()).isCloseTo(12.0 / 22, within(1e-12));
    assertThat(r.p()).isEqualTo(r.exactP());
    assertThat(r.p()).isCloseTo(0.0006342200069283566, within(1e-15));
    assertThat(r.significance()).isEqualTo(Significance.INCREASE);
  }

  @Test
  void aZeroTotalLeavesTheExactTestDecidingHoweverSpreadTheMonths() {
    // current all 0 (adds 0); previous 0,10,… (mean 5): (±5)²/5 × 12 = 60; φ = 60/22 = 2.73 > 1,
    // but ln(0/60) is not finite: exact p = 2 · 0.5^60 = 1.7347e-18.
    QuasiPoissonTest.Result r = QuasiPoissonTest.compare(twelve(0, 0), twelve(0, 10));
    assertThat(r.test()).isEqualTo(QuasiPoissonTest.EXACT);
    assertThat(r.dispersion()).isCloseTo(60.0 / 22, within(1e-12));
    assertThat(r.p()).isCloseTo(2 * Math.pow(0.5, 60), within(1e-30));
    assertThat(r.significance()).isEqualTo(Significance.DECREASE);
  }
}
