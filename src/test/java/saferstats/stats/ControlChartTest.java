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

  @Test
  void movingRangesDoNotReachAcrossAGap() {
    // Months 0,1,2 then 10,11,12 (3..9 missing): 10,12,10 then 30,32,30. Mean 124/6 = 20.667.
    // Moving ranges only within each block: 2,2,2,2 -> 2. UCL = 20.667 + 5.32 = 25.987,
    // LCL = 15.347: the level moved while the data were missing, and every month is beyond a
    // limit. Counting the jump |30 − 10| = 20 as a moving range (consecutive treatment) gives
    // (2+2+20+2+2)/5 = 5.6, UCL 35.56, LCL 5.77 and no signal at all.
    int[] t = {0, 1, 2, 10, 11, 12};
    double[] x = {10, 12, 10, 30, 32, 30};
    ControlChart.Result r = ControlChart.xmr(t, x);
    assertThat(r.meanMovingRange()).isCloseTo(2.0, within(1e-12));
    assertThat(r.ucl()).isCloseTo(124.0 / 6 + 5.32, within(1e-12));
    assertThat(r.lcl()).isCloseTo(124.0 / 6 - 5.32, within(1e-12));
    assertThat(rule(r, 1).indices()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(ControlChart.xmr(x).meanMovingRange()).isCloseTo(5.6, within(1e-12));
    assertThat(ControlChart.xmr(x).signals()).isEmpty();
  }

  @Test
  void aRunOnOneSideDoesNotSpanAGap() {
    // 4,4,4,4 at months 0..3, then 4,4,4,4 at months 5..8 (4 missing), then 1,1,1,1,1 at 9..13,
    // and 3 at 14. Mean = (32 + 5 + 3) / 14 = 2.857: the eight 4s are above it but the gap splits
    // them into two runs of 4, so no rule 2; consecutive treatment sees one run of 8.
    int[] t = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
    double[] x = {4, 4, 4, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 3};
    assertThat(ControlChart.xmr(t, x).signals()).noneMatch(s -> s.rule() == 2);
    assertThat(rule(ControlChart.xmr(x), 2).indices()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void aRisingRunDoesNotSpanAGap() {
    // 1,2,3,4 at months 0..3 and 5,6,7,8 at months 6..9 (4 and 5 missing), then 3 at month 10.
    // Each block rises for 4 points only; consecutive treatment sees 1..8 rising: 8 points.
    int[] t = {0, 1, 2, 3, 6, 7, 8, 9, 10};
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 3};
    assertThat(ControlChart.xmr(t, x).signals()).noneMatch(s -> s.rule() == 3);
    assertThat(rule(ControlChart.xmr(x), 3).indices()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void runsAboveAndBelowTheCentreAreSeparate() {
    // Seven 5s then seven 1s, consecutive: mean 3; the first seven above (one run), the next seven
    // below (another run); each reaches 7, and no run joins the two sides.
    double[] x = {5, 5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1, 1};
    ControlChart.Signal two = rule(ControlChart.xmr(x), 2);
    assertThat(two.indices()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    // Six 5s and six 1s: two runs of 6 on opposite sides, neither a signal.
    assertThat(ControlChart.xmr(new double[] {5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 1}).signals())
        .noneMatch(s -> s.rule() == 2);
  }

  private static ControlChart.Signal rule(ControlChart.Result r, int rule) {
    return r.signals().stream().filter(s -> s.rule() == rule).findFirst().orElseThrow();
  }

  @Test
  void eachPhaseHasItsOwnMeanAndMovingRangeLimits() {
    // 12 months alternating 10,12 then 12 months alternating 30,34, a new phase at index 12.
    // Phase 1: mean 132/12 = 11; moving ranges eleven 2s -> 2; UCL 11 + 2.66 * 2 = 16.32,
    // LCL 11 - 5.32 = 5.68. Phase 2: mean 384/12 = 32; moving ranges eleven 4s -> 4 (the jump
    // 12 -> 30 between the phases is no moving range); UCL 32 + 10.64 = 42.64, LCL 21.36.
    // No point is beyond its own phase's limits, and no run of 7 lies on one side of its centre.
    // One phase over all 24: mean 516/24 = 21.5, the first 12 below it and the last 12 above
    // (rule 2 flags every month): the old level's limits say nothing about the new one.
    double[] x = new double[24];
    for (int i = 0; i < 12; i++) {
      x[i] = i % 2 == 0 ? 10 : 12;
      x[12 + i] = i % 2 == 0 ? 30 : 34;
    }
    int[] t = java.util.stream.IntStream.range(0, 24).toArray();
    java.util.List<ControlChart.Phase> p = ControlChart.phases(t, x, new int[] {12}, 12);
    assertThat(p).hasSize(2);
    assertThat(p.get(0).from()).isZero();
    assertThat(p.get(0).to()).isEqualTo(12);
    assertThat(p.get(0).mean()).isCloseTo(11, within(1e-12));
    assertThat(p.get(0).ucl()).isCloseTo(16.32, within(1e-12));
    assertThat(p.get(0).lcl()).isCloseTo(5.68, within(1e-12));
    assertThat(p.get(1).from()).isEqualTo(12);
    assertThat(p.get(1).mean()).isCloseTo(32, within(1e-12));
    assertThat(p.get(1).ucl()).isCloseTo(42.64, within(1e-12));
    assertThat(p.get(1).lcl()).isCloseTo(21.36, within(1e-12));
    assertThat(p).allMatch(ph -> ph.signals().isEmpty());
    assertThat(rule(ControlChart.xmr(t, x), 2).indices()).hasSize(24);
  }

  @Test
  void aPhaseUnderTheMinimumHasItsMeanButNoLimitsAndItsSignalsKeepTheirPlaces() {
    // 12 months of 10,12 then 8 months 40,40,41,41,42,42,43,43 from index 12: 8 < 12 months, so
    // the new phase has its mean (332/8 = 41.5) and no limits; rule 1 cannot flag in it. Its first
    // four points are below 41.5 and the last four above: no run of 7. Rule 3 needs 7 each
    // higher than the one before; ties break it: none. So no signal, and index 12 starts it.
    double[] x = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 40, 40, 41, 41, 42, 42, 43, 43};
    int[] t = java.util.stream.IntStream.range(0, 20).toArray();
    java.util.List<ControlChart.Phase> p = ControlChart.phases(t, x, new int[] {12}, 12);
    assertThat(p.get(1).mean()).isCloseTo(41.5, within(1e-12));
    assertThat(p.get(1).lcl()).isNull();
    assertThat(p.get(1).ucl()).isNull();
    assertThat(p.get(1).signals()).isEmpty();
    // 7 points each higher from index 12 (40..46) in a short phase: rule 3 flags them, with
    // their indices in the whole series (12..18).
    double[] rising = {10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 40, 41, 42, 43, 44, 45, 46};
    java.util.List<ControlChart.Phase> r =
        ControlChart.phases(
            java.util.stream.IntStream.range(0, 19).toArray(), rising, new int[] {12}, 12);
    assertThat(r.get(1).signals()).hasSize(1);
    assertThat(r.get(1).signals().get(0).rule()).isEqualTo(3);
    assertThat(r.get(1).signals().get(0).indices()).containsExactly(12, 13, 14, 15, 16, 17, 18);
  }
}
