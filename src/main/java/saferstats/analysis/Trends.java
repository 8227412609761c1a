package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import saferstats.ingest.IngestResult;
import saferstats.priorities.ResolvedSet;

/** Wires the trends figures into a {@link TrendsReport}. */
public final class Trends {
  private Trends() {}

  public static TrendsReport report(
      IngestResult ingest,
      AreaContext area,
      ResolvedSet set,
      Notes.Source source,
      AreaPopulation population) {
    List<String> notes = new ArrayList<>(Notes.forArea(ingest, area, source));
    notes.addAll(set.notes());
    return new TrendsReport(
        "trends",
        area.area(),
        area.force(),
        area.end(),
        set.name(),
        set.notAdditive(),
        notes,
        ingest.files().stream().map(InputSummary::of).toList(),
        TrendsAnalysis.byPriority(area, set, population),
        unmeasurable(set));
  }

  static List<Unmeasurable> unmeasurable(ResolvedSet set) {
    return set.unmeasurable().stream().map(p -> new Unmeasurable(p.name(), p.needs())).toList();
  }
}
