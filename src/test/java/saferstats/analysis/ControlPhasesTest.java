package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import saferstats.load.MonthlyCounts;
import saferstats.model.ForceCoverage;
import saferstats.model.InputKind;
import saferstats.model.Month;

/**
 * Where the chart starts a new phase (SPEC 4.6): at a step found on the one-phase chart with at
 * least 12 months with data after it, and at a known break touching the priority.
 */
class ControlPhasesTest {
  private static final Month FIRST = Month.of(2022, 1);
  private static final Month END = Month.of(2024, 12);
  private static final KnownBreaks NONE = new KnownBreaks(List.of());

  @Test
  void aStepWithTwelveMonthsAfterItStartsAPhaseAndIsFoundOnTheOnePhaseChart() {
    // 36 months at 20 (2022-01..2024-12). The one-phase chart's rule 2 flags 2023-07..2024-12
    // below its centre 30 (18 months, still running at the end, 2023-06 has data): a step down
    // from 2023-07 with 18 >= 12 months after it, so a new phase starts there.
    ControlFigures chart = chart(30, Month.of(2023, 7), 18);
    assertThat(ControlPhases.of(series(36), END, chart, InputKind.POLICE_UK, List.of("c"), NONE))
        .containsExactly(new ControlPhases.Start(Month.of(2023, 7), ControlFigures.STEP_DOWN));
  }

  @Test
  void aStepWithUnderTwelveMonthsAfterItIsACautionButNoPhase() {
    // The run flags 2024-05..2024-12: 8 months to the end, too few for limits of their own; the
    // step stays a caution of the comparison (CautionFinder.step) but does not re-phase.
    ControlFigures chart = chart(30, Month.of(2024, 5), 8);
    assertThat(ControlPhases.of(series(36), END, chart, InputKind.POLICE_UK, List.of("c"), NONE))
        .isEmpty();
    assertThat(CautionFinder.step(series(36), END, chart))
        .isEqualTo(new Cautions.Step(Month.of(2024, 5), Cautions.Direction.DOWN));
  }

  @Test
  void aKnownBreakTouchingThePriorityStartsAPhaseAndOneThatLastedStartsAnotherAfterIt() {
    KnownBreaks breaks =
        new KnownBreaks(
            List.of(
                new KnownBreaks.Break(
                    Month.of(2023, 5),
                    Month.of(2023, 5),
                    "police-uk",
                    List.of("violence"),
                    "a counting change",
                    Cautions.Effect.LOWERS,
                    "d"),
                new KnownBreaks.Break(
                    Month.of(2022, 3),
                    Month.of(2022, 6),
                    "*",
                    List.of("*"),
                    "a lockdown",
                    null,
                    "d")));
    ControlFigures chart = chart(20, Month.of(2024, 12), 0);
    assertThat(
            ControlPhases.of(
                series(36),
                END,
                chart,
                InputKind.POLICE_UK,
                List.of("Violence and sexual offences"),
                breaks))
        .containsExactly(
            new ControlPhases.Start(Month.of(2022, 3), ControlFigures.KNOWN_BREAK),
            new ControlPhases.Start(Month.of(2022, 7), ControlFigures.AFTER_KNOWN_BREAK),
            new ControlPhases.Start(Month.of(2023, 5), ControlFigures.KNOWN_BREAK));
    // Burglary is not touched by the violence break: only the lockdown's phases.
    assertThat(
            ControlPhases.of(
                series(36), END, chart, InputKind.POLICE_UK, List.of("Burglary"), breaks))
        .extracting(ControlPhases.Start::month)
        .containsExactly(Month.of(2022, 3), Month.of(2022, 7));
  }

  /** {@code months} months from 2022-01, each with 20 crimes. */
  private static MonthlySeries series(int months) {
    MonthlyCounts.Builder counts = new MonthlyCounts.Builder();
    TreeSet<Month> present = new TreeSet<>();
    for (int i = 0; i < months; i++) {
      counts.add("c", FIRST.plus(i), 20L);
      present.add(FIRST.plus(i));
    }
    return new MonthlySeries(counts.build(ForceCoverage.of("test", present)), List.of("c"));
  }

  /** A one-phase chart with centre {@code mean} whose rule 2 flags {@code length} months. */
  private static ControlFigures chart(double mean, Month from, int length) {
    List<Month> run = java.util.stream.IntStream.range(0, length).mapToObj(from::plus).toList();
    return new ControlFigures(
        36,
        36,
        List.of(),
        mean,
        0.0,
        2 * mean,
        length == 0 ? List.of() : List.of(new ControlFigures.Signal(2, run)));
  }
}
