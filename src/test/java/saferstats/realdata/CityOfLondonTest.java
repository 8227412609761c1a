package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The 36 real City of London Police street files (2021-09..2024-08). Expected figures come from
 * independent counts: src/test/scripts/count_area.py ({@code python3 src/test/scripts/count_area.py
 * "City of London" 2024-08 ../shared/real-data/police-uk/city-of-london}) and the per-month table
 * of ../shared/real-data/README.md (rows, no-location rows, extra rows sharing a Crime ID).
 */
@Tag("real-data")
class CityOfLondonTest {
  private static final String DIR = "police-uk/city-of-london";

  /** count_area.py output: crime type -> {current12 2023-09..2024-08, previous12}. */
  private static final Map<String, long[]> INDEPENDENT =
      Map.ofEntries(
          Map.entry("Anti-social behaviour", new long[] {328, 626}),
          Map.entry("Bicycle theft", new long[] {219, 192}),
          Map.entry("Burglary", new long[] {316, 312}),
          Map.entry("Criminal damage and arson", new long[] {376, 260}),
          Map.entry("Drugs", new long[] {457, 481}),
          Map.entry("Other crime", new long[] {100, 128}),
          Map.entry("Other theft", new long[] {1894, 1925}),
          Map.entry("Possession of weapons", new long[] {62, 56}),
          Map.entry("Public order", new long[] {591, 506}),
          Map.entry("Robbery", new long[] {153, 135}),
          Map.entry("Shoplifting", new long[] {1412, 739}),
          Map.entry("Theft from the person", new long[] {1177, 1151}),
          Map.entry("Vehicle crime", new long[] {118, 133}),
          Map.entry("Violence and sexual offences", new long[] {1463, 1267}));

  @Test
  void trendsMatchTheIndependentCountForEveryCrimeType() throws Exception {
    String dir = RealData.folder(DIR).toString();
    JsonNode t = Cli.json("trends", dir, "--area", "City of London");
    assertThat(t.get("end").asText()).isEqualTo("2024-08");
    assertThat(t.get("force").asText()).isEqualTo("City of London Police");
    assertThat(t.get("priorities")).hasSize(14);
    for (JsonNode p : t.get("priorities")) {
      long[] expected = INDEPENDENT.get(p.get("name").asText());
      assertThat(p.at("/windows/current12/count").asLong())
          .as(p.get("name").asText())
          .isEqualTo(expected[0]);
      assertThat(p.at("/windows/previous12/count").asLong())
          .as(p.get("name").asText())
          .isEqualTo(expected[1]);
    }
  }

  @Test
  void inspectAccountsForEveryRowAsTheDataReadmeCountsThem() throws Exception {
    String dir = RealData.folder(DIR).toString();
    JsonNode i = Cli.json("inspect", dir);
    JsonNode totals = i.get("totals");
    // README per-month table: rows sum to 27,422; no-location rows sum to 2,146; "extra rows
    // sharing
    // a non-blank Crime ID" sum to 459, which saferstats splits into 24 identical duplicates and
    // 435
    // shared IDs (count_area.py drops the same 24 identical rows).
    assertThat(totals.get("read").asLong()).isEqualTo(27_422);
    assertThat(totals.get("rejected").asLong()).isZero();
    assertThat(totals.get("duplicates").asLong()).isEqualTo(24);
    assertThat(totals.get("kept").asLong()).isEqualTo(27_398);
    assertThat(totals.get("sharedIds").asLong() + totals.get("duplicates").asLong()).isEqualTo(459);
    assertThat(totals.get("noLocation").asLong()).isEqualTo(2_146);
    assertThat(i.at("/forces/0/months").asInt()).isEqualTo(36);
    assertThat(i.at("/forces/0/missing")).isEmpty();
    // 2024-08 row: 826 rows, 68 without location, 11 extra rows sharing an id.
    JsonNode aug = i.at("/inputs/35/rows");
    assertThat(aug.get("read").asLong()).isEqualTo(826);
    assertThat(aug.get("noLocation").asLong()).isEqualTo(68);
    assertThat(aug.get("sharedIds").asLong() + aug.get("duplicateRows").asLong()).isEqualTo(11);
  }

  @Test
  void statisticsMatchAnIndependentScipyAndNumpyComputation() throws Exception {
    String dir = RealData.folder(DIR).toString();
    JsonNode t = Cli.json("trends", dir, "--area", "City of London");
    // src/test/scripts/stats_check.py "City of London" 2024-08 <dir>: monthly counts tallied from
    // the raw files, exact test, dispersion and quasi-Poisson t with scipy, Mann-Kendall/Sen
    // transcribed from pymannkendall, XmR with numpy. All 14 crime types agree to 1e-14 (test,
    // p, exactP, dispersion, trend, limits); four pinned here.
    JsonNode shop = byName(t, "Shoplifting");
    // 1,412 vs 739 with monthly variance 4.25 times Poisson's: the quasi-Poisson p decides.
    assertThat(shop.at("/significance/test").asText()).isEqualTo("quasi-poisson");
    assertThat(shop.at("/significance/p").asDouble())
        .isCloseTo(6.010225480280291e-07, within(1e-18));
    assertThat(shop.at("/significance/exactP").asDouble())
        .isCloseTo(2.3908546487680058e-48, within(1e-60));
    assertThat(shop.at("/significance/dispersion").asDouble())
        .isCloseTo(4.2475996998818975, within(1e-12));
    assertThat(shop.at("/significance/label").asText()).isEqualTo("significant increase");
    assertThat(shop.at("/trend/s").asLong()).isEqualTo(367);
    assertThat(shop.at("/trend/p").asDouble()).isCloseTo(6.11462755761849e-07, within(1e-15));
    assertThat(shop.at("/trend/senSlope").asDouble()).isCloseTo(2.2401433691756276, within(1e-12));
    assertThat(shop.at("/control/ucl").asDouble()).isCloseTo(117.33444444444444, within(1e-9));
    // 591 vs 506: the exact test said p = 0.011 ("significant increase"); with dispersion 2.15
    // the quasi-Poisson p is 0.095, not significant.
    JsonNode order = byName(t, "Public order");
    assertThat(order.at("/significance/p").asDouble())
        .isCloseTo(0.09459634930986036, within(1e-12));
    assertThat(order.at("/significance/exactP").asDouble())
        .isCloseTo(0.011174160048439071, within(1e-12));
    assertThat(order.at("/significance/dispersion").asDouble())
        .isCloseTo(2.1537972570957464, within(1e-12));
    assertThat(order.at("/significance/label").asText()).isEqualTo("no significant change");
    JsonNode vso = byName(t, "Violence and sexual offences");
    assertThat(vso.at("/trend/p").asDouble()).isCloseTo(0.096264159778092, within(1e-12));
    assertThat(vso.at("/trend/direction").asText()).isEqualTo("no trend");
    JsonNode vehicle = byName(t, "Vehicle crime");
    assertThat(vehicle.at("/significance/p").asDouble())
        .isCloseTo(0.5777873659573309, within(1e-12));
    assertThat(vehicle.at("/significance/exactP").asDouble())
        .isCloseTo(0.37690880328761167, within(1e-12));
    assertThat(vehicle.at("/trend/s").asLong()).isEqualTo(-219);
    assertThat(vehicle.at("/trend/direction").asText()).isEqualTo("decreasing");
  }

  private static JsonNode byName(JsonNode report, String name) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError(name);
  }
}
