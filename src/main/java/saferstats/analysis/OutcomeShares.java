package saferstats.analysis;

import static saferstats.model.StreetColumns.CATEGORY;
import static saferstats.model.StreetColumns.COUNT_BY;
import static saferstats.model.StreetColumns.COUNT_CATEGORY;
import static saferstats.model.StreetColumns.CRIME_ID;
import static saferstats.model.StreetColumns.MONTH;
import static saferstats.model.StreetColumns.OUTCOME;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import saferstats.load.AreaTable;
import saferstats.model.PoliceRow;
import saferstats.model.Window;
import saferstats.priorities.ResolvedPriority;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
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

  /** 1 when a crime's outcome came from the outcomes files, 0 when from its street row. */
  private static final String FROM_FILES = "fromOutcomesFiles";

  private final Table latest;
  private final boolean haveOutcomesFiles;

  /** The area's crimes (not ASB), one row each: month, category, outcome group, where from. */
  private final Table crimes;

  private OutcomeShares(Table latest, boolean haveOutcomesFiles, Table area) {
    this.latest = latest;
    this.haveOutcomesFiles = haveOutcomesFiles;
    this.crimes = grouped(area);
  }

  /**
   * The outcomes rows (in month order, later inputs last) reduced to one row per Crime ID, the
   * newest outcome winning, so that joining on Crime ID can never multiply a crime; joined once
   * with the crimes of {@code area}, whose figures each priority then counts.
   */
  public static OutcomeShares of(List<PoliceRow> outcomes, Table area) {
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
        Table.create("latest outcomes", id, outcome, month), !outcomes.isEmpty(), area);
  }

  /**
   * The area's crimes with each one's outcome group ("" when it has no outcome): the newest outcome
   * from the files, or for a crime they do not cover its street file's own.
   */
  private Table grouped(Table area) {
    Selection crimes = area.stringColumn(CATEGORY).isNotEqualTo(ASB);
    if (latest.isEmpty()) {
      // Without outcomes files no crime is covered: each keeps its street file's outcome.
      Table rows = columns(area, MONTH, CATEGORY, OUTCOME).where(crimes);
      return withGroups(
          rows.intColumn(MONTH), rows.stringColumn(CATEGORY), rows.stringColumn(OUTCOME), 0);
    }
    Joined joined = withLatest(columns(area, CRIME_ID, MONTH, CATEGORY, OUTCOME).where(crimes));
    Table covered = joined.covered();
    Table uncovered = joined.uncovered();
    return withGroups(
        covered.intColumn(MONTH).copy().append(uncovered.intColumn(MONTH)),
        covered.stringColumn(CATEGORY).copy().append(uncovered.stringColumn(CATEGORY)),
        covered.stringColumn(LATEST).copy().append(uncovered.stringColumn(OUTCOME)),
        covered.rowCount());
  }

  /** A table of the area's own columns, shared, not copied (Tablesaw's selectColumns copies). */
  private static Table columns(Table area, String... names) {
    return Table.create(area.name(), area.columns(names).toArray(new Column<?>[0]));
  }

  /**
   * Month, category and outcome group ("" for no outcome) per crime, the first {@code fromFiles} of
   * them with their outcome from the outcomes files.
   */
  private static Table withGroups(
      IntColumn month, StringColumn category, StringColumn outcome, int fromFiles) {
    Map<String, String> groupOf = new HashMap<>();
    for (String text : outcome.unique()) {
      groupOf.put(text, text.isEmpty() ? "" : OutcomeGroup.of(text).id());
    }
    int[] fromOutcomesFiles = new int[outcome.size()];
    Arrays.fill(fromOutcomesFiles, 0, fromFiles, 1);
    return Table.create(
        "crime outcomes",
        month,
        category,
        ((StringColumn) outcome.map(groupOf::get)).setName(GROUP),
        IntColumn.create(FROM_FILES, fromOutcomesFiles));
  }

  /** The figures for one priority's crimes in {@code window}, or null when it has no crimes. */
  public OutcomeFigures figures(ResolvedPriority p, Window window) {
    Table rows =
        crimes.where(
            crimes.stringColumn(CATEGORY).isIn(p.categories()).and(AreaTable.in(crimes, window)));
    if (rows.rowCount() == 0) {
      return null;
    }
    long notCovered = rows.intColumn(FROM_FILES).isEqualTo(0).size();
    StringColumn group = rows.stringColumn(GROUP);
    long withOutcome = group.isNotEqualTo("").size();
    Table byGroup = group.countByCategory();
    List<OutcomeFigures.Share> shares = new ArrayList<>();
    for (OutcomeGroup g : OutcomeGroup.values()) {
      int at = byGroup.stringColumn(COUNT_CATEGORY).indexOf(g.id());
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
   * The crimes with their newest outcome joined on Crime ID (a hash lookup: Tablesaw's join cost
   * most of a trends run, and version 0.44.1 silently drops matches when a left-side key repeats
   * about a thousand times or more). Crimes may share an ID (distinct records): each gets the
   * outcome. A blank ID matches nothing ({@code latest} holds none). The covered crimes keep their
   * columns, with the outcome's text and month added.
   */
  Joined withLatest(Table crimes) {
    Map<String, Integer> rowOf = new HashMap<>();
    StringColumn latestIds = latest.stringColumn(CRIME_ID);
    for (int i = 0; i < latestIds.size(); i++) {
      rowOf.put(latestIds.get(i), i);
    }
    StringColumn ids = crimes.stringColumn(CRIME_ID);
    Selection matched = Selection.with();
    StringColumn outcome = StringColumn.create(LATEST);
    IntColumn month = IntColumn.create(LATEST_MONTH);
    StringColumn latestOutcome = latest.stringColumn(LATEST);
    IntColumn latestMonth = latest.intColumn(LATEST_MONTH);
    for (int i = 0; i < ids.size(); i++) {
      Integer at = rowOf.get(ids.get(i));
      if (at != null) {
        matched.add(i);
        outcome.append(latestOutcome.get(at));
        month.append(latestMonth.getInt(at));
      }
    }
    Table covered = crimes.where(matched).addColumns(outcome, month);
    Table uncovered = crimes.where(Selection.withRange(0, ids.size()).andNot(matched));
    return new Joined(covered, uncovered);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
