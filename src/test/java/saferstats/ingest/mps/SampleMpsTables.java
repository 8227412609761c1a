package saferstats.ingest.mps;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Fixtures made from a sample-data MPS table: its lines, edited, written with the CRLF line ends
 * the MPS publishes. The two tables used have no quoted fields, so a line splits on its commas.
 */
final class SampleMpsTables {
  /** Generation 3 (MajorText,MinorText,BoroughName), 2022-07..2024-06: 112 rows. */
  static final Path BOROUGH =
      Path.of(
          "sample-data/mps/borough/2022-07_2024-06/MPS Borough Level Crime (most recent 24 months).csv");

  /** Generation 2 (…,WardName,WardCode,LookUp_BoroughName), 2022-07..2024-06: 1,793 rows. */
  static final Path WARD =
      Path.of(
          "sample-data/mps/ward/2022-07_2024-06/MPS Ward Level Crime (most recent 24 months).csv");

  private SampleMpsTables() {}

  /** The table's lines, header first, without their line ends. */
  static List<String> lines(Path table) throws IOException {
    return Files.readAllLines(table, StandardCharsets.UTF_8);
  }

  /** Writes {@code lines} to {@code name} under {@code dir}, each ended CRLF. */
  static Path write(Path dir, String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l).append("\r\n"));
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The table's lines with every {@code n}th data row of {@code borough} (the 1st, the n+1th, …)
   * passed through {@code edit} as its fields.
   */
  static List<String> everyNth(Path table, String borough, int n, UnaryOperator<String[]> edit)
      throws IOException {
    List<String> out = new ArrayList<>();
    int seen = 0;
    for (String line : lines(table)) {
      String[] f = line.split(",", -1);
      if (out.isEmpty() || !List.of(f).contains(borough) || seen++ % n != 0) {
        out.add(line);
      } else {
        out.add(String.join(",", edit.apply(f)));
      }
    }
    return out;
  }

  /** All crime in {@code month}: the sum over every category of a trends report's monthly count. */
  static long allCrime(JsonNode trends, String month) {
    long sum = 0;
    for (JsonNode p : trends.get("priorities")) {
      for (JsonNode m : p.get("monthly")) {
        if (m.get("month").asText().equals(month)) {
          if (m.get("count").isNull()) {
            throw new AssertionError(p.get("name") + " is missing in " + month);
          }
          sum += m.get("count").asLong();
        }
      }
    }
    return sum;
  }

  /** The named entry's count in an inspect list of names and counts. */
  static long count(JsonNode namedCounts, String name) {
    for (JsonNode n : namedCounts) {
      if (n.get("name").asText().equals(name)) {
        return n.get("rows").asLong();
      }
    }
    throw new AssertionError("no " + name + " in " + namedCounts);
  }
}
