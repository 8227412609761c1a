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
import saferstats.analysis.Briefing;
import saferstats.analysis.Hotspots;
import saferstats.analysis.PeerAbsence;
import saferstats.analysis.TrendsReport;
import saferstats.geo.Boundaries;
import saferstats.harm.HarmBasis;
import saferstats.ingest.boundaries.BoundaryReader;
import saferstats.load.CompareInput;
import saferstats.model.Month;
import saferstats.model.UserError;
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
            + " nothing fetched; prints to A4): the key findings and the priority matrix; a"
            + " summary row per priority with a sparkline and its verdict; a section per priority (two A4 pages at most) with its"
            + " 36-month control chart, windows, comparator, outcomes, funnel plot among London's"
            + " boroughs (MPS areas, with --population), top LSOAs, wards and streets, one map,"
            + " and its flags; the priorities these inputs cannot measure, when any; and the data"
            + " and method, with the attribution of the sources read. The same figures trends, quarterly"
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
              + " British National Grid): draws each priority's LSOA map. For MPS tables, ward"
              + " polygons (a WD24CD column), or LSOA polygons with --lookup (joined into best-fit"
              + " wards), draw the ward map.")
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
          "The date the report carries (default: none, so the same inputs give the same bytes);"
              + " not before the data's last month.")
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
    try (Stages stages = new Stages(!quiet())) {
      AreaReportOptions.Loaded l = stages.run("reading the inputs", area::load);
      CompareInput other = area.compare(l, compare);
      String comparatorWord = compare.word(l, other);
      TrendsReport trends =
          stages.run("measuring the priorities", () -> area.trends(l, other, weights));
      checkDate(trends.end());
      Assessment assessment =
          stages.run(
              "ranking places for " + trends.priorities().size() + " priorities",
              () ->
                  Assessments.of(
                      l.area(),
                      l.set(),
                      trends,
                      comparatorWord,
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
      PeerAbsence.Or peers =
          stages.run("comparing with peers", () -> ReportPeerGroup.of(area, compare, l));
      ReportView view =
          stages.run(
              "drawing the charts and maps",
              () ->
                  ReportViews.of(
                      assessment,
                      ReportPeerGroup.funnels(l, peers),
                      ReportPeerGroup.read(other),
                      Briefing.of(assessment, peers, comparatorWord)));
      String html = stages.run("writing the page", () -> ReportHtml.render(view));
      int files = write(view, html, folder);
      if (!quiet()) {
        spec.commandLine()
            .getErr()
            .println(WroteLine.of(output, html, trends.priorities().size(), charts, files));
      }
    }
    return 0;
  }

  /** Writes the page and the chart files; returns how many chart files were written. */
  private int write(ReportView view, String html, ChartFolder folder) {
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
    return targets.size() - outputs();
  }

  /** The inherited --quiet: one reading of it, the inputs' (which the progress bars use too). */
  private boolean quiet() {
    return area.input.quiet();
  }

  private int outputs() {
    return output == null ? 0 : 1;
  }

  /**
   * A report dated before the last month it reports would carry figures from after its own date
   * (issue 26.7): refused, as a bad option value (SPEC 6, exit 2).
   */
  private void checkDate(Month last) {
    if (date != null && Month.of(date.getYear(), date.getMonthValue()).isBefore(last)) {
      throw UserError.usage(
          "--date "
              + date
              + " is before the last month of the data, "
              + last
              + ": the report would be dated before the figures it reports",
          "give a date in " + last + " or later, or leave out --date");
    }
  }
}
