package saferstats.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import saferstats.model.InputKind;
import saferstats.model.Month;

/**
 * Where a priority's control chart starts a new phase with its own centre and limits (SPEC 4.6, NHS
 * "Making Data Count"; NHSRplotthedots' {@code rebase}): at a known national break that touches the
 * priority, and at a step found on the one-phase chart with at least 12 months with data after its
 * start, so the new phase can carry limits of its own. Limits drawn from the old level across 18
 * months at a new one flag every month and say nothing (the City's ASB from 2023-03).
 */
final class ControlPhases {
  /** A step re-phases the chart only when its new level has this many months with data. */
  static final int MIN_MONTHS_AFTER_STEP = Statistics.MIN_CONTROL_MONTHS;

  private ControlPhases() {}

  /** A new phase's first month and why it starts there (a {@link ControlFigures} reason). */
  record Start(Month month, String reason) {}

  /**
   * The phase starts, in month order: each known break's first month (and the month after it when
   * it lasted several months: a lockdown ends), then each step of the one-phase chart {@code chart}
   * with at least 12 months with data from its start. A step in the same month as a break is the
   * break's.
   */
  static List<Start> of(
      MonthlySeries series,
      Month end,
      ControlFigures chart,
      InputKind source,
      Collection<String> categories,
      KnownBreaks breaks) {
    if (chart == null) {
      return List.of();
    }
    List<Start> starts = new ArrayList<>();
    for (KnownBreaks.Break b : breaks.all()) {
      if (b.touches(source, categories)) {
        add(starts, new Start(b.from(), ControlFigures.KNOWN_BREAK));
        if (!b.to().equals(b.from())) {
          add(starts, new Start(b.to().plus(1), ControlFigures.AFTER_KNOWN_BREAK));
        }
      }
    }
    for (Cautions.Step step : CautionFinder.steps(series, end, chart)) {
      if (monthsWithData(series, step.from(), end) >= MIN_MONTHS_AFTER_STEP) {
        add(
            starts,
            new Start(
                step.from(),
                step.direction() == Cautions.Direction.UP
                    ? ControlFigures.STEP_UP
                    : ControlFigures.STEP_DOWN));
      }
    }
    starts.sort(Comparator.comparing(Start::month));
    return starts;
  }

  private static void add(List<Start> starts, Start s) {
    if (starts.stream().noneMatch(o -> o.month().equals(s.month()))) {
      starts.add(s);
    }
  }

  private static int monthsWithData(MonthlySeries series, Month from, Month to) {
    return (int) from.through(to).stream().filter(m -> series.count(m) != null).count();
  }
}
