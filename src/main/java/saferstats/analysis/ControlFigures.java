package saferstats.analysis;

import java.util.Comparator;
import java.util.List;
import saferstats.model.Month;

/**
 * An XmR control chart over the trend months, with the months each rule flags (SPEC 4.2).
 *
 * @param n months with data the chart ran over
 * @param of months in the span
 * @param missing months of the span with no data; no moving range or run crosses them
 * @param latestSignal the most recent flagged month and the rules that flag it, or null when no
 *     rule flags any month
 */
public record ControlFigures(
    int n,
    int of,
    List<Month> missing,
    double mean,
    double lcl,
    double ucl,
    List<Signal> signals,
    LatestSignal latestSignal) {

  /** The chart, with its latest signal found among the rules' months. */
  ControlFigures(
      int n,
      int of,
      List<Month> missing,
      double mean,
      double lcl,
      double ucl,
      List<Signal> signals) {
    this(n, of, missing, mean, lcl, ucl, signals, LatestSignal.of(signals));
  }

  /** One rule and the months it flags. */
  public record Signal(int rule, List<Month> months) {}

  /**
   * The most recent flagged month and every rule that flags it, in rule order: what a committee
   * asks first.
   */
  public record LatestSignal(Month month, List<Integer> rules) {
    static LatestSignal of(List<Signal> signals) {
      return signals.stream()
          .flatMap(s -> s.months().stream())
          .max(Comparator.naturalOrder())
          .map(
              latest ->
                  new LatestSignal(
                      latest,
                      signals.stream()
                          .filter(s -> s.months().contains(latest))
                          .map(Signal::rule)
                          .distinct()
                          .toList()))
          .orElse(null);
    }
  }
}
