package saferstats.cli;

import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import saferstats.analysis.AreaContext;
import saferstats.analysis.AreaResolver;
import saferstats.analysis.Notes;
import saferstats.analysis.RecordsArea;
import saferstats.analysis.Trends;
import saferstats.analysis.TrendsReport;
import saferstats.ingest.AreaLookup;
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

  /** The inputs read for an area: what every area command starts from. */
  record Loaded(Selection selection, IngestResult ingest, Areas areas, ResolvedSet set) {}

  /** The selection, with a local-authority code turned into its name through --lookup. */
  Selection selection() {
    Selection selection = where.selection().orElseThrow();
    AreaLookup lookup = support.lookup();
    if (selection instanceof Selection.Area a && lookup != null) {
      return lookup.authorityName(a.name()).<Selection>map(Selection.Area::new).orElse(selection);
    }
    return selection;
  }

  Loaded load() {
    Selection selection = selection();
    IngestResult ingest = Reading.read(input, selection);
    Areas areas = Areas.resolve(ingest, selection, end);
    ResolvedSet set = categories.resolve(areas.kind(), areas.area().categories());
    return new Loaded(selection, ingest, areas, set);
  }

  Result trends() {
    Selection selection = selection();
    IngestResult ingest = Reading.read(input, selection);
    if (ingest.coverage().isEmpty() && ingest.mps().isEmpty() && !ingest.records().isEmpty()) {
      return recordsOnly(ingest, selection);
    }
    Areas areas = Areas.resolve(ingest, selection, end);
    ResolvedSet set = categories.resolve(areas.kind(), areas.area().categories());
    Trends.Records records = null;
    if (!ingest.records().isEmpty()) {
      AreaContext r =
          RecordsArea.of(selection.name(), ingest.records(), Optional.of(areas.area().end()));
      records = new Trends.Records(r, categories.resolveRecords(r.categories()), ingest.records());
    }
    TrendsReport report =
        Trends.report(
            ingest,
            areas.area(),
            set,
            areas.source(),
            support.population(areas.area(), selection.name()),
            areas.kind(),
            records);
    return new Result(report, areas.kind() == InputKind.MPS);
  }

  /** Only local record extracts among the inputs: they are the area's figures. */
  private Result recordsOnly(IngestResult ingest, Selection selection) {
    AreaContext r = RecordsArea.of(selection.name(), ingest.records(), Optional.ofNullable(end));
    AreaResolver.checkEnd(r.end(), r.coverage());
    ResolvedSet set = categories.resolveRecords(r.categories());
    TrendsReport report =
        Trends.report(ingest, r, set, Notes.Source.RECORDS, null, InputKind.RECORDS, null);
    return new Result(report, false);
  }
}
