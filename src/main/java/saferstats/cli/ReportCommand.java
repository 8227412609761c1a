package saferstats.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import saferstats.analysis.Assessment;
import saferstats.analysis.Assessments;
import saferstats.analysis.Hotspots;
import saferstats.analysis.TrendsReport;
import saferstats.geo.Boundaries;
import saferstats.harm.HarmBasis;
import saferstats.ingest.boundaries.BoundaryReader;
import saferstats.load.CompareInput;
import saferstats.model.WindowChoice;
import saferstats.render.ReportHtml;
import saferstats.render.ReportView;
import saferstats.render.ReportViews;

/** {@code saferstats report}: the strategic assessment as one self-contained HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "The strategic assessment as one self-contained HTML page (styles and charts inline,"
            + " nothing fetched; prints to A4): a summary row per priority with a sparkline and"
            + " the quarterly sentences; a section per priority with its 36-month control chart,"
            + " windows, comparator, outcomes, top LSOAs, wards and streets, maps and grid"
            + " hotspots, and its flags; the priorities these inputs cannot measure; and the data"
            + " and method, with the licences' attributions. The same figures trends, quarterly"
            + " and hotspots give; the same inputs give the same bytes.%n",
    footer = {
      "",
      "Examples:",
      "  saferstats report sample-data --area Harrow --output harrow-report.html",
      "  saferstats report sample-data --area Harrow --categories csp-2023 --charts charts"
          + " --output harrow.html",
      "  saferstats report downloads --area \"City of London\" --population pop.csv.gz"
          + " --boundaries lsoa-boundaries.csv.gz --date 2024-10-01 --output city.html"
    })
final class ReportCommand implements Callable<Integer> {
  private static final int PERIODS = 8;

  @Mixin AreaReportOptions area;

  @Mixin CompareOptions compare;

  @Mixin HarmOptions harm;

  @Option(
      names = "--boundaries",
      paramLabel = "FILE",
      description =
          "ONS LSOA boundaries (GeoJSON as published, or CSV with an LSOA code column and WKT in"
              + " British National Grid): draws each priority's LSOA map.")
  Path boundaries;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the HTML to FILE (whole or not at all) instead of standard output.")
  Path output;

  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description = "Also write every chart and map as DIR/NAME.png and DIR/NAME.svg (for Word).")
  Path charts;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description =
          "The date the report carries (default: none, so the same inputs give the same bytes).")
  LocalDate date;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    harm.readBy(area.clashes(compare))
        .file("--boundaries", boundaries)
        .output("--output", output)
        .output("--charts", charts)
        .check();
    ChartFolder folder = ChartFolder.check(charts);
    Boundaries outlines = boundaries == null ? null : BoundaryReader.read(boundaries);
    HarmBasis weights = harm.basis();
    try (Stages stages = new Stages(!area.input.quiet())) {
      AreaReportOptions.Loaded l = stages.run("reading the inputs", area::load);
      CompareInput other = area.compare(l, compare);
      String measured = l.set().measurable().size() + " priorities";
      TrendsReport trends =
          stages.run("measuring " + measured, () -> area.trends(l, other, weights));
      Assessment assessment =
          stages.run(
              "ranking places for " + measured,
              () ->
                  Assessments.of(
                      l.area(),
                      l.set(),
                      trends,
                      compare.word(l, other),
                      new Hotspots.Request(
                          null,
                          WindowChoice.CURRENT12,
                          10,
                          area.support.lookup(),
                          area.support.populationTable(),
                          null,
                          PERIODS),
                      outlines,
                      date));
      ReportView view = stages.run("drawing the charts and maps", () -> ReportViews.of(assessment));
      String html = stages.run("writing the page", () -> ReportHtml.render(view));
      write(view, html, folder);
    }
    return 0;
  }

  private void write(ReportView view, String html, ChartFolder folder) {
    List<OutputFiles.Target> targets = new ArrayList<>();
    if (output != null) {
      targets.add(new OutputFiles.Target(output, html));
    }
    if (folder != null) {
      targets.addAll(folder.targets(view.drawings()));
    }
    if (!targets.isEmpty()) {
      OutputWriter.writeFiles(targets);
    }
    if (output == null) {
      OutputWriter.toStdout(html, spec.commandLine().getOut());
    }
  }
}
