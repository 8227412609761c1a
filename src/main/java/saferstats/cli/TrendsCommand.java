package saferstats.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import saferstats.harm.HarmBasis;
import saferstats.render.Renderer;

/** {@code saferstats trends}: monthly counts and windows per category for an area. */
@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Monthly counts per category and the windows analysts report: rolling 12 months vs the previous 12, the latest financial quarter vs the same quarter last year, and the financial year to date vs the same months last year. Months with no data are n/a (null), never zero, and any window touching one is n/a too.%n",
    footer = {
      "",
      "Examples:",
      "  saferstats trends sample-data --area Harrow",
      "  saferstats trends sample-data --area Harrow --end 2024-03 --format markdown",
      "  saferstats trends downloads --force \"City of London Police\" --format csv --output t.csv",
      "  saferstats trends asb-log.xlsx --area Harrow --sheet \"ASB log\" --columns \"date=Date"
          + " Reported,category=Incident Type\""
    })
final class TrendsCommand implements Callable<Integer> {
  @Mixin AreaReportOptions area;

  @Mixin CompareOptions compare;

  @Mixin HarmOptions harm;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    harm.readBy(area.clashes(compare)).output("--output", output.output).check();
    // A bad weights file is refused before the inputs are read.
    HarmBasis weights = harm.basis();
    AreaReportOptions.Loaded l = area.load();
    String text =
        Renderer.render(
            area.trends(l, area.compare(l, compare), weights),
            output.format,
            output.table,
            output.wide);
    OutputWriter.write(text, output.output, spec.commandLine().getOut());
    return 0;
  }
}
