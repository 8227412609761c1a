package saferstats.analysis;

import java.util.Comparator;
import java.util.List;
import saferstats.model.Month;

/**
 * An XmR control chart over the trend months, with the months each rule flags (SPEC 4.2), in phases
 * with their own centre and limits (SPEC 4.6).
 *
 * @param n months with data the chart ran over
 * @param of months in the span
 * @param missing months of the span with no data; no moving range or run crosses them
 * @param mean the latest phase's centre
 * @param lcl the latest phase's lower limit, or null when that phase is too short for limits
 * @param ucl the latest phase's upper limit, or null as {@code lcl}
 * @param signals each rule and the months it flags, every phase read against its own centre and
 *     limits
 * @param latestSignal the most recent flagged month and the rules that flag it, or null when no
 *     rule flags any month
 * @param phases every phase, oldest first; one phase when nothing re-phased the chart
 */
public record ControlFigures(
    int n,
    int of,
    List<Month> missing,
    double mean,
    Double lcl,
    Double ucl,
    List<Signal> signals,
    LatestSignal latestSignal,
    List<Phase> phases) {

  /** Why a phase starts where it does. */
  public static final String START = "start";

  /** A phase begun by a known national series break ({@code breaks.csv}). */
  public static final String KNOWN_BREAK = "known-break";

  /** A phase begun after a known break that lasted several months ended. */
  public static final String AFTER_KNOWN_BREAK = "after-known-break";

  /** A phase begun by a step found on the one-phase chart, with at least 12 months after it. */
  public static final String STEP_UP = "step-up";

  /** As {@link #STEP_UP}, downward. */
  public static final String STEP_DOWN = "step-down";

  /** A one-phase chart, with its latest signal found among the rules' months. */
  ControlFigures(
      int n,
      int of,
      List<Month> missing,
      double mean,
      double lcl,
      double ucl,
      List<Signal> signals) {
    this(n, of, missing, mean, lcl, ucl, signals, LatestSignal.of(signals), List.of());
  }

  /** Whether the chart was recalculated in more than one phase. */
  public boolean phased() {
    return phases.size() > 1;
  }

  /** One rule and the months it flags. */
  public record Signal(int rule, List<Month> months) {}

  /**
   * One phase: its months with data from {@code from} to {@code to}, its own centre, and its own
   * limits unless it holds under 12 months with data (then null: too few for limits).
   *
   * @param n months with data in the phase
   * @param reason why it starts there: {@link #START}, {@link #KNOWN_BREAK}, {@link
   *     #AFTER_KNOWN_BREAK}, {@link #STEP_UP} or {@link #STEP_DOWN}
   */
  public record Phase(
      Month from, Month to, int n, double mean, Double lcl, Double ucl, String reason) {}

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
