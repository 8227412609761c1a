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
import saferstats.model.WindowChoice;
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
      converter = Ranges.Windows.class,
      description = "current12, previous12, quarter or all (default ${DEFAULT-VALUE}).")
  WindowChoice window;

  @Option(
      names = "--top",
      defaultValue = "10",
      converter = Ranges.Top.class,
      description = "Places to list, at least 1 (default ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--cell-size",
      paramLabel = "METRES",
      converter = Ranges.CellSize.class,
      description =
          "Grid cell size (default: the shorter side of the points' extent / 50, to the nearest"
              + " 50 m, within 100-500 m).")
  Integer cellSize;

  @Option(
      names = "--periods",
      defaultValue = "8",
      converter = Ranges.Periods.class,
      description =
          "Quarterly periods for each cell's class, at least 2 (default ${DEFAULT-VALUE}).")
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

  @Override
  public Integer call() {
    area.clashes(null).output("--output", output.output).output("--geojson", geojson).check();
    AreaReportOptions.Loaded l = area.load();
    HotspotsReport report = Hotspots.report(l.area(), l.set(), request());
    String text = Renderer.render(report, output.format, output.table, output.wide);
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
