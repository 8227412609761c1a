package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --compare}: another force's totals become the comparator (SPEC 4.5), on fixtures/unlocated
 * (Smallham, Tiny Constabulary) against fixtures/compare (Other Constabulary; READMEs there).
 */
class CompareTest {
  private static final String AREA = Cli.FIXTURES + "unlocated";
  private static final String OTHER = Cli.FIXTURES + "compare";

  @Test
  void theOtherForcesTotalsBecomeTheComparatorWithEveryRowCounted() {
    JsonNode burglary =
        Cli.priority(
            Cli.json("quarterly", AREA, "--area", "Smallham", "--compare", OTHER), "Burglary");
    // 12 × (9 + 1) = 120 vs 12 × (11 + 1) = 144: +20.0%, the unlocated rows included. None of it
    // is Smallham's, so the rest is the whole of it.
    assertThat(burglary.get("comparator").toString())
        .isEqualTo(
            "{\"name\":\"Other Constabulary (from --compare)\",\"current12\":144,"
                + "\"previous12\":120,\"changePct\":20.0,\"rest\":{\"current12\":144,"
                + "\"previous12\":120,\"changePct\":20.0},\"missing\":[],\"tooSmall\":false}");
    // The 12-month sentence ends with the comparator; the quarter sentence follows it.
    // The area's 36 vs 24 = +50 % beside the other force's +20 %: a larger rise (finding 15).
    assertThat(burglary.get("sentence").asText())
        .contains(
            "+66.7%; Other Constabulary rose 20%, so this rise is larger than Other Constabulary's."
                + " ");
    // The force's own unlocated share still comes from Smallham's force, not the compare input.
    assertThat(burglary.at("/unlocated/current12/forceCount").asLong()).isEqualTo(300);
  }

  @Test
  void aCompareForceSmallerThanTheAreaIsFlaggedToo() {
    JsonNode robbery =
        Cli.priority(Cli.json("trends", AREA, "--area", "Smallham", "--compare", OTHER), "Robbery");
    // Other Constabulary's 12 robberies against Smallham's 48.
    assertThat(robbery.at("/comparator/current12").asLong()).isEqualTo(12);
    assertThat(robbery.at("/comparator/tooSmall").asBoolean()).isTrue();
    assertThat(robbery.get("flags").toString()).contains("\"comparator-too-small\"");
  }

  @Test
  void aMonthTheCompareInputLacksLeavesItsWindowAbsentNeverZero() {
    List<String> args = new ArrayList<>(List.of("trends", AREA, "--area", "Smallham", "--compare"));
    // Every month folder but 2023-03 (inside previous12, 2022-07..2023-06).
    for (String m :
        List.of(
            "2022-07", "2022-08", "2022-09", "2022-10", "2022-11", "2022-12", "2023-01", "2023-02",
            "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11",
            "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06")) {
      args.add(OTHER + "/" + m);
    }
    JsonNode burglary = Cli.priority(Cli.json(args.toArray(String[]::new)), "Burglary");
    assertThat(burglary.at("/comparator/previous12").isNull()).isTrue();
    assertThat(burglary.at("/comparator/changePct").isNull()).isTrue();
    assertThat(burglary.at("/comparator/current12").asLong()).isEqualTo(144);
    assertThat(burglary.at("/comparator/missing").toString()).isEqualTo("[\"2023-03\"]");
  }

  @Test
  void theAreasOwnForceIsRefused() {
    Cli r = Cli.run("trends", AREA, "--area", "Smallham", "--compare", AREA, "--quiet");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "saferstats: --compare gives Tiny Constabulary, the area's own force: it would compare"
                + " the area with itself — give another force's police.uk street files after"
                + " --compare\n");
  }

  @Test
  void aMissingCompareInputIsOneLineWithExitThree() {
    Cli r = Cli.run("trends", AREA, "--area", "Smallham", "--compare", "no/such/folder", "--quiet");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).contains("no/such/folder").doesNotContain("Exception");
  }

  @Test
  void aCompareInputMixingStreetFilesAndMpsTablesIsRefused() {
    Cli r =
        Cli.run(
            "quarterly",
            AREA,
            "--area",
            "Smallham",
            "--compare",
            OTHER,
            Cli.FIXTURES + "mps/gen1.csv",
            "--quiet");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "saferstats: the --compare inputs mix police.uk street files and MPS tables — give one"
                + " kind after --compare: another force's street files, or MPS tables\n");
  }
}
