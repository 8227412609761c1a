package saferstats.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level command: lists the subcommands (added by {@link CommandLines}) and holds the
 * options every command inherits.
 */
@Command(
    name = "saferstats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Crime and anti-social behaviour statistics for Community Safety Partnerships: reads"
            + " police.uk street and outcomes files, Metropolitan Police London Datastore tables"
            + " (borough, ward, LSOA) and local record extracts (ASB logs, council case systems),"
            + " and reports trends, the quarterly committee update and hotspots for an area.%n",
    footer = {
      "",
      "Examples:",
      "  saferstats inspect sample-data",
      "  saferstats trends sample-data --area Harrow",
      "  saferstats trends sample-data/mps --area Harrow --categories london-2019",
      "  saferstats trends downloads/*.zip --area Harrow --end 2024-03 --format json --output q4.json",
      "  saferstats hotspots sample-data --area Harrow --priority Robbery --geojson robbery.geojson",
      "  saferstats report sample-data --area Harrow --output harrow-report.html",
      "  saferstats help trends",
      "",
      "Exit codes: 0 ok, 1 bug, 2 usage, 3 bad input, 4 not covered by the data, 5 cannot write output."
    })
public final class SaferstatsCommand implements Runnable {
  @Spec CommandSpec spec;

  // Declared once here; picocli copies them onto every subcommand, and sets these fields.
  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean debug;

  @Option(names = "--quiet", scope = ScopeType.INHERIT, description = "No progress bar.")
  boolean quiet;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
