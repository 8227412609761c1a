package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Funnel plots of SPEC 4.7 on four-area examples worked by hand; the same figures come from numpy
 * and scipy ({@code np.quantile(z, [0.1, 0.9])}, {@code chi2.ppf(0.95, 3)} = 7.8147279).
 */
class FunnelPlotTest {
  private static final double[] FIVE_THOUSAND = {5000, 5000, 5000, 5000};

  @Test
  void overDispersedAreasGetRandomEffectsLimitsWithTauSquaredByDerSimonianLaird() {
    // Counts 50, 100, 150, 400 over 5,000 each: pooled 1000·700/20000 = 35 per 1,000; rates 10,
    // 20, 30, 80; s² = 1000·35/5000 = 7, so z = −25/√7 = −9.4491, −5.6695, −1.8898, 17.0084.
    // Winsorised at the type-7 10th percentile −9.4491 + 0.3·3.7796 = −8.3152 and 90th
    // −1.8898 + 0.7·18.8982 = 11.3389: φ = (69.143 + 32.143 + 3.5714 + 128.571) / 4 = 58.357.
    // I·φ = 233.43 > χ²(3) 95 % point 7.81, so random effects: w = 1/7 each, Σw = 4/7,
    // Σw²/Σw = 1/7, τ² = (233.43 − 3) / (3/7) = 537.667. z = (80 − 35) / √(7 + 537.667) = 1.92818:
    // within 95 % (1.96), where Poisson limits would put it far above 99.8 %.
    FunnelPlot.Result r = FunnelPlot.of(new long[] {50, 100, 150, 400}, FIVE_THOUSAND, 1000);
    assertThat(r.pooledRate()).isCloseTo(35, within(1e-12));
    assertThat(r.dispersion()).isCloseTo(58.35714285714287, within(1e-9));
    assertThat(r.method()).isEqualTo(FunnelPlot.Method.RANDOM_EFFECTS);
    assertThat(r.tau2()).isCloseTo(537.6666666666669, within(1e-8));
    assertThat(r.areas().get(3).z()).isCloseTo(1.9281779630101423, within(1e-12));
    assertThat(r.areas())
        .extracting(FunnelPlot.Area::position)
        .containsOnly(FunnelPlot.Position.WITHIN);
    // Limits at 5,000: 35 ± 1.959964·√544.667 = −10.7418 .. 80.7418.
    FunnelPlot.Limits l = r.limits(5000);
    assertThat(l.low95()).isCloseTo(-10.74182518226327, within(1e-9));
    assertThat(l.high95()).isCloseTo(80.74182518226327, within(1e-9));
  }

  @Test
  void areasNoMoreSpreadThanPoissonKeepPoissonLimitsAndTauSquaredZero() {
    // 48, 52, 50, 50 over 5,000: pooled 10, s² = 2, z = ∓0.4/√2 = ∓0.28284, 0, 0. Winsorised to
    // ∓0.19799 (type-7 10th percentile −0.28284 + 0.3·0.28284): φ = 2·0.0392 / 4 = 0.0196.
    // Limits at 5,000: 10 ± 1.959964·√2 = 7.22819 .. 12.77181.
    FunnelPlot.Result r = FunnelPlot.of(new long[] {48, 52, 50, 50}, FIVE_THOUSAND, 1000);
    assertThat(r.method()).isEqualTo(FunnelPlot.Method.POISSON);
    assertThat(r.dispersion()).isCloseTo(0.0196, within(1e-12));
    assertThat(r.tau2()).isZero();
    assertThat(r.limits(5000).low95()).isCloseTo(7.228192351300644, within(1e-9));
    assertThat(r.limits(5000).high998())
        .isCloseTo(10 + 3.090232306167813 * Math.sqrt(2), within(1e-9));
  }

  @Test
  void positionsFollowTheZScoreAgainstTheNinetyFiveAndNinetyNinePointEightLimits() {
    // 30/2,000, 120/10,000, 90/5,000, 260/20,000: pooled 1000·500/37000 = 13.5135; rates 15, 12,
    // 18, 13; z = (18 − 13.5135)/√(13.5135/5) = 2.72902 (above 95 %, under 3.0902); the others
    // 0.57186, −1.30197, −0.62472 within. Winsorised φ = 1.56471, I·φ = 6.26 < 7.81: Poisson.
    FunnelPlot.Result r =
        FunnelPlot.of(new long[] {30, 120, 90, 260}, new double[] {2000, 10000, 5000, 20000}, 1000);
    assertThat(r.method()).isEqualTo(FunnelPlot.Method.POISSON);
    assertThat(r.dispersion()).isCloseTo(1.5647136146380352, within(1e-12));
    assertThat(r.areas().get(2).z()).isCloseTo(2.7290231892689305, within(1e-12));
    assertThat(r.areas())
        .extracting(FunnelPlot.Area::position)
        .containsExactly(
            FunnelPlot.Position.WITHIN,
            FunnelPlot.Position.WITHIN,
            FunnelPlot.Position.ABOVE_95,
            FunnelPlot.Position.WITHIN);
  }

  @Test
  void aZScoreBeyondThreePointOhNineIsOutsideTheNinetyNinePointEightLimits() {
    assertThat(FunnelPlot.Position.of(3.1)).isEqualTo(FunnelPlot.Position.ABOVE_998);
    assertThat(FunnelPlot.Position.of(-3.1)).isEqualTo(FunnelPlot.Position.BELOW_998);
    assertThat(FunnelPlot.Position.of(-2.0)).isEqualTo(FunnelPlot.Position.BELOW_95);
    assertThat(FunnelPlot.Position.of(1.95)).isEqualTo(FunnelPlot.Position.WITHIN);
    assertThat(FunnelPlot.Position.ABOVE_998).hasToString("above 99.8 %");
  }
}
