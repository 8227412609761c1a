package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.analysis.BriefingFixtures.END;
import static saferstats.analysis.BriefingFixtures.matrix;
import static saferstats.analysis.BriefingFixtures.priority;
import static saferstats.analysis.BriefingFixtures.step;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.model.Month;

/**
 * The rules that choose the report's key findings (README "Key findings"), on priorities whose
 * current 12 months (2023-07..2024-06) and previous 12 (2022-07..2023-06) are given by hand.
 */
class KeyFindingsTest {
  @Test
  void aStepInsideTheComparedMonthsIsNamedInTheFindingNotTakenForAClearChange() {
    // 300 vs 600: -50%, p far below 0.05, a significant decrease; the step from 2023-03 lies in
    // the previous 12 months (2022-07..2023-06).
    PriorityTrend asb =
        priority(
            "Anti-social behaviour",
            300,
            600,
            null,
            null,
            step(Month.of(2023, 3), Cautions.Direction.DOWN));
    PriorityMatrix m = matrix(asb);
    assertThat(KeyFindings.cleanChanges(m, END, "the force")).isEmpty();
    List<KeyFindings.Finding> cautioned = KeyFindings.cautionedChanges(m, END, "the force");
    assertThat(cautioned).hasSize(1);
    assertThat(cautioned.get(0).sentence())
        .contains("(300 vs 600)")
        .contains("a step down from 2023-03");
    // The same fall with its step in 2022-03, before both windows: a clear change.
    PriorityTrend before =
        priority(
            "Anti-social behaviour",
            300,
            600,
            null,
            null,
            step(Month.of(2022, 3), Cautions.Direction.DOWN));
    List<KeyFindings.Finding> clean = KeyFindings.cleanChanges(matrix(before), END, "the force");
    assertThat(clean).extracting(KeyFindings.Finding::rule).containsExactly("change");
    assertThat(clean.get(0).sentence()).doesNotContain("step");
  }

  @Test
  void aStepTheTestDidNotCallSignificantIsStillAFindingAfterTheSignificantOnes() {
    // 110 vs 100: +10%, p > 0.05, but a step up from 2024-01 inside the current 12 months.
    PriorityTrend order =
        priority(
            "Public order", 110, 100, null, null, step(Month.of(2024, 1), Cautions.Direction.UP));
    // 200 vs 100, significant, with a step from 2023-10: listed first though smaller by volume.
    PriorityTrend shop =
        priority(
            "Shoplifting", 200, 100, null, null, step(Month.of(2023, 10), Cautions.Direction.UP));
    List<KeyFindings.Finding> f =
        KeyFindings.cautionedChanges(matrix(order, shop), END, "the force");
    assertThat(f)
        .extracting(KeyFindings.Finding::priority)
        .containsExactly("Shoplifting", "Public order");
    assertThat(f.get(1).sentence())
        .contains("not a statistically significant change")
        .contains("2024-01");
  }

  @Test
  void aSentenceThatDoesNotNameItsCautionIsNotAFinding() {
    PriorityTrend asb =
        priority(
            "Anti-social behaviour",
            300,
            600,
            null,
            null,
            step(Month.of(2023, 3), Cautions.Direction.DOWN));
    assertThat(
            KeyFindings.namesItsCautions(
                "Anti-social behaviour fell 50% (300 vs 600), a statistically significant decrease.",
                asb))
        .isFalse();
    assertThat(KeyFindings.namesItsCautions("… after a step down from 2023-03 …", asb)).isTrue();
    // An abrupt month in the window and a 12-month splice: both must be named.
    Cautions c =
        new Cautions(
            List.of(new Cautions.AbruptMonth(Month.of(2023, 8), 3, 54, List.of("12 months"))),
            null,
            List.of(),
            List.of("12-months"));
    PriorityTrend spliced = priority("Robbery", 300, 600, null, null, c);
    assertThat(KeyFindings.namesItsCautions("fell (check 2023-08: 3 against a usual 54)", spliced))
        .isFalse();
    assertThat(
            KeyFindings.namesItsCautions(
                "fell (check 2023-08: 3 against a usual 54); spliced from two releases", spliced))
        .isTrue();
    // An abrupt month before both windows rests nothing on the comparison.
    Cautions old =
        new Cautions(
            List.of(new Cautions.AbruptMonth(Month.of(2021, 8), 3, 54, List.of())),
            null,
            List.of(),
            List.of());
    assertThat(
            KeyFindings.namesItsCautions(
                "fell 50%", priority("Robbery", 300, 600, null, null, old)))
        .isTrue();
  }

  @Test
  void atMostEightFindingsInTheRulesOrderEachRuleInHarmOrder() {
    // Harm shares 0.5, 0.3, 0.2, 0.1, 0.05: the matrix's order. Every priority 200 vs 100
    // (+100%, significant). Five without cautions (3 kept), four with a step (3 kept), and the
    // peers' sentence: 1 + 3 + 3 + 1 = 8, the most there can be.
    List<PriorityTrend> ps =
        List.of(
            priority("Violence", 200, 100, 0.5, 0.2, Cautions.NONE),
            priority("Robbery", 200, 100, 0.3, 0.1, Cautions.NONE),
            priority("Burglary", 200, 100, 0.2, 0.1, Cautions.NONE),
            priority("Drugs", 200, 100, 0.1, 0.1, Cautions.NONE),
            priority("Shoplifting", 200, 100, 0.05, 0.1, Cautions.NONE),
            stepped("Step A", 0.04),
            stepped("Step B", 0.03),
            stepped("Step C", 0.02),
            stepped("Step D", 0.01));
    Assessment a = BriefingFixtures.assessment(ps);
    PriorityMatrix m = PriorityMatrix.of(a, PeerAbsence.none("none"));
    BenchmarkReport peers =
        BenchmarkReports.of(
            "Testham",
            new BenchmarkReport.PopulationSource("pop.csv", 2020),
            new BenchmarkReport.Priority(
                Benchmark.ALL_CRIME,
                50.0,
                2.0,
                0.0,
                "poisson",
                null,
                "Testham ranks 2nd.",
                List.of()));
    List<KeyFindings.Finding> f = KeyFindings.of(a, m, peers, "the force").findings();
    assertThat(f).hasSize(KeyFindings.MAX);
    assertThat(f)
        .extracting(x -> x.rule() + ":" + x.priority())
        .containsExactly(
            "harm:Violence",
            "change:Violence",
            "change:Robbery",
            "change:Burglary",
            "cautioned-change:Step A",
            "cautioned-change:Step B",
            "cautioned-change:Step C",
            "peers:null");
    // The harm finding: 0.5 of harm from 0.2 of crimes, an average weight of 100.
    assertThat(f.get(0).sentence())
        .startsWith(
            "Violence carries the largest share of the area's harm: 50.0% of its crime weighed by"
                + " severity, from 20.0% of its crimes (100.0 per crime");
  }

  @Test
  void aPriorityThatEntersTheTopThreeByVolumeIsAFinding() {
    // Before: P2 400, P4 350, P3 300, P1 100; now: P1 500, P2 400, P3 300, P4 200. P1 moves in
    // (4th → 1st) and P4 out (2nd → 4th); only the first in the matrix's order (by volume, no
    // harm) is kept.
    PriorityMatrix m =
        matrix(
            priority("P1", 500, 100),
            priority("P2", 400, 400),
            priority("P3", 300, 300),
            priority("P4", 200, 350));
    assertThat(KeyFindings.volumeMoves(m))
        .extracting(KeyFindings.Finding::sentence)
        .containsExactly(
            "P1 moved into the top 3 of these priorities by volume: 1st with 500 crimes in the 12"
                + " months to June 2024, 4th with 100 the 12 months before.");
  }

  private static PriorityTrend stepped(String name, double harmShare) {
    return priority(
        name, 200, 100, harmShare, 0.1, step(Month.of(2023, 10), Cautions.Direction.UP));
  }
}
