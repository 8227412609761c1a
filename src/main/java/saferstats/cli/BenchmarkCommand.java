package saferstats.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import saferstats.analysis.Benchmark;
import saferstats.analysis.BenchmarkReport;
import saferstats.analysis.PeerResidents;
import saferstats.area.PeerLine;
import saferstats.draw.Drawing;
import saferstats.draw.PriorityCharts;
import saferstats.ingest.result.Selection;
import saferstats.ingest.support.PeersReader;
import saferstats.mps.MpsData;
import saferstats.render.Renderer;

/** {@code saferstats benchmark}: the area among its peers (SPEC 4.7). */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Where the area stands among its peers, per priority and for all crime, over the 12 months"
            + " to --end: each peer's count, residents and rate per 1,000, a funnel plot"
            + " (Spiegelhalter 2005: 95 %% and 99.8 %% limits around the pooled rate, over-dispersion"
            + " from winsorised z-scores and, when present, additive random effects with τ² by"
            + " DerSimonian–Laird) and a rank (1 = lowest rate) with a 95 %% interval from seeded"
            + " simulation. Peers: London's boroughs from the MPS borough tables; for police.uk files,"
            + " the force's community safety partnerships (local authorities where it holds most"
            + " rows); or --peers FILE.%n",
    footer = {
      "",
      "Examples:",
      "  saferstats benchmark mps/borough --area Harrow --population pop.csv.gz"
          + " --population-year 2020",
      "  saferstats benchmark mps/borough --area Harrow --population pop.csv.gz --peers msg.csv"
          + " --format json"
    })
final class BenchmarkCommand implements Callable<Integer> {
  @Mixin AreaReportOptions area;

  @Option(
      names = "--peers",
      paramLabel = "FILE",
      description =
          "Compare with these areas only: one name or local-authority code a line (e.g. a Home"
              + " Office Most Similar Group list); the area is added when the list leaves it out.")
  Path peers;

  @Option(
      names = "--charts",
      paramLabel = "DIR",
      description =
          "Also write each priority's funnel plot as DIR/funnel-N.png and DIR/funnel-N.svg (N: the"
              + " priority's place in the output, 0 for all crime).")
  Path charts;

  @Mixin CompareOptions compare;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    area.clashes(compare)
        .file("--peers", peers)
        .output("--output", output.output)
        .output("--charts", charts)
        .check();
    ChartFolder folder = ChartFolder.check(charts);
    PeerResidents residents = area.support.residents();
    List<PeerLine> lines = peers == null ? null : PeersReader.read(peers);
    AreaReportOptions.Loaded l = area.load();
    MpsData london =
        compare.inputs == null || l.area().mpsTables().isPresent()
            ? null
            : Reading.read(compare.inputs, area.input, new Selection.None()).mps();
    BenchmarkReport report = Benchmark.report(l.area(), l.set(), lines, residents, london);
    String text = Renderer.render(report, output.format, output.table, output.wide);
    List<OutputFiles.Target> targets = new ArrayList<>();
    if (output.output != null) {
      targets.add(new OutputFiles.Target(output.output, text));
    }
    if (folder != null) {
      targets.addAll(folder.targets(funnels(report)));
    }
    if (!targets.isEmpty()) {
      OutputWriter.writeFiles(targets);
    }
    if (output.output == null) {
      OutputWriter.toStdout(text, spec.commandLine().getOut());
    }
    return 0;
  }

  private static List<Drawing> funnels(BenchmarkReport report) {
    List<Drawing> out = new ArrayList<>();
    for (int i = 0; i < report.priorities().size(); i++) {
      Drawing d = PriorityCharts.funnel("funnel-" + i, report.priorities().get(i), report.area());
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }
}
