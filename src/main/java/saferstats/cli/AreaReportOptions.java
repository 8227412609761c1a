package saferstats.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import saferstats.analysis.Trends;
import saferstats.analysis.TrendsReport;
import saferstats.ingest.IngestResult;
import saferstats.ingest.Selection;
import saferstats.model.Month;
import saferstats.priorities.InputKind;
import saferstats.priorities.ResolvedSet;

/** What trends and quarterly share: inputs, area, end month, priorities, population. */
public final class AreaReportOptions {
  @Mixin InputOptions input;

  @ArgGroup(exclusive = true, multiplicity = "1")
  InputOptions.Where where;

  @Option(
      names = "--end",
      paramLabel = "YYYY-MM",
      converter = MonthConverter.class,
      description =
          "Last month of every window (default: the latest month with data for the area's force).")
  Month end;

  @Mixin CategoryOptions categories;

  @Mixin SupportOptions support;

  /** The figures of a trends report, and whether they came from MPS tables. */
  record Result(TrendsReport report, boolean mps) {}

  Result trends() {
    Selection selection = where.selection().orElseThrow();
    IngestResult ingest = Reading.read(input, selection);
    Areas areas = Areas.resolve(ingest, selection, end);
    ResolvedSet set = categories.resolve(areas.kind(), areas.area().categories());
    TrendsReport report =
        Trends.report(
            ingest,
            areas.area(),
            set,
            areas.source(),
            support.population(areas.area(), selection.name()));
    return new Result(report, areas.kind() == InputKind.MPS);
  }
}
