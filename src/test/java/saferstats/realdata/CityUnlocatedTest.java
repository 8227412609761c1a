package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The City of London's crimes with no place and its comparator (SPEC 4.5), on the 36 real street
 * files. Expected figures from src/test/scripts/unlocated_city.py (independent count): the force's
 * unlocated rows 644 of 8,938 (7.2%) in 2022-09..2023-08 and 963 of 10,065 (9.6%) in
 * 2023-09..2024-08; the City's located rows 7,911 → 8,666 (+9.5%), and with the unlocated (7,911 +
 * 644 = 8,555) → (8,666 + 963 = 9,629): +12.6%. The rest of the force: 10,065 − 8,666 = 1,399.
 */
@Tag("real-data")
class CityUnlocatedTest {
  private static final String DIR = "police-uk/city-of-london";
  private static final String ALL = Cli.FIXTURES + "priorities-all/all-crime.csv";

  private static JsonNode allCrime(String command) {
    String dir = RealData.folder(DIR).toString();
    return Cli.priority(
        Cli.json(command, dir, "--area", "City of London", "--categories", ALL), "All crime");
  }

  @Test
  void theForcesUnlocatedShareRoseFrom7Point2To9Point6AndTheChangeReads12Point6WithThem() {
    JsonNode all = allCrime("trends");
    assertThat(all.get("unlocated").get("previous12").toString())
        .isEqualTo("{\"count\":644,\"forceCount\":8938,\"sharePct\":7.2}");
    assertThat(all.get("unlocated").get("current12").toString())
        .isEqualTo("{\"count\":963,\"forceCount\":10065,\"sharePct\":9.6}");
    assertThat(all.at("/windows/changePct").asDouble()).isEqualTo(9.5);
    assertThat(all.at("/unlocated/changePctWithThem").asDouble()).isEqualTo(12.6);
    assertThat(all.get("flags").toString()).contains("\"unlocated-share-changed\"");
  }

  @Test
  void theRestOfTheForceIsSmallerThanTheCitySoTheSentenceLeavesTheForceOut() {
    JsonNode all = allCrime("quarterly");
    assertThat(all.at("/comparator/rest/current12").asLong()).isEqualTo(1_399);
    assertThat(all.at("/comparator/tooSmall").asBoolean()).isTrue();
    assertThat(all.get("flags").toString()).contains("\"comparator-too-small\"");
    assertThat(all.get("sentence").asText())
        .contains("went from 7.2% to 9.6% of its total, so with them the change reads +12.6%")
        .doesNotContain("the force rose", "the force fell");
  }

  @Test
  void shopliftingNoLongerSaysTheForceRose97Percent() {
    String dir = RealData.folder(DIR).toString();
    JsonNode shoplifting =
        Cli.priority(Cli.json("quarterly", dir, "--area", "City of London"), "Shoplifting");
    // The force's 1,565 shoplifting crimes (located or not) less the City's 1,412: a rest of 153,
    // against which "the force rose 97%" compared the City with itself.
    assertThat(shoplifting.at("/rolling12/count").asLong()).isEqualTo(1_412);
    assertThat(shoplifting.at("/comparator/current12").asLong()).isEqualTo(1_565);
    assertThat(shoplifting.at("/comparator/rest/current12").asLong()).isEqualTo(153);
    assertThat(shoplifting.get("flags").toString()).contains("\"comparator-too-small\"");
    assertThat(shoplifting.get("sentence").asText()).doesNotContain("the force rose");
  }
}
