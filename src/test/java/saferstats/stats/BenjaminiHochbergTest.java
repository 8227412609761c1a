package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {
  @Test
  void theTextbookTenPValuesGiveThreeDiscoveriesAtFivePercent() {
    double[] p = {0.0001, 0.0008, 0.0021, 0.0234, 0.0293, 0.05, 0.3354, 0.5211, 0.9123, 1};
    // m = 10, p(k)·10/k: 0.001, 0.004, 0.007, 0.0585, 0.0586, 0.08333…, 0.479142857…, 0.651375,
    // 1.013666…, 1.0. Running minimum from k = 10 down: 1.0; min(1.0137, 1) = 1.0; 0.651375;
    // 0.4791428…; 0.08333…; 0.0586; 0.0585; 0.007; 0.004; 0.001. Three below 0.05.
    double[] q = BenjaminiHochberg.adjust(p);
    double[] expected = {
      0.001, 0.004, 0.007, 0.0585, 0.0586, 0.05 * 10 / 6, 0.3354 * 10 / 7, 0.651375, 1, 1
    };
    assertThat(q).containsExactly(expected, within(1e-12));
    assertThat(Arrays.stream(q).filter(v -> v < 0.05).count()).isEqualTo(3);
  }

  @Test
  void theRunningMinimumPullsALargerRawValueDown() {
    // p = 0.04, 0.041, m = 2: raw 0.04·2/1 = 0.08 and 0.041·2/2 = 0.041; q(1) = min(0.08, 0.041).
    assertThat(BenjaminiHochberg.adjust(new double[] {0.04, 0.041}))
        .containsExactly(new double[] {0.041, 0.041}, within(1e-15));
  }

  @Test
  void qValuesComeBackInTheInputsOrder() {
    // The textbook values shuffled: each q follows its p.
    double[] p = {0.9123, 0.0021, 1, 0.0001, 0.0293};
    // Sorted 0.0001, 0.0021, 0.0293, 0.9123, 1 with m = 5: 0.0005, 0.00525, 0.048833…, 1.140375,
    // 1 → running minimum 1, 1, 0.048833…, 0.00525, 0.0005.
    assertThat(BenjaminiHochberg.adjust(p))
        .containsExactly(new double[] {1, 0.00525, 1, 0.0005, 0.0293 * 5 / 3}, within(1e-12));
  }

  @Test
  void edgeCases() {
    assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    assertThat(BenjaminiHochberg.adjust(new double[] {0.3})).containsExactly(0.3);
    assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {1.5}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
