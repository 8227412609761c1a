package saferstats.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saferstats.ingest.PoliceRow;
import saferstats.model.Month;
import saferstats.model.StreetColumns;
import saferstats.model.Window;
import saferstats.priorities.ResolvedPriority;
import tech.tablesaw.api.Table;

/**
 * Outcome shares (SPEC 1.2): each crime's latest outcome is its newest row in the outcomes files,
 * joined on Crime ID; without outcomes files, or for a crime they do not cover, it is the street
 * file's own {@code Last outcome category}.
 */
public final class OutcomeShares {
  /** police.uk's ASB type: incidents, not crimes; they have no outcomes. */
  static final String ASB = "Anti-social behaviour";

  private final Map<String, String> latestById;
  private final boolean haveOutcomesFiles;

  private OutcomeShares(Map<String, String> latestById, boolean haveOutcomesFiles) {
    this.latestById = latestById;
    this.haveOutcomesFiles = haveOutcomesFiles;
  }

  /** Indexes the outcomes rows (in month order, later inputs last): the newest outcome wins. */
  public static OutcomeShares of(List<PoliceRow> outcomes) {
    Map<String, String> latest = new HashMap<>();
    Map<String, Month> when = new HashMap<>();
    for (PoliceRow r : outcomes) {
      if (r.crimeId().isEmpty()) {
        continue;
      }
      Month seen = when.get(r.crimeId());
      if (seen == null || !r.month().isBefore(seen)) {
        when.put(r.crimeId(), r.month());
        latest.put(r.crimeId(), r.category());
      }
    }
    return new OutcomeShares(latest, !outcomes.isEmpty());
  }

  /** The figures for one priority's crimes in {@code window}, or null when it has no crimes. */
  public OutcomeFigures figures(Table area, ResolvedPriority p, Window window) {
    Table rows =
        area.where(
            area.stringColumn(StreetColumns.CATEGORY)
                .isIn(p.categories())
                .and(area.stringColumn(StreetColumns.CATEGORY).isNotEqualTo(ASB))
                .and(
                    area.stringColumn(StreetColumns.MONTH)
                        .isIn(window.months().stream().map(Month::toString).toList())));
    if (rows.rowCount() == 0) {
      return null;
    }
    Map<OutcomeGroup, Long> counts = new EnumMap<>(OutcomeGroup.class);
    long withOutcome = 0;
    long notCovered = 0;
    for (int i = 0; i < rows.rowCount(); i++) {
      String id = rows.stringColumn(StreetColumns.CRIME_ID).get(i);
      String outcome = id.isEmpty() ? null : latestById.get(id);
      if (outcome == null) {
        notCovered++;
        outcome = rows.stringColumn(StreetColumns.OUTCOME).get(i);
      }
      if (outcome.isBlank()) {
        continue;
      }
      withOutcome++;
      counts.merge(OutcomeGroup.of(outcome), 1L, Long::sum);
    }
    List<OutcomeFigures.Share> shares = new ArrayList<>();
    for (OutcomeGroup g : OutcomeGroup.values()) {
      long n = counts.getOrDefault(g, 0L);
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

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
