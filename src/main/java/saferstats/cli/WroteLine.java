package saferstats.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code report} wrote, as one line for stderr (issue 26.7): "wrote city.html: 14 priorities,
 * 2.1 MB", so a run that prints nothing else on success still says where the paper went.
 */
final class WroteLine {
  private WroteLine() {}

  /**
   * @param output the --output file as given, or null for standard output
   * @param charts the --charts folder as given, or null
   * @param chartFiles how many files went to {@code charts}
   */
  static String of(Path output, String html, int priorities, Path charts, int chartFiles) {
    return "wrote "
        + (output == null ? "the report to standard output" : output.toString())
        + ": "
        + priorities
        + (priorities == 1 ? " priority, " : " priorities, ")
        + size(html.getBytes(StandardCharsets.UTF_8).length)
        + (charts == null ? "" : "; " + chartFiles + " chart and map files in " + charts);
  }

  /** Decimal units, as file managers show them: "2.1 MB", "85 kB", "900 bytes". */
  static String size(long bytes) {
    if (bytes >= 1_000_000) {
      return String.format(Locale.UK, "%.1f MB", bytes / 1e6);
    }
    if (bytes >= 1_000) {
      return Math.round(bytes / 1e3) + " kB";
    }
    return bytes + " bytes";
  }
}
