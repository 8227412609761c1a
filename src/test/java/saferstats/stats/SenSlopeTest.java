package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Sen's slope divides each pair's rise by the months truly between them (SPEC 4.2). */
class SenSlopeTest {
  @Test
  void aGapOfMissingMonthsIsNotSqueezedOut() {
    // Months 0, 1, 4, 5 (2 and 3 missing) with counts 0, 1, 2, 3. Pairwise slopes:
    // (0,1) 1/1 = 1; (0,4) 2/4 = 0.5; (0,5) 3/5 = 0.6; (1,4) 1/3; (1,5) 2/4 = 0.5; (4,5) 1/1 = 1.
    // Sorted 1/3, 0.5, 0.5, 0.6, 1, 1: median (0.5 + 0.6) / 2 = 0.55 per month.
    // Treating the four as consecutive gives slope 1 for every pair: the old, wrong answer.
    double[] x = {0, 1, 2, 3};
    assertThat(SenSlope.of(new int[] {0, 1, 4, 5}, x)).isCloseTo(0.55, within(1e-12));
    assertThat(SenSlope.of(x)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void consecutiveMonthsGiveTheMedianOfPairwiseSlopes() {
    // 1, 3, 2: slopes (0,1) 2, (0,2) 1/2, (1,2) −1 -> median 0.5.
    assertThat(SenSlope.of(new double[] {1, 3, 2})).isCloseTo(0.5, within(1e-12));
  }
}
