package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saferstats.cli.Cli;

/**
 * Harrow from the real MPS London Datastore tables, against src/test/scripts/count_mps.py, an
 * independent count that picks releases by the SPEC 1.4 rule, e.g. {@code python3
 * src/test/scripts/count_mps.py Harrow 2023-02 <Historical.csv.gz> <2021-03_2023-02.csv.gz>}.
 */
@Tag("real-data")
class MpsHarrowTest {
  private static final String HISTORICAL = "mps/borough/historical_2010-04_2023-02";
  private static final String RECENT_2023 = "mps/borough/2021-03_2023-02";
  private static final String RECENT_2025 = "mps/borough/2024-01_2025-12";

  private static Map<String, long[]> twelveMonths(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, long[]> out = new HashMap<>();
    for (JsonNode p : new ObjectMapper().readTree(r.out()).get("priorities")) {
      out.put(
          p.get("name").asText(),
          new long[] {
            p.at("/windows/current12/count").asLong(), p.at("/windows/previous12/count").asLong()
          });
    }
    return out;
  }

  @Test
  void overlappingReleasesInOtherDetailMatchTheIndependentCount() throws Exception {
    String hist = RealData.folder(HISTORICAL).toString();
    String recent = RealData.folder(RECENT_2023).toString();
    Map<String, long[]> t =
        twelveMonths(
            "trends",
            hist,
            recent,
            "--area",
            "Harrow",
            "--categories",
            "police-uk",
            "--format",
            "json");
    // count_mps.py Harrow 2023-02 historical recent: current12 (2022-03..2023-02), previous12.
    Map<String, long[]> expected =
        Map.ofEntries(
            Map.entry("Burglary", new long[] {1078, 1087}),
            Map.entry("Robbery", new long[] {439, 353}),
            Map.entry("Drugs", new long[] {728, 867}),
            Map.entry("Vehicle crime", new long[] {2532, 2599}),
            Map.entry("Public order", new long[] {1124, 1116}),
            // The Historical release has aggregate minors for these two; counting both releases'
            // cells would give 196/168 and 524/446: the double count one release per span
            // prevents (the 24-month release covers 2021-03..2023-02 and ranks first).
            Map.entry("Possession of weapons", new long[] {97, 86}),
            Map.entry("Other crime", new long[] {279, 234}),
            Map.entry("Criminal damage and arson", new long[] {1066, 1012}),
            Map.entry("Violence and sexual offences", new long[] {5690, 5680}),
            Map.entry("Shoplifting", new long[] {685, 509}),
            Map.entry("Bicycle theft", new long[] {98, 220}),
            Map.entry("Theft from the person", new long[] {570, 588}),
            Map.entry("Other theft", new long[] {1796, 1608}));
    expected.forEach((name, v) -> assertThat(t.get(name)).as(name).containsExactly(v));
  }

  @Test
  void latestReleaseUnderTheCspTwentyTwentyThreePreset() throws Exception {
    String recent = RealData.folder(RECENT_2025).toString();
    Map<String, long[]> t =
        twelveMonths(
            "trends", recent, "--area", "Harrow", "--categories", "csp-2023", "--format", "json");
    // count_mps.py Harrow 2025-12 <2024-01_2025-12>
    assertThat(t.get("Violent incidents")).containsExactly(4946, 4820);
    assertThat(t.get("Burglary, motor vehicle crime and robbery")).containsExactly(3582, 3847);
    assertThat(t.get("Violence against women and girls")).containsExactly(480, 440);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"source", "police-uk", "mopac7", "london-2019", "csp-2023", "serious-violence"})
  void everyPresetRunsOnTheRealBoroughAndWardTables(String preset) {
    for (String dir : List.of("mps/borough", "mps/ward")) {
      Cli r =
          Cli.run(
              "trends",
              RealData.folder(dir).toString(),
              "--area",
              "Harrow",
              "--categories",
              preset,
              "--format",
              "json");
      assertThat(r.exit()).as(dir + " " + preset + ": " + r.err()).isZero();
    }
  }

  @Test
  void wardTablesSummedToTheBoroughAreLowerThanTheBoroughTable() throws Exception {
    Map<String, long[]> wards =
        twelveMonths(
            "trends",
            RealData.folder("mps/ward/2024-01_2025-12").toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023",
            "--format",
            "json");
    Map<String, long[]> borough =
        twelveMonths(
            "trends",
            RealData.folder(RECENT_2025).toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023",
            "--format",
            "json");
    long w = wards.get("Violent incidents")[0];
    long b = borough.get("Violent incidents")[0];
    assertThat(w).isPositive().isLessThanOrEqualTo(b);
  }

  @Test
  void significanceAndTheLondonComparatorMatchScipyAndAnIndependentSum() throws Exception {
    Cli r =
        Cli.run(
            "trends",
            RealData.folder(RECENT_2025).toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023",
            "--format",
            "json");
    JsonNode drugs = null;
    for (JsonNode p : new ObjectMapper().readTree(r.out()).get("priorities")) {
      if (p.get("name").asText().equals("Drugs")) {
        drugs = p;
      }
    }
    // 948 vs 620: scipy 2*min(binom.cdf(948,1568,.5), binom.sf(947,1568,.5)) =
    // 1.1520761351712788e-16. The months vary 5.89 times more than Poisson counts
    // (stats_check.py --mps), so the quasi-Poisson p = 0.00265 decides: still significant.
    assertThat(drugs.at("/significance/exactP").asDouble())
        .isCloseTo(1.1520761351712788e-16, within(1e-28));
    assertThat(drugs.at("/significance/test").asText()).isEqualTo("quasi-poisson");
    assertThat(drugs.at("/significance/dispersion").asDouble())
        .isCloseTo(5.89155499461747, within(1e-12));
    assertThat(drugs.at("/significance/p").asDouble())
        .isCloseTo(0.0026516830756701986, within(1e-15));
    assertThat(drugs.at("/significance/label").asText()).isEqualTo("significant increase");
    // London: DRUG OFFENCES rows of every borough but the pseudo-boroughs: 53,594 (2025) vs 40,417
    // (2024), +32.6%, summed independently in Python.
    assertThat(drugs.at("/comparator/current12").asLong()).isEqualTo(53594);
    assertThat(drugs.at("/comparator/previous12").asLong()).isEqualTo(40417);
    assertThat(drugs.at("/comparator/changePct").asDouble()).isEqualTo(32.6);
    assertThat(drugs.at("/comparator/rest/current12").asLong()).isEqualTo(53594 - 948);
  }

  /**
   * The two 24-month releases leave 2023-03..2023-12 uncovered: the 36 months to 2025-12 have 26
   * with data. Expected figures from {@code python3 src/test/scripts/stats_check.py --mps Harrow
   * 2025-12 <2021-03_2023-02 file> <2024-01_2025-12 file>}, which agrees with every crime type to
   * 1e-14. Only these two releases are given, so which release supplies 2023-01..02 is not in
   * question.
   */
  @Test
  void trendAndControlChartAcrossTheTenMonthGapMatchTheIndependentScript() throws Exception {
    Cli r =
        Cli.run(
            "trends",
            RealData.folder(RECENT_2023).toString(),
            RealData.folder(RECENT_2025).toString(),
            "--area",
            "Harrow",
            "--categories",
            "police-uk",
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, JsonNode> p = new HashMap<>();
    new ObjectMapper()
        .readTree(r.out())
        .get("priorities")
        .forEach(n -> p.put(n.get("name").asText(), n));
    JsonNode theft = p.get("Theft from the person");
    assertThat(theft.at("/trend/n").asInt()).isEqualTo(26);
    assertThat(theft.at("/trend/of").asInt()).isEqualTo(36);
    assertThat(theft.at("/trend/missing")).hasSize(10);
    assertThat(theft.at("/trend/missing/0").asText()).isEqualTo("2023-03");
    // Counting the 26 months as consecutive gave 1.909 a month and UCL 120.44.
    assertThat(theft.at("/trend/senSlope").asDouble()).isCloseTo(1.375, within(1e-12));
    assertThat(theft.at("/trend/s").asLong()).isEqualTo(131);
    assertThat(theft.at("/trend/p").asDouble()).isCloseTo(0.00412827721162623, within(1e-14));
    assertThat(theft.at("/control/n").asInt()).isEqualTo(26);
    assertThat(theft.at("/control/ucl").asDouble()).isCloseTo(122.01038461538462, within(1e-9));
    assertThat(theft.at("/control/lcl").asDouble()).isCloseTo(38.22038461538461, within(1e-9));
    // Consecutive treatment: Sen -0.5, UCL 113.86.
    JsonNode order = p.get("Public order");
    assertThat(order.at("/trend/senSlope").asDouble()).isCloseTo(-0.4375, within(1e-12));
    assertThat(order.at("/control/ucl").asDouble()).isCloseTo(114.71858974358975, within(1e-9));
    // Three labels the exact test alone overclaimed (exact p 0.011, 0.047, 9.6e-08).
    assertThat(order.at("/significance/p").asDouble())
        .isCloseTo(0.07965378306008748, within(1e-12));
    assertThat(order.at("/significance/label").asText()).isEqualTo("no significant change");
    assertThat(p.get("Robbery").at("/significance/p").asDouble())
        .isCloseTo(0.10561249972010456, within(1e-12));
    assertThat(p.get("Robbery").at("/significance/label").asText())
        .isEqualTo("no significant change");
    assertThat(p.get("Shoplifting").at("/significance/p").asDouble())
        .isCloseTo(0.05191701738772136, within(1e-12));
    assertThat(p.get("Shoplifting").at("/significance/label").asText())
        .isEqualTo("no significant change");
  }
}
