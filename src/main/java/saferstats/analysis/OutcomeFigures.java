package saferstats.analysis;

import java.util.List;

/**
 * What happened to a priority's crimes of the current 12 months, by each crime's latest outcome.
 *
 * @param crimes crime rows in the window (ASB has no outcomes and is not counted; crimes with a
 *     blank Crime ID cannot be joined and keep their street file's last outcome)
 * @param withOutcome crimes with an outcome: the denominator of every share
 * @param notCovered crimes the outcomes files did not cover (their street file's last outcome was
 *     used); null when no outcomes files were given
 * @param source {@code outcomes-files} or {@code street-last-outcome}
 */
public record OutcomeFigures(
    long crimes, long withOutcome, Long notCovered, String source, List<Share> shares) {

  /** One outcome group: its count and its share (percent, null when there is no denominator). */
  public record Share(String group, String label, long count, Double pct) {}
}
