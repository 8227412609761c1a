package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import saferstats.cli.Cli;

/**
 * SPEC 1.4 on fixtures/mps/releases: two releases that overlap and disagree. a-older.csv covers
 * 2022-01..2023-12 (Harrow 10 a month, Brent 100); b-newer.csv covers 2022-07..2024-06 (Harrow 12,
 * Brent 50). b ends later, so it ranks first, whichever order (or folder) they come in.
 */
class MpsReleaseChoiceTest {
  private static final String D = Cli.FIXTURES + "mps/releases/";

  static List<List<String>> orders() {
    return List.of(
        List.of(D + "a-older.csv", D + "b-newer.csv"),
        List.of(D + "b-newer.csv", D + "a-older.csv"),
        List.of(D));
  }

  private static JsonNode burglary(List<String> inputs, String end) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("trends"));
    args.addAll(inputs);
    args.addAll(
        List.of("--area", "Harrow", "--categories", "police-uk", "--end", end, "--format", "json"));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    for (JsonNode p : root.get("priorities")) {
      if (p.get("name").asText().equals("Burglary")) {
        ((com.fasterxml.jackson.databind.node.ObjectNode) p).set("notes", root.get("notes"));
        return p;
      }
    }
    throw new AssertionError("no Burglary");
  }

  @ParameterizedTest
  @MethodSource("orders")
  void eachComparisonComesFromTheNewestReleaseCoveringAllItsMonths(List<String> inputs)
      throws Exception {
    JsonNode p = burglary(inputs, "2023-12");
    // 12-month comparison 2022-01..2023-12: b lacks 2022-01..06, a covers all 24: 120 vs 120, and
    // London from a too: (10 + 100) x 12 = 1,320 each.
    assertThat(p.at("/windows/current12/count").asLong()).isEqualTo(120);
    assertThat(p.at("/windows/previous12/count").asLong()).isEqualTo(120);
    assertThat(p.at("/comparator/current12").asLong()).isEqualTo(1320);
    assertThat(p.at("/comparator/previous12").asLong()).isEqualTo(1320);
    // Quarter 2023-24 Q3 (Oct-Dec 2023) and Oct-Dec 2022: b covers both, 3 x 12 = 36 each.
    assertThat(p.at("/windows/quarter/count").asLong()).isEqualTo(36);
    assertThat(p.at("/windows/quarterLastYear/count").asLong()).isEqualTo(36);
    // FYTD Apr-Dec 2023 with Apr-Dec 2022: b lacks 2022-04..06, so a: 9 x 10 = 90 each.
    assertThat(p.at("/windows/fytd/count").asLong()).isEqualTo(90);
    assertThat(p.at("/windows/fytdLastYear/count").asLong()).isEqualTo(90);
    // The 36 trend months 2021-01..2023-12: neither covers them, so newest first month by month:
    // 2021 is before any table (not listed), 2022-01..06 from a (10), 2022-07..2023-12 from b
    // (12); the trend crosses the splice.
    assertThat(p.get("monthly")).hasSize(24);
    assertThat(p.at("/monthly/0/month").asText()).isEqualTo("2022-01");
    assertThat(p.at("/monthly/5/count").asLong()).isEqualTo(10); // 2022-06
    assertThat(p.at("/monthly/6/count").asLong()).isEqualTo(12); // 2022-07
    assertThat(p.get("flags").toString()).contains("release-splice");
    assertThat(p.get("notes").toString())
        .contains("the 36 months of the trend and control chart")
        .contains("the source changes at 2022-07");
  }

  @ParameterizedTest
  @MethodSource("orders")
  void whereNoReleaseCoversAComparisonItIsSplicedNewestFirstAndFlagged(List<String> inputs)
      throws Exception {
    JsonNode p = burglary(inputs, "2024-03");
    // 2022-04..2024-03: a ends 2023-12, b starts 2022-07. Newest first: 2022-04..06 from a (the
    // only one with them), the rest from b. previous12 = 3 x 10 + 9 x 12 = 138; current12 = 144.
    assertThat(p.at("/windows/previous12/count").asLong()).isEqualTo(138);
    assertThat(p.at("/windows/current12/count").asLong()).isEqualTo(144);
    // London month by month from the same release: 3 x 110 + 9 x 62 = 888; 12 x 62 = 744.
    assertThat(p.at("/comparator/previous12").asLong()).isEqualTo(888);
    assertThat(p.at("/comparator/current12").asLong()).isEqualTo(744);
    // The quarter (Jan-Mar 2024 and 2023) is all in b: 36 vs 36.
    assertThat(p.at("/windows/quarter/count").asLong()).isEqualTo(36);
    assertThat(p.at("/windows/quarterLastYear/count").asLong()).isEqualTo(36);
    assertThat(p.get("flags").toString()).contains("release-splice");
    // Shared months 2022-07..2023-12 (18): Harrow b 18 x 12 = 216 against a 18 x 10 = 180, +20.0%.
    assertThat(p.get("notes").toString())
        .contains("no single MPS release covers the 12-month comparison (2022-04 to 2024-03)")
        .contains(
            "the source changes at 2022-07 (on the 18 months both publish, all crime 216 against 180, +20.0%)");
  }

  @ParameterizedTest
  @MethodSource("orders")
  void theNewerReleaseGivesTheMonthsItCovers(List<String> inputs) throws Exception {
    JsonNode p = burglary(inputs, "2024-06");
    // 2022-07..2024-06 is exactly b: 144 vs 144; London 62 x 12 = 744 each.
    assertThat(p.at("/windows/current12/count").asLong()).isEqualTo(144);
    assertThat(p.at("/windows/previous12/count").asLong()).isEqualTo(144);
    assertThat(p.at("/comparator/previous12").asLong()).isEqualTo(744);
  }

  @org.junit.jupiter.api.Test
  void oneReleaseAloneIsNeverASplice() throws Exception {
    JsonNode p = burglary(List.of(D + "b-newer.csv"), "2024-06");
    // The trend's 36 months 2021-07..2024-06 start before b: its 24 months, and no splice.
    assertThat(p.get("monthly")).hasSize(24);
    assertThat(p.at("/monthly/0/count").asLong()).isEqualTo(12);
    assertThat(p.get("flags").toString()).doesNotContain("release-splice");
  }
}
