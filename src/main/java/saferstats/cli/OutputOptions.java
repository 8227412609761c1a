package saferstats.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import saferstats.render.Format;

/** --format, --table, --wide and --output, shared by every command that prints a report. */
public final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, csv, json or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--table",
      paramLabel = "LIST",
      description =
          "With --format csv: print one list of the output as its own table, one row per item and"
              + " a column per field (e.g. hotspots: lsoas, wards, streets, cells, persistent;"
              + " inspect: inputs, rejections; trends: priorities, monthly). Without it the CSV is"
              + " the figure table: section,key,figure,value.")
  String table;

  @Option(
      names = "--wide",
      description =
          "With --format table: one line a row however long, flags and long texts in their"
              + " cells (the default fits 120 columns: long texts as numbered notes under the"
              + " table, wide tables split into column groups).")
  boolean wide;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write to FILE (whole or not at all) instead of standard output.")
  Path output;
}
