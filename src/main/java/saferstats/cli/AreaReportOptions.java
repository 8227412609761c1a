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

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Area (one of):%n")
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

  /**
   * The inputs read for an area: what every area command starts from. {@code areas} and {@code set}
   * are null when the inputs hold only local record extracts; {@code records} is set whenever there
   * are any.
   */
  record Loaded(
      Selection selection,
      IngestResult ingest,
      Areas areas,
      ResolvedSet set,
      Trends.Records records) {
    boolean recordsOnly() {
      return areas == null;
    }
  }

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
    if (ingest.coverage().isEmpty() && ingest.mps().isEmpty() && !ingest.records().isEmpty()) {
      AreaContext r = RecordsArea.of(selection.name(), ingest.records(), Optional.ofNullable(end));
      AreaResolver.checkEnd(r.end(), r.coverage());
      return new Loaded(selection, ingest, null, null, records(r, ingest));
    }
    Areas areas = Areas.resolve(ingest, selection, end);
    ResolvedSet set = categories.resolve(areas.kind(), areas.area().categories());
    Trends.Records beside =
        ingest.records().isEmpty()
            ? null
            : records(
                RecordsArea.of(selection.name(), ingest.records(), Optional.of(areas.area().end())),
                ingest);
    return new Loaded(selection, ingest, areas, set, beside);
  }

  private Trends.Records records(AreaContext r, IngestResult ingest) {
    return new Trends.Records(r, categories.resolveRecords(r.categories()), ingest.records());
  }

  Result trends() {
    Loaded l = load();
    if (l.recordsOnly()) {
      TrendsReport report =
          Trends.report(
              l.ingest(),
              l.records().area(),
              l.records().set(),
              Notes.Source.RECORDS,
              null,
              InputKind.RECORDS,
              null);
      return new Result(report, false);
    }
    TrendsReport report =
        Trends.report(
            l.ingest(),
            l.areas().area(),
            l.set(),
            l.areas().source(),
            support.population(l.areas().area(), l.selection().name()),
            l.areas().kind(),
            l.records());
    return new Result(report, l.areas().kind() == InputKind.MPS);
  }
}
