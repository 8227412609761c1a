package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignificanceTest {
  @Test
  void pOfExactlyAlphaIsNotSignificant() {
    // SPEC 4.2: significant when p < 0.05, so 0.05 itself is not, whichever way the change goes.
    assertThat(Significance.of(0.05, true)).isEqualTo(Significance.NONE);
    assertThat(Significance.of(0.05, false)).isEqualTo(Significance.NONE);
    assertThat(TrendDirection.of(0.05, 2.0)).isEqualTo(TrendDirection.NO_TREND);
  }

  @Test
  void belowAlphaTheDirectionDecides() {
    assertThat(Significance.of(0.0499, true)).isEqualTo(Significance.INCREASE);
    assertThat(Significance.of(0.0499, false)).isEqualTo(Significance.DECREASE);
    assertThat(TrendDirection.of(0.0499, 2.0)).isEqualTo(TrendDirection.INCREASING);
    assertThat(TrendDirection.of(0.0499, -2.0)).isEqualTo(TrendDirection.DECREASING);
  }

  @Test
  void theWordsAreThoseOfSpec42() {
    assertThat(Significance.INCREASE.id()).isEqualTo("significant increase");
    assertThat(Significance.DECREASE.id()).isEqualTo("significant decrease");
    assertThat(Significance.NONE.id()).isEqualTo("no significant change");
    assertThat(TrendDirection.NO_TREND.id()).isEqualTo("no trend");
    assertThat(HotspotClass.INTERMITTENT.id()).isEqualTo("intermittent");
  }
}
