package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * Harrow's MPS figures from the real borough releases are the same whatever order they come in, and
 * equal src/test/scripts/count_mps.py, an independent count by the SPEC 1.4 rule ({@code python3
 * src/test/scripts/count_mps.py Harrow END INPUT...}, INPUT ../shared/real-data/mps/borough for all
 * seven releases, or the six release folders other than historical_2010-04_2024-02). Windows, in
 * order: current12, previous12, quarter, quarterLastYear, fytd, fytdLastYear. The figures are
 * checked on the files in sorted order; the other orders must give every figure alike.
 */
@Tag("real-data")
class MpsHarrowReleasesTest {
  private static final String[] WINDOWS = {
    "current12", "previous12", "quarter", "quarterLastYear", "fytd", "fytdLastYear"
  };

  /**
   * count_mps.py Harrow 2022-12 on all seven releases: every span from historical_2010-04_2024-02,
   * whose last month (2024-02) ranks it first.
   */
  private static final Map<String, long[]> END_2022_12 =
      Map.of(
          "police-uk/Burglary", new long[] {1056, 1077, 293, 344, 801, 805},
          "police-uk/Violence and sexual offences", new long[] {5178, 5063, 1349, 1296, 3930, 3893},
          "police-uk/Theft from the person", new long[] {566, 482, 118, 185, 405, 421},
          "mopac7/Violence with injury", new long[] {1398, 1273, 376, 307, 1063, 982},
          "mopac7/Theft from a motor vehicle", new long[] {1561, 1605, 426, 429, 1147, 1280});

  /**
   * count_mps.py Harrow 2022-12 on the six releases without it: the 12 months from
   * historical_2010-04_2023-02 (the only one with 2021-01..2022-12), quarter and FYTD from
   * 2021-03_2023-02 (same last month, later first). The two differ from the above by the quarter
   * and FYTD's release (Theft from the person's quarter 127 in the 24-month release, 118 in the
   * Historical one) and by the newer Historical edition's revisions (violence and sexual offences
   * 5,182 → 5,178).
   */
  private static final Map<String, long[]> END_2022_12_WITH_THE_GAP =
      Map.of(
          "police-uk/Burglary", new long[] {1056, 1077, 287, 352, 800, 821},
          "police-uk/Violence and sexual offences", new long[] {5182, 5067, 1512, 1427, 4354, 4320},
          "police-uk/Theft from the person", new long[] {566, 482, 127, 194, 432, 447},
          "mopac7/Violence with injury", new long[] {1402, 1274, 420, 327, 1159, 1046},
          "mopac7/Theft from a motor vehicle", new long[] {1561, 1605, 437, 441, 1172, 1299});

  /**
   * count_mps.py Harrow 2025-12, with or without historical_2010-04_2024-02: every comparison from
   * 2024-01_2025-12.
   */
  private static final Map<String, long[]> END_2025_12 =
      Map.of(
          "police-uk/Burglary", new long[] {1162, 1133, 353, 334, 822, 808},
          "police-uk/Violence and sexual offences", new long[] {5426, 5260, 1360, 1417, 4191, 3994},
          "police-uk/Theft from the person", new long[] {1129, 869, 206, 323, 820, 705},
          "mopac7/Violence with injury", new long[] {1194, 1231, 276, 320, 907, 932},
          "mopac7/Theft from a motor vehicle", new long[] {915, 1216, 216, 311, 703, 903});

  /** A copy of the releases in folders that sort the other way, made once for the class. */
  @TempDir static Path copy;

  /** The releases as given files, the other way round, and as a folder that sorts the other way. */
  private static List<List<String>> arrangements() throws IOException {
    List<String> forward = RealData.mpsBoroughReleases();
    List<String> backward = new ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    for (int i = 0; i < forward.size(); i++) {
      Path file = Path.of(forward.get(i));
      Path dir = copy.resolve((9 - i) + "-" + file.getParent().getFileName());
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    return List.of(forward, backward, List.of(copy.toString()));
  }

  static Map<String, JsonNode> trends(List<String> inputs, String preset, String end) {
    List<String> args = new ArrayList<>(List.of("trends"));
    args.addAll(inputs);
    // Every published category, quiet ones too, so the figures compare category by category.
    args.addAll(
        List.of("--area", "Harrow", "--categories", preset, "--end", end, "--all-categories"));
    Map<String, JsonNode> out = new HashMap<>();
    Cli.json(args.toArray(String[]::new))
        .get("priorities")
        .forEach(p -> out.put(preset + "/" + p.get("name").asText(), p));
    return out;
  }

  private static void check(String preset, Map<String, JsonNode> got, Map<String, long[]> all) {
    Map<String, long[]> expected = new HashMap<>(all);
    expected.keySet().removeIf(name -> !name.startsWith(preset + "/"));
    assertThat(expected).isNotEmpty();
    assertThat(got).containsKeys(expected.keySet().toArray(String[]::new));
    expected.forEach((name, v) -> assertThat(windows(got.get(name))).as(name).containsExactly(v));
  }

  private static long[] windows(JsonNode priority) {
    long[] windows = new long[WINDOWS.length];
    for (int i = 0; i < WINDOWS.length; i++) {
      windows[i] = priority.at("/windows/" + WINDOWS[i] + "/count").asLong(-1);
    }
    return windows;
  }

  /** Per source category: its six window counts and every monthly count (null as -1). */
  private static Map<String, List<Long>> figures(Map<String, JsonNode> report) {
    Map<String, List<Long>> out = new java.util.TreeMap<>();
    report.forEach(
        (name, p) -> {
          List<Long> f = new ArrayList<>();
          for (long w : windows(p)) {
            f.add(w);
          }
          p.get("monthly").forEach(m -> f.add(m.get("count").asLong(-1)));
          out.put(name, f);
        });
    return out;
  }

  /** The figures at 2022-12 and 2025-12 against the independent count, preset by preset. */
  private static void checkBothEnds(List<String> files, Map<String, long[]> at2022Expected) {
    for (String preset : List.of("police-uk", "mopac7")) {
      Map<String, JsonNode> at2022 = trends(files, preset, "2022-12");
      check(preset, at2022, at2022Expected);
      // One release covers each span at 2022-12: no splice.
      at2022.values().forEach(p -> assertThat(p.get("flags").toString()).doesNotContain("splice"));
      Map<String, JsonNode> at2025 = trends(files, preset, "2025-12");
      check(preset, at2025, END_2025_12);
      // No release covers the 36 trend months 2023-01..2025-12, so the trend is flagged.
      // Only the trend is spliced: the 12-month, quarter and FYTD pairs all lie in 2024-01_2025-12.
      at2025
          .values()
          .forEach(
              p -> {
                assertThat(p.get("flags").toString()).contains("release-splice");
                assertThat(p.at("/cautions/splices").toString()).isEqualTo("[\"trend\"]");
              });
    }
  }

  @Test
  void harrowsFiguresMatchTheIndependentCount() {
    // 2023-01..2023-12 of the trend from historical_2010-04_2024-02, 2024-01 on from
    // 2024-01_2025-12.
    checkBothEnds(RealData.mpsBoroughReleases(), END_2022_12);
  }

  @Test
  void withoutTheNewerHistoricalRelease_harrowsFiguresMatchTheIndependentCount() {
    // 2023-01..02 of the trend from 2021-03_2023-02, 2023-03..12 in no release (missing), 2024-01
    // on from 2024-01_2025-12.
    checkBothEnds(RealData.mpsBoroughReleasesWithTheGap(), END_2022_12_WITH_THE_GAP);
  }

  @Test
  void everyFigureIsTheSameWhateverOrderTheReleasesComeIn() throws Exception {
    // The source set lists every published category, so equal source figures mean equal figures
    // under every preset (each preset priority is a sum of source categories).
    List<List<String>> arrangements = arrangements();
    for (String end : List.of("2022-12", "2025-12")) {
      Map<String, List<Long>> forward = figures(trends(arrangements.get(0), "source", end));
      assertThat(forward).hasSizeGreaterThan(40);
      for (List<String> other : arrangements.subList(1, 3)) {
        assertThat(figures(trends(other, "source", end))).as(end + " " + other).isEqualTo(forward);
      }
    }
  }

  /** Harrow's all-crime count over 2022, the sum of every source category's current12. */
  private static long allCrimeIn2022(List<String> inputs) {
    return trends(inputs, "source", "2022-12").values().stream()
        .mapToLong(p -> p.at("/windows/current12/count").asLong())
        .sum();
  }

  @Test
  void harrowAllCrimeInTwentyTwentyTwoComesFromTheHistoricalRelease() throws Exception {
    // The 12-month comparison to 2022-12 needs 2021-01..2022-12. Both Historical releases have
    // all 24 and historical_2010-04_2024-02 ranks first (last month 2024-02), so 2022 reads its
    // 15,066, whatever the order: python3 src/test/scripts/recount_mps_independent.py, "CALENDAR
    // 2022 ALL-CRIME TOTAL", which also gives the older Historical edition's 15,067 (the newer
    // one revises 2022 by +3 miscellaneous crimes against society, +2 sexual offences, -6
    // violence against the person: -1) and the 24-month file's 16,059, not mixed in.
    for (List<String> inputs : arrangements()) {
      assertThat(allCrimeIn2022(inputs)).as(inputs.toString()).isEqualTo(15066);
    }
  }

  @Test
  void withoutTheNewerHistoricalRelease_harrowAllCrimeInTwentyTwentyTwoIsTheOlderEditions() {
    // Only historical_2010-04_2023-02 has all of 2021-01..2022-12: 15,067 (recount above).
    List<String> forward = RealData.mpsBoroughReleasesWithTheGap();
    List<String> backward = new ArrayList<>(forward);
    java.util.Collections.reverse(backward);
    for (List<String> inputs : List.of(forward, backward)) {
      assertThat(allCrimeIn2022(inputs)).as(inputs.toString()).isEqualTo(15067);
    }
  }
}
