package saferstats.analysis;

import java.util.List;
import saferstats.ingest.IngestResult;

/** Wires the trends figures into a {@link TrendsReport}. */
public final class Trends {
  private Trends() {}

  public static TrendsReport report(IngestResult ingest, AreaContext area, boolean byForce) {
    return new TrendsReport(
        "trends",
        area.area(),
        area.force(),
        area.end(),
        "source",
        false,
        Notes.forArea(ingest, area, byForce),
        ingest.files().stream().map(InputSummary::of).toList(),
        TrendsAnalysis.byCategory(area),
        List.of());
  }
}
