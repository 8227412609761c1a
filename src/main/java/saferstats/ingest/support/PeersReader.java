package saferstats.ingest.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.io.input.BOMInputStream;
import saferstats.area.PeerLine;
import saferstats.model.UserError;

/**
 * Reads {@code --peers}: one area a line, by name or code (a Home Office Most Similar Group list
 * pasted in), as the first field of a CSV line; blank lines and {@code #} comments are skipped, and
 * so is a first line that is a header ({@code area}, {@code name}, {@code code}, {@code peer}).
 */
public final class PeersReader {
  private static final Set<String> HEADERS = Set.of("area", "name", "code", "peer", "csp");

  private PeersReader() {}

  public static List<PeerLine> read(Path path) {
    SupportFile.check(path, "--peers");
    List<PeerLine> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                BOMInputStream.builder().setInputStream(SupportFile.open(path)).get(),
                StandardCharsets.UTF_8))) {
      String text;
      long n = 0;
      while ((text = r.readLine()) != null) {
        n++;
        String area = firstField(text);
        boolean header = n == 1 && HEADERS.contains(area.toLowerCase(Locale.ROOT));
        if (!area.isEmpty() && !area.startsWith("#") && !header) {
          out.add(new PeerLine(path.toString(), n, area));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw UserError.input(
          "cannot read " + path + ": " + e.getMessage(), "check the --peers path");
    }
    if (out.isEmpty()) {
      throw UserError.input(
          path + ": the peers file names no area",
          "list one area a line, by name (Harrow) or local-authority code (E09000015)");
    }
    return out;
  }

  /** The first comma-separated field, unquoted and trimmed. */
  private static String firstField(String line) {
    String s = line.strip();
    if (s.startsWith("\"")) {
      int end = s.indexOf('"', 1);
      return (end < 0 ? s.substring(1) : s.substring(1, end)).strip();
    }
    int comma = s.indexOf(',');
    return (comma < 0 ? s : s.substring(0, comma)).strip();
  }
}
