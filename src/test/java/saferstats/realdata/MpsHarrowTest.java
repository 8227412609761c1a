package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

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
    // 1.1520761351712788e-16.
    assertThat(drugs.at("/significance/p").asDouble())
        .isCloseTo(1.1520761351712788e-16, org.assertj.core.api.Assertions.within(1e-28));
    assertThat(drugs.at("/significance/label").asText()).isEqualTo("significant increase");
    // London: DRUG OFFENCES rows of every borough but the pseudo-boroughs: 53,594 (2025) vs 40,417
    // (2024), +32.6%, summed independently in Python.
    assertThat(drugs.at("/comparator/current12").asLong()).isEqualTo(53594);
    assertThat(drugs.at("/comparator/previous12").asLong()).isEqualTo(40417);
    assertThat(drugs.at("/comparator/changePct").asDouble()).isEqualTo(32.6);
    assertThat(drugs.at("/comparator/rest/current12").asLong()).isEqualTo(53594 - 948);
  }
}
