package saferstats.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Selected street rows counted by what the analyses that need no single row read from them: the
 * {@code Falls within} values (the area's force) and category × month × last outcome (outcome
 * shares when no outcomes files are given). Kept per partition in the parse cache, so that a warm
 * trends run decodes no row. Immutable.
 *
 * @param byForce rows by {@code Falls within}
 * @param outcomes rows by category, month and the street file's last outcome
 */
public record RowTally(Map<String, Long> byForce, Map<OutcomeCell, Long> outcomes) {
  /** A category, month and last outcome ("" for none); a missing text is held as "". */
  public record OutcomeCell(String category, Month month, String lastOutcome) {}

  public RowTally {
    byForce = Map.copyOf(byForce);
    outcomes = Map.copyOf(outcomes);
  }

  /** The rows counted. */
  public static RowTally of(List<PoliceRow> rows) {
    Map<String, Long> byForce = new HashMap<>();
    Map<OutcomeCell, Long> outcomes = new HashMap<>();
    for (PoliceRow r : rows) {
      byForce.merge(text(r.fallsWithin()), 1L, Long::sum);
      outcomes.merge(
          new OutcomeCell(text(r.category()), r.month(), text(r.lastOutcome())), 1L, Long::sum);
    }
    return new RowTally(byForce, outcomes);
  }

  /** The tallies added up. */
  public static RowTally sum(Collection<RowTally> tallies) {
    Map<String, Long> byForce = new HashMap<>();
    Map<OutcomeCell, Long> outcomes = new HashMap<>();
    for (RowTally t : tallies) {
      t.byForce.forEach((f, n) -> byForce.merge(f, n, Long::sum));
      t.outcomes.forEach((c, n) -> outcomes.merge(c, n, Long::sum));
    }
    return new RowTally(byForce, outcomes);
  }

  /**
   * The {@code Falls within} value most of the rows carry: the area's force (SPEC 1.1); of two
   * equally common, the first by name.
   */
  public String mostCommonForce() {
    String most = null;
    long mostRows = -1;
    for (Map.Entry<String, Long> e : new TreeMap<>(byForce).entrySet()) {
      if (e.getValue() > mostRows) {
        most = e.getKey();
        mostRows = e.getValue();
      }
    }
    return most;
  }

  /** A missing text counts as "", as a table holds it. */
  private static String text(String s) {
    return s == null ? "" : s;
  }
}
