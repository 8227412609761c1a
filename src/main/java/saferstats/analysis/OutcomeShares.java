package saferstats.analysis;

import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.COUNT_BY;
import static saferstats.model.StreetColumns.CRIME_ID;
import static saferstats.model.StreetColumns.OUTCOME;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import saferstats.ingest.PoliceRow;
import saferstats.load.AreaTable;
import saferstats.model.Window;
import saferstats.priorities.ResolvedPriority;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * Outcome shares (SPEC 1.2): each crime's latest outcome is its newest row in the outcomes files,
 * joined on Crime ID; without outcomes files, or for a crime they do not cover, it is the street
 * file's own {@code Last outcome category}.
 */
public final class OutcomeShares {
  /** police.uk's ASB type: incidents, not crimes; they have no outcomes. */
  static final String ASB = "Anti-social behaviour";

  /** The joined columns: the newest outcome's text and month. */
  static final String LATEST = "latestOutcome";

  static final String LATEST_MONTH = "latestOutcomeMonth";

  private static final String GROUP = "outcomeGroup";

  private final Table latest;
  private final boolean haveOutcomesFiles;

  private OutcomeShares(Table latest, boolean haveOutcomesFiles) {
    this.latest = latest;
    this.haveOutcomesFiles = haveOutcomesFiles;
  }

  /**
   * The outcomes rows (in month order, later inputs last) reduced to one row per Crime ID, the
   * newest outcome winning, so that joining on Crime ID can never multiply a crime.
   */
  public static OutcomeShares of(List<PoliceRow> outcomes) {
    Map<String, PoliceRow> newest = new LinkedHashMap<>();
    for (PoliceRow r : outcomes) {
      if (!r.crimeId().isEmpty()) {
        newest.merge(
            r.crimeId(), r, (seen, now) -> now.month().isBefore(seen.month()) ? seen : now);
      }
    }
    StringColumn id = StringColumn.create(CRIME_ID);
    StringColumn outcome = StringColumn.create(LATEST);
    IntColumn month = IntColumn.create(LATEST_MONTH);
    newest
        .values()
        .forEach(
            r -> {
              id.append(r.crimeId());
              outcome.append(r.category());
              month.append(r.month().index());
            });
    return new OutcomeShares(
        Table.create("latest outcomes", id, outcome, month), !outcomes.isEmpty());
  }

  /** The figures for one priority's crimes in {@code window}, or null when it has no crimes. */
  public OutcomeFigures figures(Table area, ResolvedPriority p, Window window) {
    Table rows =
        area.where(
            area.stringColumn(CATEGORY)
                .isIn(p.categories())
                .and(area.stringColumn(CATEGORY).isNotEqualTo(ASB))
                .and(AreaTable.in(area, window)));
    if (rows.rowCount() == 0) {
      return null;
    }
    Joined joined = withLatest(rows);
    // A crime the outcomes files do not cover keeps its street file's outcome.
    long notCovered = joined.uncovered().rowCount();
    StringColumn outcome =
        joined
            .covered()
            .stringColumn(LATEST)
            .copy()
            .append(joined.uncovered().stringColumn(OUTCOME));
    Selection known = outcome.isNotEqualTo("");
    long withOutcome = known.size();
    StringColumn group = StringColumn.create(GROUP);
    for (int i : known.toArray()) {
      group.append(OutcomeGroup.of(outcome.get(i)).id());
    }
    Table byGroup = Table.create(group).countBy(GROUP);
    List<OutcomeFigures.Share> shares = new ArrayList<>();
    for (OutcomeGroup g : OutcomeGroup.values()) {
      int at = byGroup.stringColumn(GROUP).indexOf(g.id());
      long n = at < 0 ? 0 : byGroup.intColumn(COUNT_BY).getInt(at);
      shares.add(
          new OutcomeFigures.Share(
              g.id(), g.label(), n, withOutcome == 0 ? null : round1(100.0 * n / withOutcome)));
    }
    return new OutcomeFigures(
        rows.rowCount(),
        withOutcome,
        haveOutcomesFiles ? notCovered : null,
        haveOutcomesFiles ? "outcomes-files" : "street-last-outcome",
        shares);
  }

  /** The crimes split by the join: those with a newest outcome (joined), and the rest. */
  record Joined(Table covered, Table uncovered) {}

  /**
   * The crimes with their newest outcome joined on Crime ID. Crimes may share an ID (distinct
   * records), so the side with one row per ID is the join's left side: Tablesaw 0.44.1 silently
   * drops matches when a left-side key repeats about a thousand times or more, and a blank ID
   * (which matches nothing) can. The two parts must add up to the crimes, or the join lost or
   * multiplied a row.
   */
  Joined withLatest(Table crimes) {
    Table covered = latest.joinOn(CRIME_ID).inner(crimes);
    Table uncovered =
        crimes.where(crimes.stringColumn(CRIME_ID).isNotIn(latest.stringColumn(CRIME_ID).asSet()));
    if (covered.rowCount() + uncovered.rowCount() != crimes.rowCount()) {
      throw new IllegalStateException(
          "joining outcomes on Crime ID changed the crimes: "
              + crimes.rowCount()
              + " in, "
              + (covered.rowCount() + uncovered.rowCount())
              + " out");
    }
    return new Joined(covered, uncovered);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
