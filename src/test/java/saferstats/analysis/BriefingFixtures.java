package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.stats.ExactPoissonTest;
import saferstats.stats.QuasiPoissonTest;

/**
 * Small priorities for the key findings and the matrix: current 12 months 2023-07..2024-06 against
 * 2022-07..2023-06, counts and cautions as the test gives them, harm shares given whole.
 */
final class BriefingFixtures {
  static final Month END = Month.of(2024, 6);

  private BriefingFixtures() {}

  /** A priority with no harm figures and no cautions; the exact test decides its verdict. */
  static PriorityTrend priority(String name, long current, long previous) {
    return priority(name, current, previous, null, null, Cautions.NONE);
  }

  /**
   * @param harmShare the share of the area's harm (null: no weight, as anti-social behaviour)
   * @param volumeShare the share of the area's crimes
   */
  static PriorityTrend priority(
      String name,
      long current,
      long previous,
      Double harmShare,
      Double volumeShare,
      Cautions cautions) {
    WindowCount c =
        new WindowCount("12 months to 2024-06", Month.of(2023, 7), END, current, List.of());
    WindowCount p =
        new WindowCount(
            "12 months to 2023-06", Month.of(2022, 7), Month.of(2023, 6), previous, List.of());
    Comparison cmp = Comparison.of(c, p);
    WindowFigures w =
        new WindowFigures(
            new PairFigures(c, p, cmp.change(), cmp.changePct()),
            new PairFigures(c, p, cmp.change(), cmp.changePct()),
            new PairFigures(c, p, cmp.change(), cmp.changePct()));
    ExactPoissonTest.Result r = ExactPoissonTest.compare(current, previous);
    SignificanceFigures sig =
        new SignificanceFigures(QuasiPoissonTest.EXACT, r.p(), r.p(), null, r.significance());
    HarmFigures harm =
        volumeShare == null
            ? null
            : new HarmFigures(
                "ons-css",
                "Metropolitan Police",
                "2019/20",
                harmShare == null ? null : 100.0,
                harmShare == null ? null : 100.0 * current,
                harmShare,
                volumeShare,
                current,
                Month.of(2023, 7),
                END,
                List.of(),
                List.of(),
                harmShare == null ? "no weight" : null,
                false,
                null);
    List<String> flags = new ArrayList<>();
    if (!cautions.abruptMonths().isEmpty()) {
      flags.add(PriorityTrend.ABRUPT_MONTH);
    }
    if (cautions.step() != null) {
      flags.add(PriorityTrend.STEP);
    }
    if (!cautions.knownBreaks().isEmpty()) {
      flags.add(PriorityTrend.KNOWN_BREAK);
    }
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
        null,
        List.copyOf(flags),
        cautions,
        null,
        null,
        harm);
  }

  /** A step from {@code from} in the given direction, nothing else. */
  static Cautions step(Month from, Cautions.Direction d) {
    return new Cautions(List.of(), new Cautions.Step(from, d), List.of(), List.of());
  }

  /** The area's report with these priorities, no places, no peers. */
  static Assessment assessment(List<PriorityTrend> priorities) {
    TrendsReport t =
        new TrendsReport(
            "trends",
            "Testham",
            "Test Police",
            END,
            "test",
            false,
            List.of(),
            List.of(),
            priorities,
            List.of(),
            List.of(),
            List.of());
    return new Assessment(
        t, Quarterly.of(t, "the force"), List.of(), List.of(), List.of(), null, null);
  }

  /** The matrix of these priorities, in the matrix's order, without peers. */
  static PriorityMatrix matrix(PriorityTrend... priorities) {
    return PriorityMatrix.of(assessment(List.of(priorities)), PeerAbsence.none("none"));
  }
}
