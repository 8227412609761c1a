package saferstats.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** XmR limits and each rule on hand-made series; arithmetic in the comments. */
class ControlChartTest {
  @Test
  void limitsAreMeanPlusOrMinusTwoPointSixSixMovingRanges() {
    // 10,12,11,13,10,12,11,13,10,12: mean 114/10 = 11.4; moving ranges 2,1,2,3,2,1,2,3,2 -> 18/9 =
    // 2.
    // UCL = 11.4 + 2.66 * 2 = 16.72; LCL = 11.4 - 5.32 = 6.08. No point outside, no runs of 7.
    ControlChart.Result r = ControlChart.xmr(new double[] {10, 12, 11, 13, 10, 12, 11, 13, 10, 12});
    assertThat(r.mean()).isCloseTo(11.4, within(1e-12));
    assertThat(r.meanMovingRange()).isCloseTo(2.0, within(1e-12));
    assertThat(r.ucl()).isCloseTo(16.72, within(1e-12));
    assertThat(r.lcl()).isCloseTo(6.08, within(1e-12));
    assertThat(r.signals()).isEmpty();
  }

  @Test
  void ruleOneFlagsAPointBeyondALimitAndTheLowerLimitIsNotBelowZero() {
    // Last value 30: mean (102 + 30) / 10 = 13.2; ranges 2,1,2,3,2,1,2,3,20 -> 36/9 = 4;
    // UCL = 13.2 + 10.64 = 23.84 < 30: index 9 flagged. LCL = 13.2 - 10.64 = 2.56.
    // The spike lifts the mean above every other point, so 0..8 are nine below it: rule 2 too.
    ControlChart.Result r = ControlChart.xmr(new double[] {10, 12, 11, 13, 10, 12, 11, 13, 10, 30});
    assertThat(r.ucl()).isCloseTo(23.84, within(1e-12));
    assertThat(rule(r, 1).indices()).containsExactly(9);
    assertThat(rule(r, 2).indices()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(r.signals()).hasSize(2);
    // 0,0,0,20: mean 5, ranges 0,0,20 -> 6.67; LCL = 5 - 17.7 < 0 -> 0.
    assertThat(ControlChart.xmr(new double[] {0, 0, 0, 20}).lcl()).isZero();
  }

  @Test
  void ruleTwoFlagsSevenOrMorePointsOnOneSideAndAPointOnTheMeanBreaksARun() {
    // 4,4,4,4,4,4,4 then 0,0,0,0,0,0,0 then 2: mean = 28/15 = 1.867; the first seven are above
    // (run of 7, flagged), the next seven below (run of 7, flagged); 2 is above (run of 1).
    double[] x = {4, 4, 4, 4, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 2};
    ControlChart.Signal two = rule(ControlChart.xmr(x), 2);
    assertThat(two.indices()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    // 3,3,3,2,3,3,3,1,1: mean = 22/9 = 2.444...; runs above: 3 points, then 2 is below, then 3,
    // then
    // 2 below: no run reaches 7.
    assertThat(ControlChart.xmr(new double[] {3, 3, 3, 2, 3, 3, 3, 1, 1}).signals())
        .noneMatch(s -> s.rule() == 2);
  }

  @Test
  void ruleThreeFlagsSevenPointsEachHigherThanTheOneBefore() {
    // 1..7 rising then 3, 3: points 0..6 are each higher than the one before (7 points).
    ControlChart.Signal three = rule(ControlChart.xmr(new double[] {1, 2, 3, 4, 5, 6, 7, 3, 3}), 3);
    assertThat(three.indices()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    // Only six rising points (1..6) then a fall: no rule 3 signal.
    assertThat(ControlChart.xmr(new double[] {1, 2, 3, 4, 5, 6, 3, 3, 3}).signals())
        .noneMatch(s -> s.rule() == 3);
    // Seven falling points also signal.
    assertThat(rule(ControlChart.xmr(new double[] {9, 8, 7, 6, 5, 4, 3, 8}), 3).indices())
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
  }

  private static ControlChart.Signal rule(ControlChart.Result r, int rule) {
    return r.signals().stream().filter(s -> s.rule() == rule).findFirst().orElseThrow();
  }
}
