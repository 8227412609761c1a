package saferstats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import saferstats.analysis.Hotspots;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.MpsWardHotspots;
import saferstats.analysis.Notes;
import saferstats.model.UserError;
import saferstats.priorities.InputKind;
import saferstats.render.GeoJson;
import saferstats.render.Renderer;

/** {@code saferstats hotspots}: where, how concentrated, how persistent, and what is new. */
@Command(
    name = "hotspots",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Where crime concentrates in an area: LSOAs, wards and streets ranked with share, cumulative"
            + " share, rate and change; concentration (Gini, generalised Gini, top 10%% of LSOAs,"
            + " fewest LSOAs holding half); places persistently in the top N; and grid hotspots:"
            + " points projected to British National Grid, Getis-Ord Gi* per cell with"
            + " Benjamini-Hochberg q, change per cell, and each cell's class over the last"
            + " quarters (persistent, emerging, former, intermittent).%n",
    footer = {
      "",
      "Examples:",
      "  saferstats hotspots sample-data --area Harrow",
      "  saferstats hotspots sample-data --area Harrow --priority Robbery --geojson robbery.geojson",
      "  saferstats hotspots downloads --area E09000001 --lookup lsoa-ward-lad.csv.gz --top 20",
      "  saferstats hotspots downloads --force \"City of London Police\" --window all --format json"
    })
final class HotspotsCommand implements Callable<Integer> {
  @Mixin AreaReportOptions area;

  @Option(
      names = "--priority",
      paramLabel = "NAME",
      description = "Map one priority of the set (e.g. Robbery); default: every category.")
  String priority;

  @Option(
      names = "--window",
      defaultValue = "current12",
      paramLabel = "WINDOW",
      description = "current12, previous12, quarter or all (default ${DEFAULT-VALUE}).")
  String window;

  @Option(
      names = "--top",
      defaultValue = "10",
      description = "Places to list (default ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--cell-size",
      paramLabel = "METRES",
      description =
          "Grid cell size (default: the shorter side of the points' extent / 50, to the nearest"
              + " 50 m, within 100-500 m).")
  Integer cellSize;

  @Option(
      names = "--periods",
      defaultValue = "8",
      description = "Quarterly periods for each cell's class (default ${DEFAULT-VALUE}).")
  int periods;

  @Option(
      names = "--geojson",
      paramLabel = "FILE",
      description = "Also write the grid cells as WGS84 polygons with their figures (for QGIS).")
  Path geojson;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  private Hotspots.Request request() {
    return new Hotspots.Request(
        priority,
        window,
        top,
        area.support.lookup(),
        area.support.populationTable(),
        cellSize,
        periods);
  }

  /** Police.uk street rows when there are any; else local record extracts; never MPS tables. */
  private static HotspotsReport report(AreaReportOptions.Loaded loaded, Hotspots.Request req) {
    if (loaded.recordsOnly()) {
      return Hotspots.report(
          loaded.ingest(),
          loaded.records().area(),
          loaded.records().set(),
          Notes.Source.RECORDS,
          req);
    }
    if (loaded.areas().kind() == InputKind.MPS) {
      return MpsWardHotspots.report(
          loaded.ingest(), loaded.areas().area(), loaded.set(), loaded.selection().name(), req);
    }
    return Hotspots.report(
        loaded.ingest(), loaded.areas().area(), loaded.set(), Notes.Source.AREA, req);
  }

  @Override
  public Integer call() {
    if (top < 1 || periods < 2 || (cellSize != null && (cellSize < 10 || cellSize > 10_000))) {
      throw UserError.usage(
          "--top must be at least 1, --periods at least 2, --cell-size 10 to 10000 metres",
          "see saferstats hotspots --help");
    }
    HotspotsReport report = report(area.load(), request());
    String text = Renderer.render(report, output.format, output.table);
    if (geojson != null && output.output != null) {
      // Two files from one run: both replaced, or neither.
      OutputWriter.writeFiles(
          List.of(
              new OutputFiles.Target(output.output, text),
              new OutputFiles.Target(geojson, GeoJson.of(report))));
      return 0;
    }
    if (geojson != null) {
      OutputWriter.write(GeoJson.of(report), geojson, null);
    }
    OutputWriter.write(text, output.output, spec.commandLine().getOut());
    return 0;
  }
}
