package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * Harrow's MPS figures from all six real borough releases are the same whatever order they come in,
 * and equal src/test/scripts/count_mps.py, an independent count by the SPEC 1.4 rule ({@code
 * python3 src/test/scripts/count_mps.py Harrow END ../shared/real-data/mps/borough}). Windows, in
 * order: current12, previous12, quarter, quarterLastYear, fytd, fytdLastYear.
 */
@Tag("real-data")
class MpsHarrowReleasesTest {
  private static final String[] WINDOWS = {
    "current12", "previous12", "quarter", "quarterLastYear", "fytd", "fytdLastYear"
  };

  /** count_mps.py Harrow 2022-12: the 12 months from Historical, quarter and FYTD from 2021-03. */
  private static final Map<String, long[]> END_2022_12 =
      Map.of(
          "police-uk/Burglary", new long[] {1056, 1077, 287, 352, 800, 821},
          "police-uk/Violence and sexual offences", new long[] {5182, 5067, 1512, 1427, 4354, 4320},
          "police-uk/Theft from the person", new long[] {566, 482, 127, 194, 432, 447},
          "mopac7/Violence with injury", new long[] {1402, 1274, 420, 327, 1159, 1046},
          "mopac7/Theft from a motor vehicle", new long[] {1561, 1605, 437, 441, 1172, 1299});

  /** count_mps.py Harrow 2025-12: every comparison from 2024-01_2025-12. */
  private static final Map<String, long[]> END_2025_12 =
      Map.of(
          "police-uk/Burglary", new long[] {1162, 1133, 353, 334, 822, 808},
          "police-uk/Violence and sexual offences", new long[] {5426, 5260, 1360, 1417, 4191, 3994},
          "police-uk/Theft from the person", new long[] {1129, 869, 206, 323, 820, 705},
          "mopac7/Violence with injury", new long[] {1194, 1231, 276, 320, 907, 932},
          "mopac7/Theft from a motor vehicle", new long[] {915, 1216, 216, 311, 703, 903});

  @TempDir Path copy;

  private static List<Path> releases() throws IOException {
    try (Stream<Path> s = Files.walk(RealData.folder("mps/borough"))) {
      return s.filter(p -> p.toString().endsWith(".csv.gz")).sorted().toList();
    }
  }

  /** The releases as given files, the other way round, and as a folder that sorts the other way. */
  private List<List<String>> arrangements() throws IOException {
    List<Path> files = releases();
    List<String> forward = files.stream().map(Path::toString).toList();
    List<String> backward = new ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    for (int i = 0; i < files.size(); i++) {
      Path dir = copy.resolve((9 - i) + "-" + files.get(i).getParent().getFileName());
      Files.createDirectories(dir);
      Files.copy(files.get(i), dir.resolve(files.get(i).getFileName()));
    }
    return List.of(forward, backward, List.of(copy.toString()));
  }

  private static Map<String, JsonNode> trends(List<String> inputs, String preset, String end)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("trends"));
    args.addAll(inputs);
    args.addAll(
        List.of("--area", "Harrow", "--categories", preset, "--end", end, "--format", "json"));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, JsonNode> out = new HashMap<>();
    new ObjectMapper()
        .readTree(r.out())
        .get("priorities")
        .forEach(p -> out.put(preset + "/" + p.get("name").asText(), p));
    return out;
  }

  private static void check(String preset, Map<String, JsonNode> got, Map<String, long[]> all) {
    Map<String, long[]> expected = new HashMap<>(all);
    expected.keySet().removeIf(name -> !name.startsWith(preset + "/"));
    assertThat(expected).isNotEmpty();
    assertThat(got).containsKeys(expected.keySet().toArray(String[]::new));
    expected.forEach(
        (name, v) -> {
          long[] windows = new long[WINDOWS.length];
          for (int i = 0; i < WINDOWS.length; i++) {
            windows[i] = got.get(name).at("/windows/" + WINDOWS[i] + "/count").asLong(-1);
          }
          assertThat(windows).as(name).containsExactly(v);
        });
  }

  @Test
  void harrowsFiguresAreTheSameInAnyOrderAndMatchTheIndependentCount() throws Exception {
    for (List<String> inputs : arrangements()) {
      for (String preset : List.of("police-uk", "mopac7")) {
        Map<String, JsonNode> at2022 = trends(inputs, preset, "2022-12");
        check(preset, at2022, END_2022_12);
        // One release covers each span at 2022-12: no splice.
        at2022
            .values()
            .forEach(p -> assertThat(p.get("flags").toString()).doesNotContain("splice"));
        Map<String, JsonNode> at2025 = trends(inputs, preset, "2025-12");
        check(preset, at2025, END_2025_12);
        // The 36 trend months 2023-01..2025-12: 2023-01..02 from 2021-03_2023-02, 2023-03..12
        // in no release (missing), 2024-01 on from 2024-01_2025-12: flagged.
        at2025
            .values()
            .forEach(p -> assertThat(p.get("flags").toString()).contains("release-splice"));
      }
    }
  }

  @Test
  void harrowAllCrimeInTwentyTwentyTwoComesFromTheHistoricalRelease() throws Exception {
    // The 12-month comparison to 2022-12 needs 2021-01..2022-12; only the Historical release has
    // all 24, so 2022 reads 15,067 (the 24-month file's 16,059 is not mixed in), whatever the
    // order.
    for (List<String> inputs : arrangements()) {
      Map<String, JsonNode> t = trends(inputs, "source", "2022-12");
      long total =
          t.values().stream().mapToLong(p -> p.at("/windows/current12/count").asLong()).sum();
      assertThat(total).isEqualTo(15067);
    }
  }
}
