package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MedianTest {
  @Test
  void oddCountTakesTheMiddleAndEvenCountTheMeanOfTheTwoMiddle() {
    // Sorted 1, 3, 7: middle 3. Sorted 1, 3, 7, 10: (3 + 7) / 2 = 5. The input is not reordered.
    double[] odd = {7, 1, 3};
    assertThat(Median.of(odd)).isEqualTo(3.0);
    assertThat(odd).containsExactly(7, 1, 3);
    assertThat(Median.of(new double[] {10, 1, 7, 3})).isEqualTo(5.0);
  }

  @Test
  void noValuesHaveNoMedian() {
    assertThatThrownBy(() -> Median.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
