package saferstats.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import saferstats.render.Format;

/** --format and --output, shared by every command that prints a report. */
public final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, csv, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE (whole or not at all) instead of standard output.")
  Path output;
}
