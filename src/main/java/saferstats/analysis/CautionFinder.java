package saferstats.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.stats.AbruptMonths;

/** Finds a priority's {@link Cautions} from its series, windows and control chart (SPEC 4.5). */
final class CautionFinder {
  /** The months of the 12-month comparison: current12 and previous12. */
  static final int COMPARISON_MONTHS = 24;

  private CautionFinder() {}

  static Cautions of(
      MonthlySeries series,
      Month end,
      WindowFigures windows,
      ControlFigures control,
      InputKind source,
      Collection<String> categories,
      KnownBreaks breaks) {
    List<WindowCount> all = all(windows);
    return new Cautions(
        abrupt(series, end, all),
        step(series, end, control),
        breaks.all().stream()
            .filter(b -> b.touches(source, categories))
            .map(b -> new Cautions.KnownBreak(b.from(), b.to(), b.description(), in(all, b)))
            .filter(b -> !b.windows().isEmpty())
            .toList());
  }

  /** Abrupt months among the 24 of the comparison, each judged against its own 12 before. */
  static List<Cautions.AbruptMonth> abrupt(MonthlySeries series, Month end, List<WindowCount> all) {
    Month first = end.minus(COMPARISON_MONTHS - 1).minus(AbruptMonths.LOOKBACK);
    List<Month> months = first.through(end);
    double[] x =
        months.stream()
            .mapToDouble(m -> series.count(m) == null ? Double.NaN : series.count(m))
            .toArray();
    return AbruptMonths.find(x, AbruptMonths.LOOKBACK).stream()
        .map(
            a -> {
              Month m = months.get(a.index());
              return new Cautions.AbruptMonth(
                  m,
                  (long) a.count(),
                  a.median(),
                  all.stream()
                      .filter(w -> !w.from().isAfter(m) && !w.to().isBefore(m))
                      .map(WindowCount::label)
                      .toList());
            })
        .toList();
  }

  /**
   * The latest rule-2 run that starts inside the comparison's 24 months: a level shift, so a change
   * across it is not a trend. Runs are the flagged months split where a month is skipped or the
   * side of the centre changes. A run whose first month follows no month with data (the chart's
   * first month, or the month after a gap) has no observed start: it may be the old level rather
   * than a new one, so it is not called a step.
   */
  static Cautions.Step step(MonthlySeries series, Month end, ControlFigures control) {
    if (control == null) {
      return null;
    }
    Month first = end.minus(COMPARISON_MONTHS - 1);
    Cautions.Step latest = null;
    Month previous = null;
    int previousSide = 0;
    List<Month> flagged =
        control.signals().stream()
            .filter(s -> s.rule() == 2)
            .flatMap(s -> s.months().stream())
            .sorted()
            .toList();
    for (Month m : flagged) {
      Long count = series.count(m);
      int side = count == null ? 0 : (int) Math.signum(count - control.mean());
      boolean starts = previous == null || !previous.plus(1).equals(m) || side != previousSide;
      boolean startSeen = series.count(m.minus(1)) != null;
      if (starts && startSeen && !m.isBefore(first) && side != 0) {
        latest = new Cautions.Step(m, side > 0 ? Cautions.Direction.UP : Cautions.Direction.DOWN);
      }
      previous = m;
      previousSide = side;
    }
    return latest;
  }

  private static List<WindowCount> all(WindowFigures w) {
    return Stream.of(
            w.current12(),
            w.previous12(),
            w.quarter(),
            w.quarterLastYear(),
            w.fytd(),
            w.fytdLastYear())
        .toList();
  }

  private static List<String> in(List<WindowCount> all, KnownBreaks.Break b) {
    List<String> labels = new ArrayList<>();
    for (WindowCount w : all) {
      if (!w.from().isAfter(b.to()) && !w.to().isBefore(b.from())) {
        labels.add(w.label());
      }
    }
    return labels;
  }
}
