package saferstats.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import saferstats.ingest.IngestResult;
import saferstats.ingest.RecordRow;
import saferstats.priorities.InputKind;
import saferstats.priorities.ResolvedSet;

/** Wires the trends figures into a {@link TrendsReport}. */
public final class Trends {
  private Trends() {}

  /** Local record extracts reported beside the main source, or null. */
  public record Records(AreaContext area, ResolvedSet set, List<RecordRow> rows) {}

  public static TrendsReport report(
      IngestResult ingest,
      AreaContext area,
      ResolvedSet set,
      Notes.Source source,
      AreaPopulation population,
      InputKind kind,
      Records records) {
    List<String> notes = new ArrayList<>(Notes.forArea(ingest, area, source));
    notes.add(Statistics.NOTE);
    if (source == Notes.Source.RECORDS) {
      notes.addAll(Notes.forRecords(ingest.records(), area, set));
    } else {
      notes.addAll(set.notes());
    }
    List<PriorityTrend> priorities =
        new ArrayList<>(
            TrendsAnalysis.byPriority(
                area,
                set,
                population,
                kind,
                kind == InputKind.POLICE_UK ? OutcomeShares.of(ingest.outcomes()) : null));
    List<Unmeasurable> unmeasurable = new ArrayList<>(unmeasurable(set));
    if (records != null) {
      notes.addAll(Notes.forRecords(records.rows(), records.area(), records.set()));
      priorities.addAll(
          TrendsAnalysis.byPriority(records.area(), records.set(), null, InputKind.RECORDS, null));
      unmeasurable.addAll(unmeasurable(records.set()));
      // A priority one source measures is not "unmeasurable" because the other cannot.
      Set<String> measured = new HashSet<>();
      priorities.forEach(p -> measured.add(p.name()));
      Set<String> listed = new HashSet<>();
      unmeasurable.removeIf(u -> measured.contains(u.name()) || !listed.add(u.name()));
    }
    return new TrendsReport(
        "trends",
        area.area(),
        area.force(),
        area.end(),
        set.name(),
        set.notAdditive() || (records != null && records.set().notAdditive()),
        notes,
        ingest.files().stream().map(InputSummary::of).toList(),
        priorities,
        unmeasurable);
  }

  static List<Unmeasurable> unmeasurable(ResolvedSet set) {
    return set.unmeasurable().stream().map(p -> new Unmeasurable(p.name(), p.needs())).toList();
  }
}
