package saferstats.cli;

import picocli.CommandLine.Command;

/** The top-level command: lists the subcommands. */
@Command(
    name = "saferstats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Crime and anti-social behaviour statistics for Community Safety Partnerships, from police.uk downloads (and, later, Metropolitan Police tables).%n",
    subcommands = {
      InspectCommand.class,
      TrendsCommand.class,
      QuarterlyCommand.class,
      CategoriesCommand.class,
      HotspotsCommand.class,
    },
    footer = {
      "",
      "Examples:",
      "  saferstats inspect sample-data",
      "  saferstats trends sample-data --area Harrow",
      "  saferstats trends downloads/*.zip --area Harrow --end 2024-03 --format json --output q4.json",
      "",
      "Exit codes: 0 ok, 1 bug, 2 usage, 3 bad input, 4 not covered by the data, 5 cannot write output."
    })
public final class SaferstatsCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
