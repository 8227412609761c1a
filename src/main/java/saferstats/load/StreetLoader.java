package saferstats.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import saferstats.ingest.IngestResult;
import saferstats.ingest.result.Selection;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.UserError;
import saferstats.model.WindowSet;

/** Turns the selected rows into an {@link AreaContext}, or explains why it cannot (exit 4). */
public final class StreetLoader {
  private StreetLoader() {}

  public static AreaContext resolve(
      IngestResult ingest, Selection selection, Optional<Month> requestedEnd) {
    if (ingest.selected().isEmpty()) {
      throw noRows(ingest, selection);
    }
    String force = ingest.selectedTally().mostCommonForce();
    ForceCoverage coverage =
        Optional.ofNullable(ingest.coverage().get(force))
            .orElseGet(() -> coverageOfRows(force, ingest.selected()));
    Month end = checkEnd(requestedEnd.orElse(coverage.last()), coverage);
    // A whole force holds its own unlocated rows and is its own comparator.
    boolean wholeForce = selection instanceof Selection.Force;
    Set<String> categories = new TreeSet<>();
    ingest
        .counts()
        .values()
        .forEach(byMonth -> byMonth.values().forEach(c -> categories.addAll(c.keySet())));
    return new AreaContext(
        selection.name(),
        force,
        AreaTable.lazy(selection.name(), ingest.selected()),
        WindowSet.endingAt(end),
        MonthlyCounts.byCategory(ingest.selectedCounts(), coverage),
        MonthlyCounts.byMonth(ingest.counts().getOrDefault(force, Map.of()), coverage),
        categories,
        wholeForce ? null : force,
        Map.of(),
        wholeForce
            ? null
            : MonthlyCounts.byMonth(ingest.unlocated().getOrDefault(force, Map.of()), coverage));
  }

  /** The end month, refused (exit 4) when it lies outside the data. */
  public static Month checkEnd(Month end, ForceCoverage coverage) {
    if (end.isAfter(coverage.last()) || end.isBefore(coverage.first())) {
      throw UserError.notCovered(
          "--end "
              + end
              + " is outside the data for "
              + coverage.force()
              + " ("
              + coverage.first()
              + " to "
              + coverage.last()
              + ")",
          "choose an end month between "
              + coverage.first()
              + " and "
              + coverage.last()
              + ", or leave --end out to use "
              + coverage.last());
    }
    return end;
  }

  private static ForceCoverage coverageOfRows(String force, List<PoliceRow> rows) {
    SortedSet<Month> months = new TreeSet<>();
    rows.forEach(r -> months.add(r.month()));
    return ForceCoverage.of(force, months);
  }

  private static UserError noRows(IngestResult ingest, Selection selection) {
    if (selection instanceof Selection.Force f) {
      List<String> close = ClosestNames.to(f.name(), ingest.counts().keySet(), 3);
      return UserError.notCovered(
          "no rows for force '" + f.name() + "' in the inputs",
          close.isEmpty()
              ? "the inputs hold no police.uk street rows"
              : "forces present include: " + String.join(", ", close));
    }
    List<String> close = ClosestNames.to(selection.name(), ingest.localAuthorities().keySet(), 3);
    return UserError.notCovered(
        "no rows for area '" + selection.name() + "' in the inputs",
        close.isEmpty()
            ? "the inputs hold no located police.uk street rows"
            : "did you mean "
                + String.join(", ", close.stream().map(c -> "'" + c + "'").toList())
                + "? (areas are local authorities as named in LSOA names; see saferstats inspect)");
  }
}
