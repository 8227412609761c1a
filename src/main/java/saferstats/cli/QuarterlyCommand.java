package saferstats.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import saferstats.analysis.Quarterly;
import saferstats.load.CompareInput;
import saferstats.render.Renderer;

/** {@code saferstats quarterly}: the committee update. */
@Command(
    name = "quarterly",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "The quarterly committee update, per priority: the latest financial quarter against the same"
            + " quarter last year, the financial year to date against last year's, the rolling 12"
            + " months against the previous 12 with an exact significance test and the trend"
            + " direction, the force (or London) for comparison, and one plain-English sentence whose"
            + " words follow the test. Priorities the inputs cannot measure get a sentence saying"
            + " what would.%n",
    footer = {
      "",
      "Examples:",
      "  saferstats quarterly sample-data --area Harrow --categories london-2019",
      "  saferstats quarterly sample-data --area Harrow --end 2024-03 --format markdown --output q4.md"
    })
final class QuarterlyCommand implements Callable<Integer> {
  @Mixin AreaReportOptions area;

  @Mixin CompareOptions compare;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    area.clashes(compare).output("--output", output.output).check();
    AreaReportOptions.Loaded l = area.load();
    CompareInput other = area.compare(l, compare);
    String text =
        Renderer.render(
            Quarterly.of(area.trends(l, other), compare.word(l, other)),
            output.format,
            output.table,
            output.wide);
    OutputWriter.write(text, output.output, spec.commandLine().getOut());
    return 0;
  }
}
