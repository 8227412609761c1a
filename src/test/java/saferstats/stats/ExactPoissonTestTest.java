package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Reference p-values computed with scipy by the SPEC's rule: {@code n = a + b; min(1, 2 *
 * min(binom.cdf(a, n, p0), binom.sf(a - 1, n, p0)))}, which equals R's poisson.test(c(a, b)) for
 * equal windows.
 */
class ExactPoissonTestTest {
  @Test
  void theSpecsTrapFiveHundredAndThirtyAgainstFourSeventyThreeIsNotSignificant() {
    // SPEC 4.3: 530 vs 473 (+12%) gives p = 0.077. scipy: 0.07697104531547237.
    ExactPoissonTest.Result r = ExactPoissonTest.compare(530, 473);
    assertThat(r.p()).isCloseTo(0.07697104531547237, within(1e-12));
    assertThat(r.significance()).isEqualTo(Significance.NONE);
  }

  @Test
  void fiveHundredAndFortyAgainstFourSeventyThreeIsASignificantIncrease() {
    // scipy: 0.03805780649972468
    ExactPoissonTest.Result r = ExactPoissonTest.compare(540, 473);
    assertThat(r.p()).isCloseTo(0.03805780649972468, within(1e-12));
    assertThat(r.significance()).isEqualTo(Significance.INCREASE);
  }

  @Test
  void theTestIsSymmetricAndLabelsDecreases() {
    assertThat(ExactPoissonTest.compare(473, 530).p())
        .isCloseTo(0.07697104531547237, within(1e-12));
    // 3 vs 12: 2 * P(X <= 3 | n = 15, 0.5) = 2 * 576 / 32768 = 0.03515625, by hand.
    ExactPoissonTest.Result r = ExactPoissonTest.compare(3, 12);
    assertThat(r.p()).isCloseTo(0.03515625, within(1e-15));
    assertThat(r.significance()).isEqualTo(Significance.DECREASE);
  }

  @Test
  void smallAndEmptyCounts() {
    // 5 vs 0: 2 * P(X >= 5 | n = 5, 0.5) = 2 / 32 = 0.0625.
    assertThat(ExactPoissonTest.compare(5, 0).p()).isCloseTo(0.0625, within(1e-15));
    assertThat(ExactPoissonTest.compare(0, 0).p()).isEqualTo(1.0);
  }

  @Test
  void unequalExposures() {
    // 30 over 3 months vs 40 over 12: p0 = 0.2; scipy 2.305799567723764e-05.
    ExactPoissonTest.Result r = ExactPoissonTest.compare(30, 40, 3, 12);
    assertThat(r.p()).isCloseTo(2.305799567723764e-05, within(1e-15));
    assertThat(r.significance()).isEqualTo(Significance.INCREASE);
  }
}
