package saferstats.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
      KnownBreaks breaks,
      List<String> splices) {
    List<WindowCount> all = windows.counts();
    return new Cautions(
        abrupt(series, end, all),
        step(series, end, control),
        breaks.all().stream()
            .filter(b -> b.touches(source, categories))
            .map(
                b ->
                    new Cautions.KnownBreak(
                        b.from(), b.to(), b.name(), b.effect(), b.description(), in(all, b)))
            .filter(b -> !b.windows().isEmpty())
            .toList(),
        splices);
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

  /** A run lasting this long is longer than any seasonal half-year of highs or lows. */
  static final int LASTING_RUN_MONTHS = 12;

  /**
   * The latest rule-2 run that starts inside the comparison's 24 months and is a level shift (see
   * {@link #steps}): a change across it is not a trend.
   */
  static Cautions.Step step(MonthlySeries series, Month end, ControlFigures control) {
    Month first = end.minus(COMPARISON_MONTHS - 1);
    Cautions.Step latest = null;
    for (Cautions.Step s : steps(series, end, control)) {
      if (!s.from().isBefore(first)) {
        latest = s;
      }
    }
    return latest;
  }

  /**
   * Every rule-2 run of the chart that is a level shift, oldest first: still running at the end
   * month, or lasting 12 months or more. Runs are the flagged months split where a month is skipped
   * or the side of the centre changes. A shorter run that ended is not a step: a seasonal trough or
   * peak (seven winter months below the 36-month mean) makes such runs every year. A run whose
   * first month follows no month with data (the chart's first month, or the month after a gap) has
   * no observed start: it may be the old level rather than a new one, so it is not called a step
   * either.
   */
  static List<Cautions.Step> steps(MonthlySeries series, Month end, ControlFigures control) {
    if (control == null) {
      return List.of();
    }
    List<Month> flagged =
        control.signals().stream()
            .filter(s -> s.rule() == 2)
            .flatMap(s -> s.months().stream())
            .sorted()
            .toList();
    List<Cautions.Step> steps = new ArrayList<>();
    int i = 0;
    while (i < flagged.size()) {
      Month start = flagged.get(i);
      int side = side(series, control, start);
      int j = i;
      while (j + 1 < flagged.size()
          && flagged.get(j).plus(1).equals(flagged.get(j + 1))
          && side(series, control, flagged.get(j + 1)) == side) {
        j++;
      }
      Month last = flagged.get(j);
      boolean lasting = last.equals(end) || j - i + 1 >= LASTING_RUN_MONTHS;
      boolean startSeen = series.count(start.minus(1)) != null;
      if (side != 0 && lasting && startSeen) {
        steps.add(
            new Cautions.Step(start, side > 0 ? Cautions.Direction.UP : Cautions.Direction.DOWN));
      }
      i = j + 1;
    }
    return steps;
  }

  private static int side(MonthlySeries series, ControlFigures control, Month m) {
    Long count = series.count(m);
    return count == null ? 0 : (int) Math.signum(count - control.mean());
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
