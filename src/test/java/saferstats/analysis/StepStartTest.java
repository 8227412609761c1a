package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import saferstats.load.MonthlyCounts;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;

/**
 * A rule-2 run is a step only where its start is seen (a month with data comes just before it) and
 * it is still running at the end month or lasted 12 months or more.
 */
class StepStartTest {
  private static final Month END = Month.of(2025, 12);

  @Test
  void aRunStartingInsideTheComparisonAfterAMonthWithDataIsAStepOnItsSide() {
    // Data 2024-01..2025-12. Rule 2 flags 2025-03..2025-12 above the centre 10; 2025-02 has data.
    MonthlySeries s = series(Month.of(2024, 1), 24);
    ControlFigures c = chart(Month.of(2025, 3), 10);
    assertThat(CautionFinder.step(s, END, c))
        .isEqualTo(new Cautions.Step(Month.of(2025, 3), Cautions.Direction.UP));
  }

  @Test
  void aRunStartingAtTheFirstMonthWithDataHasNoSeenStartAndIsNoStep() {
    // The data begin in 2024-01 (after a gap), and the run flagged from 2024-01 may be the old
    // level: Harrow's MPS Drug Trafficking read "rose 92% … a step down from 2024-01".
    MonthlySeries s = series(Month.of(2024, 1), 24);
    ControlFigures c = chart(Month.of(2024, 1), 7);
    assertThat(CautionFinder.step(s, END, c)).isNull();
  }

  @Test
  void aRunThatEndedBeforeTheEndMonthIsASeasonalTroughNotAStep() {
    // Rule 2 flags 2024-10..2025-04 (seven winter months on one side of the centre), then the
    // counts come back: the run ended in 2025-04, eight months before the end 2025-12.
    MonthlySeries s = series(Month.of(2024, 1), 24);
    ControlFigures c = chart(Month.of(2024, 10), 7);
    assertThat(CautionFinder.step(s, END, c)).isNull();
  }

  @Test
  void aRunOfTwelveMonthsOrMoreThatEndedIsStillAStep() {
    // Rule 2 flags 2024-03..2025-02 (12 months), then the counts cross the centre: longer than any
    // seasonal half-year, so a level shift (the City's ASB ran below its mean 2023-03..2024-07).
    MonthlySeries s = series(Month.of(2024, 1), 24);
    ControlFigures c = chart(Month.of(2024, 3), 12);
    assertThat(CautionFinder.step(s, END, c))
        .isEqualTo(new Cautions.Step(Month.of(2024, 3), Cautions.Direction.UP));
  }

  /** {@code months} months from {@code first}, each with 20 crimes (above the centre of 10). */
  private static MonthlySeries series(Month first, int months) {
    MonthlyCounts.Builder counts = new MonthlyCounts.Builder();
    TreeSet<Month> present = new TreeSet<>();
    for (int i = 0; i < months; i++) {
      counts.add("c", first.plus(i), 20L);
      present.add(first.plus(i));
    }
    return new MonthlySeries(counts.build(ForceCoverage.of("test", present)), List.of("c"));
  }

  /** A chart with centre 10 whose rule 2 flags {@code length} months from {@code from}. */
  private static ControlFigures chart(Month from, int length) {
    List<Month> run = java.util.stream.IntStream.range(0, length).mapToObj(from::plus).toList();
    return new ControlFigures(
        24, 24, List.of(), 10.0, 0.0, 20.0, List.of(new ControlFigures.Signal(2, run)));
  }
}
