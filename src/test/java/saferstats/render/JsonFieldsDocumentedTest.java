package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saferstats.cli.Cli;

/**
 * Every field each command's JSON has on sample-data (and in its golden file) is documented in
 * docs/json.md under that command: a field added without a line there fails here.
 */
class JsonFieldsDocumentedTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "trends; trends sample-data --area Harrow",
        "quarterly; quarterly sample-data --area Harrow --categories csp-2023",
        "inspect; inspect sample-data",
        "categories; categories csp-2023",
        "categories; categories",
      })
  void everyFieldIsDocumented(String command, String args) throws IOException {
    Cli r = Cli.cached((args + " --format json --quiet").split(" "));
    assertThat(r.exit()).as(r.err()).isZero();
    assertDocumented(command, new ObjectMapper().readTree(r.out()));
    Path golden = Path.of("src/test/resources/golden", command + ".json");
    assertDocumented(command, new ObjectMapper().readTree(Files.readString(golden)));
  }

  /** hotspots on sample-data is its golden file (HotspotsGoldenTest keeps it the real output). */
  @ParameterizedTest(name = "{0}")
  @CsvSource("hotspots")
  void hotspotsFieldsAreDocumented(String command) throws IOException {
    Path golden = Path.of("src/test/resources/golden", command + ".json");
    assertDocumented(command, new ObjectMapper().readTree(Files.readString(golden)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "benchmark; benchmark src/test/resources/fixtures/benchmark --area Harrow --population"
            + " src/test/resources/fixtures/benchmark/population.csv"
      })
  void benchmarkFieldsAreDocumented(String command, String args) throws IOException {
    Cli r = Cli.cached((args + " --format json --quiet").split(" "));
    assertThat(r.exit()).as(r.err()).isZero();
    assertDocumented(command, new ObjectMapper().readTree(r.out()));
  }

  private static void assertDocumented(String command, JsonNode json) throws IOException {
    Set<String> fields = new TreeSet<>();
    walk(json, "", fields);
    assertThat(fields).contains("schemaVersion");
    assertThat(documented().get(command))
        .as("fields of %s missing from docs/json.md", command)
        .containsAll(fields);
  }

  private static void walk(JsonNode node, String path, Set<String> out) {
    if (node.isObject()) {
      node.properties()
          .forEach(
              e -> {
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(p);
                walk(e.getValue(), p, out);
              });
    } else if (node.isArray()) {
      node.forEach(i -> walk(i, path + "[]", out));
    }
  }

  /** The paths in each command's table of docs/json.md. */
  private static Map<String, Set<String>> documented() throws IOException {
    Map<String, Set<String>> out = new HashMap<>();
    Set<String> current = new HashSet<>();
    for (String line : Files.readAllLines(Path.of("docs/json.md"))) {
      if (line.startsWith("## ")) {
        current = out.computeIfAbsent(line.substring(3).strip(), k -> new HashSet<>());
      }
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        current.add(m.group(1));
      }
    }
    return out;
  }
}
