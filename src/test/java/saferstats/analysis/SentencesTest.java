package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.stats.ExactPoissonTest;
import saferstats.stats.QuasiPoissonTest;

/** The quarterly sentence follows the test, never the size of the percentage (SPEC 4.3). */
class SentencesTest {
  private static final Month END = Month.of(2024, 6);

  static PriorityTrend trend(String name, Long current, Long previous, Double forcePct) {
    SignificanceFigures sig =
        current == null || previous == null
            ? null
            : exact(ExactPoissonTest.compare(current, previous));
    return trend(name, current, previous, forcePct, sig);
  }

  /** The exact test deciding, as when the months vary no more than Poisson counts. */
  private static SignificanceFigures exact(ExactPoissonTest.Result r) {
    return new SignificanceFigures(QuasiPoissonTest.EXACT, r.p(), r.p(), null, r.significance());
  }

  static PriorityTrend trend(
      String name, Long current, Long previous, Double forcePct, SignificanceFigures sig) {
    WindowCount c = new WindowCount("c", Month.of(2023, 7), END, current, List.of());
    WindowCount p =
        new WindowCount(
            "p",
            Month.of(2022, 7),
            Month.of(2023, 6),
            previous,
            previous == null ? List.of(Month.of(2022, 9)) : List.of());
    Comparison cmp = Comparison.of(c, p);
    WindowFigures w =
        new WindowFigures(
            new PairFigures(c, p, cmp.change(), cmp.changePct()),
            new PairFigures(c, p, null, null),
            new PairFigures(c, p, null, null));
    ComparatorFigures force =
        forcePct == null
            ? null
            : new ComparatorFigures(
                "Force",
                1L,
                1L,
                forcePct,
                new ComparatorFigures.Rest(1L, 1L, 0.0),
                List.of(),
                false);
    return new PriorityTrend(
        name,
        InputKind.POLICE_UK,
        null,
        true,
        false,
        null,
        List.of(),
        w,
        null,
        sig,
        null,
        null,
        null,
        force,
        List.of(),
        Cautions.NONE,
        null,
        null,
        null);
  }

  @Test
  void theSpecsExampleRoseFourteenPercentSignificantly() {
    // 540 vs 473: +14.2% -> "14%"; p = 0.038 < 0.05.
    assertThat(Sentences.twelveMonths(trend("Robbery", 540L, 473L, 4.2), END, "the force"))
        .isEqualTo(
            "Robbery rose 14% in the 12 months to June 2024 (540 vs 473), a statistically significant"
                + " increase; the force rose 4%, so this rise is larger than the force's.");
  }

  @Test
  void twelvePercentUpIsNotSignificantSoTheSentenceSaysSo() {
    // 530 vs 473: +12.1%, but p = 0.077.
    assertThat(Sentences.twelveMonths(trend("Robbery", 530L, 473L, 4.2), END, "the force"))
        .isEqualTo(
            "Robbery was 12% higher in the 12 months to June 2024 (530 vs 473), not a statistically"
                + " significant change; the force rose 4%, so this rise is larger than the force's.");
  }

  @Test
  void theComparatorsChangeIsReadBesideTheAreas() {
    // Harrow's drugs (review finding 15): 784 vs 556 is +41.0 %, London +48 %: a smaller rise.
    assertThat(Sentences.twelveMonths(trend("Drugs", 784L, 556L, 48.0), END, "London"))
        .endsWith("; London rose 48%, so this rise is smaller than London's.");
    // Whole percent as printed: +41.0 against +41.4 both read 41 %, "about the same".
    assertThat(Sentences.beside(41.0, 41.4, "London"))
        .isEqualTo(", so this rise is about the same as London's");
    // A fall beside a rise; a larger fall; nothing when either did not move.
    assertThat(Sentences.beside(-5.0, 3.0, "London"))
        .isEqualTo(", so this fall goes the other way to London's change");
    assertThat(Sentences.beside(-20.0, -3.0, "the force"))
        .isEqualTo(", so this fall is larger than the force's");
    assertThat(Sentences.beside(0.0, 3.0, "London")).isEmpty();
    assertThat(Sentences.beside(12.0, 0.0, "London")).isEmpty();
  }

  @Test
  void fallsSmallNumbersAndMissingMonths() {
    // 3 vs 12 is a significant decrease (p = 0.035) but under 10: too few to compare.
    assertThat(Sentences.twelveMonths(trend("Robbery", 3L, 12L, null), END, "the force"))
        .isEqualTo(
            "Robbery: 3 in the 12 months to June 2024 against 12 the year before — too few for a reliable comparison.");
    assertThat(Sentences.twelveMonths(trend("Burglary", 1378L, 1510L, -9.0), END, "London"))
        .isEqualTo(
            "Burglary fell 9% in the 12 months to June 2024 (1,378 vs 1,510), a statistically"
                + " significant decrease; London fell 9%, so this fall is about the same as"
                + " London's.");
    assertThat(Sentences.twelveMonths(trend("Burglary", 100L, null, null), END, "the force"))
        .contains("include months with no data (2022-09), so no comparison can be made");
  }

  @Test
  void theSentenceFollowsTheQuasiPoissonTestWhenTheMonthsAreOverdispersed() {
    // 180 vs 120 (+50%) from months 8,22,… against 5,15,…: the exact test says p = 0.0006, but
    // the months vary 3.15 times more than Poisson counts (QuasiPoissonTestTest works it out) and
    // the quasi-Poisson p = 0.065 decides: not significant, whatever the size of the rise.
    long[] current = {8, 22, 8, 22, 8, 22, 8, 22, 8, 22, 8, 22};
    long[] previous = {5, 15, 5, 15, 5, 15, 5, 15, 5, 15, 5, 15};
    QuasiPoissonTest.Result r = QuasiPoissonTest.compare(current, previous);
    SignificanceFigures sig =
        new SignificanceFigures(r.test(), r.p(), r.exactP(), r.dispersion(), r.significance());
    assertThat(Sentences.twelveMonths(trend("Robbery", 180L, 120L, null, sig), END, "the force"))
        .isEqualTo(
            "Robbery was 50% higher in the 12 months to June 2024 (180 vs 120), not a statistically"
                + " significant change.");
    // The same counts with Poisson-like months: the exact test decides, and it is significant.
    assertThat(Sentences.twelveMonths(trend("Robbery", 180L, 120L, null), END, "the force"))
        .contains("rose 50%", "a statistically significant increase");
  }

  @Test
  void unmeasurablePrioritiesSayWhatWouldMeasureThem() {
    assertThat(
            Sentences.unmeasurable(
                new Unmeasurable("Hate crime", "MPS hate crime dashboard extract")))
        .isEqualTo(
            "Hate crime cannot be measured from these inputs; it needs MPS hate crime dashboard extract.");
  }

  @Test
  void aSplicedTwelveMonthComparisonSaysSoInTheSentence() {
    // 540 vs 473: +14.2%, "14%"; the 12-month pair was spliced, the trend was not.
    PriorityTrend t =
        trend(
            "Robbery",
            540L,
            473L,
            null,
            new SignificanceFigures(
                QuasiPoissonTest.EXACT, 0.04, 0.04, 1.0, saferstats.stats.Significance.INCREASE));
    Cautions spliced = new Cautions(List.of(), null, List.of(), List.of("12-months"));
    assertThat(Sentences.twelveMonths(withCautions(t, spliced), END, "the force"))
        .endsWith(
            "; the two 12 months are spliced from different MPS releases, which may count"
                + " differently.");
    Cautions trendOnly = new Cautions(List.of(), null, List.of(), List.of("trend"));
    assertThat(Sentences.twelveMonths(withCautions(t, trendOnly), END, "the force"))
        .doesNotContain("spliced");
  }

  @Test
  void anAbruptMonthAndAStepAreNamedInTheSentence() {
    // The City's ASB shape: 328 vs 626 is -47.6%, "48%"; 2023-08 held 3 against a median of 54.
    PriorityTrend t =
        trend(
            "Anti-social behaviour",
            328L,
            626L,
            null,
            new SignificanceFigures(
                QuasiPoissonTest.QUASI, 0.018, 0.0, 2.0, saferstats.stats.Significance.DECREASE));
    Cautions c =
        new Cautions(
            List.of(
                new Cautions.AbruptMonth(
                    Month.of(2023, 8), 3, 54, List.of("12 months to 2023-08"))),
            new Cautions.Step(Month.of(2023, 6), Cautions.Direction.DOWN),
            List.of(),
            List.of());
    assertThat(Sentences.twelveMonths(withCautions(t, c), END, "the force"))
        .isEqualTo(
            "Anti-social behaviour was 48% lower in the 12 months to June 2024 (328 vs 626) after a"
                + " step down from 2023-06, cause unknown (2023-08 at 3 against a usual 54); a shift"
                + " in level, not a trend, though the test finds a statistically significant"
                + " decrease.");
  }

  @Test
  void aUsualLevelBetweenTwoCountsKeepsItsHalf() {
    assertThat(Sentences.usual(55.5)).isEqualTo("55.5");
    assertThat(Sentences.usual(54)).isEqualTo("54");
  }

  /**
   * {@code t} with its own latest quarter (2024-25 Q1, April to June 2024) against 2023-24 Q1; the
   * exact test decides the quarter, as when its six months vary no more than Poisson counts.
   */
  private static PriorityTrend withQuarter(
      PriorityTrend t, Long now, Long lastYear, List<Month> missing) {
    WindowCount q = new WindowCount("2024-25 Q1", Month.of(2024, 4), END, now, List.of());
    WindowCount qly =
        new WindowCount("2023-24 Q1", Month.of(2023, 4), Month.of(2023, 6), lastYear, missing);
    Comparison cmp = Comparison.of(q, qly);
    WindowFigures w = t.windows();
    WindowFigures figures =
        new WindowFigures(
            w.twelve(),
            new PairFigures(q, qly, cmp.change(), cmp.changePct()),
            new PairFigures(w.fytd().now(), w.fytd().yearEarlier(), null, null));
    return new PriorityTrend(
        t.name(),
        t.source(),
        t.group(),
        t.measurable(),
        t.approximate(),
        t.note(),
        t.monthly(),
        figures,
        t.rate(),
        t.significance(),
        lastYear == null ? null : exact(ExactPoissonTest.compare(now, lastYear)),
        t.trend(),
        t.control(),
        t.comparator(),
        t.flags(),
        t.cautions(),
        t.unlocated(),
        t.outcomes(),
        null);
  }

  @Test
  void theQuarterIsSaidAfterTheTwelveMonthsAndFollowsItsOwnTest() {
    // 12 months 540 vs 473 as in the SPEC. Quarter 60 vs 30: +100%; exact test, n = 90, p0 = 0.5,
    // two-sided p = 2 * P(X >= 60) = 0.0021 (scipy binom.sf(59, 90, 0.5) * 2) < 0.05.
    PriorityTrend t = withQuarter(trend("Robbery", 540L, 473L, 4.2), 60L, 30L, List.of());
    assertThat(Sentences.of(t, END, "the force"))
        .isEqualTo(
            "Robbery rose 14% in the 12 months to June 2024 (540 vs 473), a statistically significant"
                + " increase; the force rose 4%, so this rise is larger than the force's. Robbery rose"
                + " 100% in 2024-25 Q1 (April to June 2024)"
                + " against the same quarter last year (60 vs 30), a statistically significant"
                + " increase.");
    // Quarter 36 vs 30: +20%, exact p = 0.54 (2 * binom.sf(35, 66, 0.5)): the words say so.
    assertThat(
            Sentences.quarter(withQuarter(trend("Robbery", 540L, 473L, 4.2), 36L, 30L, List.of())))
        .isEqualTo(
            "Robbery was 20% higher in 2024-25 Q1 (April to June 2024) against the same quarter last"
                + " year (36 vs 30), not a statistically significant change.");
  }

  @Test
  void aQuarterUnderTenOrWithAMissingMonthIsNotCompared() {
    // 8 vs 3 would be +167%, but both windows need 10 or more (SPEC 4.1 small numbers).
    assertThat(
            Sentences.quarter(withQuarter(trend("Robbery", 540L, 473L, null), 8L, 3L, List.of())))
        .isEqualTo(
            "Robbery: 8 in 2024-25 Q1 (April to June 2024) against 3 in the same quarter last year —"
                + " too few for a reliable comparison.");
    assertThat(
            Sentences.quarter(
                withQuarter(
                    trend("Robbery", 540L, 473L, null), 60L, null, List.of(Month.of(2023, 5)))))
        .isEqualTo(
            "Robbery: 2024-25 Q1 (April to June 2024) or the same quarter last year include months"
                + " with no data (2023-05), so no comparison can be made.");
  }

  @Test
  void eachPartNamesOnlyTheCautionsInsideItsOwnMonths() {
    // Abrupt 2022-09 lies in the previous 12 months (2022-07..2023-06) but in neither quarter;
    // abrupt 2023-05 and the 2023-05 break lie in 2023-24 Q1; the step from 2024-01 lies between
    // the two quarters, so both changes cross it.
    Cautions c =
        new Cautions(
            List.of(
                new Cautions.AbruptMonth(Month.of(2022, 9), 2, 20, List.of()),
                new Cautions.AbruptMonth(Month.of(2023, 5), 90, 20, List.of())),
            new Cautions.Step(Month.of(2024, 1), Cautions.Direction.UP),
            List.of(
                new Cautions.KnownBreak(
                    Month.of(2023, 5), Month.of(2023, 5), "a counting-rule change", List.of())),
            List.of());
    PriorityTrend t =
        withCautions(withQuarter(trend("Robbery", 540L, 473L, null), 60L, 30L, List.of()), c);
    assertThat(Sentences.twelveMonths(t, END, "the force"))
        .isEqualTo(
            "Robbery was 14% higher in the 12 months to June 2024 (540 vs 473) after a step up from"
                + " 2024-01, cause unknown (2022-09 and 2023-05 at 2 and 90 against a usual 20 and"
                + " 20), and across a counting-rule change (2023-05); a shift in level, not a trend,"
                + " though the test finds a statistically significant increase.");
    assertThat(Sentences.quarter(t))
        .isEqualTo(
            "Robbery was 100% higher in 2024-25 Q1 (April to June 2024) against the same quarter"
                + " last year (60 vs 30) after a step up from 2024-01, cause unknown (2023-05 at 90"
                + " against a usual 20), and across a counting-rule change (2023-05); a shift in"
                + " level, not a trend, though the test finds a statistically significant increase.");
  }

  static PriorityTrend withCautions(PriorityTrend t, Cautions c) {
    return new PriorityTrend(
        t.name(),
        t.source(),
        t.group(),
        t.measurable(),
        t.approximate(),
        t.note(),
        t.monthly(),
        t.windows(),
        t.rate(),
        t.significance(),
        t.quarterSignificance(),
        t.trend(),
        t.control(),
        t.comparator(),
        t.flags(),
        c,
        t.unlocated(),
        t.outcomes(),
        null);
  }
}
