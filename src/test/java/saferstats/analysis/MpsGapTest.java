package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * SPEC 1.4 and 4.5 on fixtures/mps/gap: an old release 2021-07..2022-02 and a new one
 * 2023-01..2024-12, nothing for 2022-03..2022-12. At end 2024-12 the trend's 36 months are
 * 2022-01..2024-12: 2022-01 and 2022-02 from the old release (2), 2022-03..2022-12 missing (10),
 * 2023-01..2024-12 from the new (24): 2 + 24 = 26 of 36. The 12-month pair (2023-01..2024-12), the
 * quarter pair (Oct-Dec 2023 and 2024) and the FYTD pair (Apr-Dec 2023 and 2024) all lie in the new
 * release, so only the trend is spliced.
 */
class MpsGapTest {
  private static final String GAP = Cli.FIXTURES + "mps/gap";

  private static String[] args(String... more) {
    List<String> a =
        new ArrayList<>(List.of("trends", GAP, "--area", "Harrow", "--end", "2024-12"));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  private static List<String> names(JsonNode report) {
    List<String> names = new ArrayList<>();
    report.get("priorities").forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  @Test
  void theGapIsSaidAsARangeWithTheTrendsTwentySixOfThirtySixMonths() {
    JsonNode r = Cli.json(args());
    assertThat(r.get("notes").toString())
        .contains("MPS borough tables have no figures for 2022-03 to 2022-12;")
        .contains(
            "Trend and control chart run over 26 of the last 36 months (2022-03 to 2022-12"
                + " missing)");
    JsonNode burglary = Cli.priority(r, "Burglary/Burglary - Residential");
    assertThat(burglary.at("/trend/n").asInt()).isEqualTo(26);
    assertThat(burglary.at("/trend/of").asInt()).isEqualTo(36);
    assertThat(burglary.at("/trend/missing")).hasSize(10);
  }

  @Test
  void onlyTheTrendIsFlaggedAsSpliced() {
    JsonNode burglary = Cli.priority(Cli.json(args()), "Burglary/Burglary - Residential");
    assertThat(burglary.at("/cautions/splices").toString()).isEqualTo("[\"trend\"]");
    assertThat(burglary.get("flags").toString()).contains("release-splice");
    // 10 a month in the new release: 120 vs 120, 30 vs 30, 90 vs 90, none of them spliced.
    assertThat(burglary.at("/windows/current12/count").asLong()).isEqualTo(120);
    assertThat(burglary.at("/windows/fytd/count").asLong()).isEqualTo(90);
  }

  @Test
  void categoriesQuietInBothTwelveMonthWindowsAreCountedNotListed() {
    // Old Minor (0 in 2023-01..2024-12; its 4s are 2021-07..2022-02) and Legacy Minor (0
    // throughout) are quiet; Once Only has 2 in 2023-05 (previous12) and stays.
    JsonNode r = Cli.json(args());
    assertThat(names(r)).containsExactly("Burglary/Burglary - Residential", "Rare Major/Once Only");
    assertThat(r.get("notes").toString())
        .contains(
            "2 source categories with no crimes in either 12-month window (2023-01 to 2024-12) are"
                + " not shown");
    JsonNode all = Cli.json(args("--all-categories"));
    assertThat(names(all))
        .containsExactlyInAnyOrder(
            "Burglary/Burglary - Residential",
            "Rare Major/Once Only",
            "Old Major/Old Minor",
            "Legacy Major/Legacy Minor");
    assertThat(all.get("notes").toString()).doesNotContain("not shown");
  }

  @Test
  void theTextSaysTheMonthsInItsHeadingAndWhichSpanWasSpliced() {
    Cli r = Cli.run(args("--wide"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "trend and control chart over 26 of the last 36 months (2022-03 to 2022-12 missing)")
        .contains("release-splice (trend)")
        .doesNotContain("Legacy Minor");
  }

  @Test
  void inspectSaysTheGapAsARange() {
    assertThat(Cli.json("inspect", GAP).get("notes").toString())
        .contains("MPS borough tables have no figures for 2022-03 to 2022-12;");
  }
}
