package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.model.Month;
import saferstats.stats.QuasiPoissonTest;
import saferstats.stats.Significance;

/**
 * The verdict a reader sees first names a step, abrupt months or a known break inside the months
 * compared before the test's word, and says which way a break of known direction biases the
 * comparison (SPEC 4.6). Windows as in {@link SentencesTest}: current 2023-07..2024-06, previous
 * 2022-07..2023-06.
 */
class VerdictTest {
  private static final Month END = Month.of(2024, 6);

  private static final Cautions.AbruptMonth AUG =
      new Cautions.AbruptMonth(Month.of(2023, 8), 3, 54, List.of());
  private static final Cautions.AbruptMonth SEP =
      new Cautions.AbruptMonth(Month.of(2023, 9), 4, 48, List.of());

  /**
   * The City's ASB shape: 328 vs 626, (328 − 626) / 626 = −47.6 %, "−48%"; quasi-Poisson p 0.018.
   */
  private static PriorityTrend asb(Cautions c) {
    return SentencesTest.withCautions(
        SentencesTest.trend(
            "Anti-social behaviour",
            328L,
            626L,
            null,
            new SignificanceFigures(
                QuasiPoissonTest.QUASI, 0.018, 0.0, 2.0, Significance.DECREASE)),
        c);
  }

  private static Cautions step(Month from, Cautions.AbruptMonth... abrupt) {
    return new Cautions(
        List.of(abrupt), new Cautions.Step(from, Cautions.Direction.DOWN), List.of(), List.of());
  }

  @Test
  void aStepInsideTheWindowsIsNamedBeforeTheTestsWord() {
    Verdict v = asb(step(Month.of(2023, 3), AUG, SEP)).verdict();
    assertThat(v.text())
        .isEqualTo(
            "−48% after a step down from 2023-03, cause unknown (2023-08 and 2023-09 at 3 and 4"
                + " against a usual 54 and 48); a shift in level, not a trend (test: significant"
                + " decrease)");
    assertThat(v.qualified()).isTrue();
    assertThat(v.shift()).isTrue();
    assertThat(v.text().indexOf("step")).isLessThan(v.text().indexOf("significant"));
    assertThat(v.withoutChange()).startsWith("after a step down from 2023-03, cause unknown");
    // The summary's narrow column: the months named, their counts left to the * footnote.
    assertThat(v.brief())
        .isEqualTo(
            "after a step down from 2023-03, cause unknown (abrupt months 2023-08 and 2023-09); a"
                + " shift in level, not a trend (test: significant decrease)");
  }

  @Test
  void aStepBeforeTheWindowsLeavesTheTestsWordAlone() {
    // A step from 2022-01 starts before the previous 12 months (2022-07..): both windows lie on
    // the new level, so the comparison is like for like.
    Verdict v = asb(step(Month.of(2022, 1))).verdict();
    assertThat(v.text()).isEqualTo("−48%, significant decrease");
    assertThat(v.qualified()).isFalse();
    assertThat(v.withoutChange()).isEqualTo("significant decrease");
  }

  @Test
  void abruptMonthsWithoutAStepAreNamedWithoutACause() {
    Cautions c = new Cautions(List.of(AUG), null, List.of(), List.of());
    assertThat(asb(c).verdict().text())
        .isEqualTo(
            "−48% across an abrupt month, cause unknown (2023-08 at 3 against a usual 54); test:"
                + " significant decrease");
    // An abrupt month outside both windows (2022-03, before 2022-07) is not this comparison's.
    Cautions outside =
        new Cautions(
            List.of(new Cautions.AbruptMonth(Month.of(2022, 3), 3, 54, List.of())),
            null,
            List.of(),
            List.of());
    assertThat(asb(outside).verdict().qualified()).isFalse();
  }

  private static final Cautions.KnownBreak VSO_BREAK =
      new Cautions.KnownBreak(
          Month.of(2023, 5),
          Month.of(2023, 5),
          "the May 2023 counting-rule change",
          Cautions.Effect.LOWERS,
          "Home Office counting-rule change in May 2023",
          List.of());

  private static PriorityTrend vso(long now, long before, Significance s, Cautions.KnownBreak b) {
    return SentencesTest.withCautions(
        SentencesTest.trend(
            "Violence and sexual offences",
            now,
            before,
            null,
            new SignificanceFigures(QuasiPoissonTest.QUASI, 0.011, 0.0, 1.5, s)),
        new Cautions(List.of(), null, List.of(b), List.of()));
  }

  @Test
  void aBreakThatLowersCountsUnderstatesARiseWhenTheCurrentWindowHasMoreMonthsAfterIt() {
    // 1,463 vs 1,267: 196 / 1,267 = +15.47 %, 15.5 to 1 dp, "+16%". The break lowers counts from
    // 2023-05: all 12 current months
    // (2023-07..2024-06) are after it, and 2 of the previous 12 (2023-05, 2023-06), so the current
    // window is lowered more: the rise is if anything understated.
    PriorityTrend t = vso(1463, 1267, Significance.INCREASE, VSO_BREAK);
    assertThat(t.verdict().text())
        .isEqualTo(
            "+16% across the May 2023 counting-rule change (2023-05: it lowers counts from then on;"
                + " with all of the current and 2 of the previous 12 months after it, the rise is if"
                + " anything understated); test: significant increase");
    assertThat(Sentences.twelveMonths(t, END, "the force"))
        .isEqualTo(
            "Violence and sexual offences was 16% higher in the 12 months to June 2024 (1,463 vs"
                + " 1,267) across the May 2023 counting-rule change (2023-05: it lowers counts from"
                + " then on; with all of the current and 2 of the previous 12 months after it, the"
                + " rise is if anything understated); a statistically significant increase.");
    // The summary's column keeps the break and the bias's conclusion; the § footnote has the rest.
    assertThat(t.verdict().brief())
        .isEqualTo(
            "across the May 2023 counting-rule change (the rise is if anything understated); test:"
                + " significant increase");
    // The same break under a fall (1,267 vs 1,463: −13.4 %): the fall is if anything overstated.
    assertThat(vso(1267, 1463, Significance.DECREASE, VSO_BREAK).verdict().text())
        .contains("the fall is if anything overstated");
  }

  @Test
  void aBreakOfUnknownDirectionIsNamedWithoutABiasAndOneOutsideTheWindowsNotAtAll() {
    Cautions.KnownBreak lockdown =
        new Cautions.KnownBreak(
            Month.of(2023, 3),
            Month.of(2023, 6),
            "a lockdown",
            null,
            "a lockdown changed crime and its reporting",
            List.of());
    assertThat(vso(1463, 1267, Significance.INCREASE, lockdown).verdict().text())
        .isEqualTo("+16% across a lockdown (2023-03 to 2023-06); test: significant increase");
    Cautions.KnownBreak old =
        new Cautions.KnownBreak(
            Month.of(2020, 3), Month.of(2020, 6), "a lockdown", null, "", List.of());
    assertThat(vso(1463, 1267, Significance.INCREASE, old).verdict().text())
        .isEqualTo("+16%, significant increase");
  }

  @Test
  void theSentenceNamesTheStepAndItsMonthsBeforeSignificant() {
    String s = Sentences.twelveMonths(asb(step(Month.of(2023, 3), AUG, SEP)), END, "the force");
    assertThat(s)
        .isEqualTo(
            "Anti-social behaviour was 48% lower in the 12 months to June 2024 (328 vs 626) after a"
                + " step down from 2023-03, cause unknown (2023-08 and 2023-09 at 3 and 4 against a"
                + " usual 54 and 48); a shift in level, not a trend, though the test finds a"
                + " statistically significant decrease.");
    assertThat(s.indexOf("step down")).isLessThan(s.indexOf("significant"));
  }
}
