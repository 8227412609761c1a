package saferstats.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.RowTally;
import saferstats.model.Window;
import saferstats.priorities.ResolvedPriority;

/**
 * Outcome shares (SPEC 1.2): each crime's latest outcome is its newest row in the outcomes files,
 * joined on Crime ID; without outcomes files, or for a crime they do not cover, it is the street
 * file's own {@code Last outcome category}.
 *
 * <p>The crimes are tallied once by category, month, outcome group and where the outcome came from,
 * and each priority's figures are read from the tally: no table of the area's rows is built (that,
 * with Tablesaw's first use, was most of a warm trends run), and without outcomes files no row is
 * read at all.
 */
public final class OutcomeShares {
  /** police.uk's ASB type: incidents, not crimes; they have no outcomes. */
  static final String ASB = "Anti-social behaviour";

  /**
   * A crime's latest outcome: its text ("" for none) and whether it came from the outcomes files
   * (else from the crime's street row).
   */
  record Latest(String outcome, boolean fromFiles) {}

  /** One cell of the tally; {@code group} is "" for a crime with no outcome. */
  private record Cell(String category, Month month, OutcomeGroup group, boolean fromFiles) {}

  /** Crime ID → the newest outcomes row for it. */
  private final Map<String, PoliceRow> newest;

  private final boolean haveOutcomesFiles;

  /** The area's crimes (not ASB) counted by cell. */
  private final Map<Cell, long[]> crimes = new HashMap<>();

  /** The group of each distinct outcome text, worked out once: a few texts, many crimes. */
  private final Map<String, OutcomeGroup> groupOf = new HashMap<>();

  private OutcomeShares(Map<String, PoliceRow> newest, boolean haveOutcomesFiles) {
    this.newest = newest;
    this.haveOutcomesFiles = haveOutcomesFiles;
  }

  /**
   * The outcomes rows (in month order, later inputs last) reduced to one row per Crime ID, the
   * newest outcome winning, so that joining on Crime ID can never multiply a crime; joined once
   * with the crimes among {@code area}'s street rows, whose figures each priority then counts.
   * Without outcomes files no crime is joined: {@code streetTally} (the same rows counted by
   * category, month and last outcome) then gives the figures, and no row is read.
   */
  public static OutcomeShares of(
      List<PoliceRow> outcomes, List<PoliceRow> area, RowTally streetTally) {
    Map<String, PoliceRow> newest = new LinkedHashMap<>();
    for (PoliceRow r : outcomes) {
      if (!r.crimeId().isEmpty()) {
        newest.merge(
            r.crimeId(), r, (seen, now) -> now.month().isBefore(seen.month()) ? seen : now);
      }
    }
    OutcomeShares shares = new OutcomeShares(newest, !outcomes.isEmpty());
    if (outcomes.isEmpty()) {
      streetTally
          .outcomes()
          .forEach(
              (c, n) -> shares.add(c.category(), c.month(), new Latest(c.lastOutcome(), false), n));
    } else {
      for (PoliceRow r : area) {
        shares.add(text(r.category()), r.month(), shares.latest(r), 1);
      }
    }
    return shares;
  }

  /** Counts {@code n} crimes of a category and month with their latest outcome; ASB is no crime. */
  private void add(String category, Month month, Latest latest, long n) {
    if (ASB.equals(category)) {
      return;
    }
    OutcomeGroup group =
        latest.outcome().isEmpty()
            ? null
            : groupOf.computeIfAbsent(latest.outcome(), OutcomeGroup::of);
    crimes
            .computeIfAbsent(
                new Cell(category, month, group, latest.fromFiles()), k -> new long[1])[0] +=
        n;
  }

  /**
   * A crime's latest outcome: the newest outcomes row with its Crime ID (a hash lookup; crimes may
   * share an ID, as distinct records, and each gets the outcome; a blank ID matches nothing), else
   * its street row's own last outcome.
   */
  Latest latest(PoliceRow crime) {
    PoliceRow outcome = crime.crimeId() == null ? null : newest.get(crime.crimeId());
    if (outcome != null) {
      return new Latest(text(outcome.category()), true);
    }
    return new Latest(text(crime.lastOutcome()), false);
  }

  /** A missing text is no outcome, as blank text is. */
  private static String text(String s) {
    return s == null ? "" : s;
  }

  /** The figures for one priority's crimes in {@code window}, or null when it has no crimes. */
  public OutcomeFigures figures(ResolvedPriority p, Window window) {
    long crimesIn = 0;
    long notCovered = 0;
    long withOutcome = 0;
    Map<OutcomeGroup, Long> byGroup = new EnumMap<>(OutcomeGroup.class);
    for (Map.Entry<Cell, long[]> e : crimes.entrySet()) {
      Cell c = e.getKey();
      if (!window.contains(c.month()) || !p.categories().contains(c.category())) {
        continue;
      }
      long n = e.getValue()[0];
      crimesIn += n;
      if (!c.fromFiles()) {
        notCovered += n;
      }
      if (c.group() != null) {
        withOutcome += n;
        byGroup.merge(c.group(), n, Long::sum);
      }
    }
    if (crimesIn == 0) {
      return null;
    }
    List<OutcomeFigures.Share> shares = new ArrayList<>();
    for (OutcomeGroup g : OutcomeGroup.values()) {
      long n = byGroup.getOrDefault(g, 0L);
      shares.add(
          new OutcomeFigures.Share(
              g.id(), g.label(), n, withOutcome == 0 ? null : round1(100.0 * n / withOutcome)));
    }
    return new OutcomeFigures(
        crimesIn,
        withOutcome,
        haveOutcomesFiles ? notCovered : null,
        haveOutcomesFiles ? "outcomes-files" : "street-last-outcome",
        shares);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
