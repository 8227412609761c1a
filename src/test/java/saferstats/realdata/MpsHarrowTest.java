package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
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

  /** Name to {current12, previous12} of the JSON trends report of {@code args}. */
  private static Map<String, long[]> twelveMonths(String... args) {
    Map<String, long[]> out = new HashMap<>();
    for (JsonNode p : Cli.json(args).get("priorities")) {
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
        twelveMonths("trends", hist, recent, "--area", "Harrow", "--categories", "police-uk");
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
        twelveMonths("trends", recent, "--area", "Harrow", "--categories", "csp-2023");
    // count_mps.py Harrow 2025-12 <2024-01_2025-12>
    assertThat(t.get("Violent incidents")).containsExactly(4946, 4820);
    assertThat(t.get("Burglary, motor vehicle crime and robbery")).containsExactly(3582, 3847);
    assertThat(t.get("Violence against women and girls")).containsExactly(480, 440);
  }

  /**
   * Every preset on all six real borough releases, to 2025-12 (the files in sorted order, as
   * MpsHarrowReleasesTest passes them, so the runs are shared). {@code python3
   * src/test/scripts/count_mps.py Harrow 2025-12 ../shared/real-data/mps/borough} prints every
   * priority of police-uk, mopac7 and csp-2023; the other sets' priorities that are whole MPS
   * majors are read off the same output (e.g. london-2019 Drug and alcohol misuse = DRUG OFFENCES =
   * the police-uk Drugs line).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {"source", "police-uk", "mopac7", "london-2019", "csp-2023", "serious-violence"})
  void everyPresetOnTheRealBoroughTablesMatchesTheIndependentCount(String preset) {
    Map<String, long[]> t = new HashMap<>();
    MpsHarrowReleasesTest.trends(RealData.mpsBoroughReleases(), preset, "2025-12")
        .forEach(
            (name, p) ->
                t.put(
                    name.substring(preset.length() + 1),
                    new long[] {
                      p.at("/windows/current12/count").asLong(-1),
                      p.at("/windows/previous12/count").asLong(-1)
                    }));
    Map<String, long[]> expected = EXPECTED_2025.get(preset);
    expected.forEach(
        (name, v) -> assertThat(t.get(name)).as(preset + " " + name).containsExactly(v));
    if (preset.equals("source")) {
      // Every category once: the police-uk set's 13 lines (1162 + 570 + 948 + 1850 + 927 + 102 +
      // 1012 + 224 + 5426 + 1578 + 113 + 1129 + 1441 = 16,482; 1133 + 504 + 620 + 2210 + 1041 + 87
      // + 1000 + 213 + 5260 + 1893 + 121 + 869 + 1650 = 16,601) plus FRAUD AND FORGERY, which no
      // police.uk type holds (2 and 3): 16,484 and 16,604, the 2024-01_2025-12 release's Harrow
      // rows summed over 2025 and 2024 with csv.reader.
      assertThat(t.values().stream().mapToLong(v -> v[0]).sum()).isEqualTo(16484);
      assertThat(t.values().stream().mapToLong(v -> v[1]).sum()).isEqualTo(16604);
    } else {
      assertThat(t).containsOnlyKeys(expected.keySet());
    }
  }

  private static final Map<String, Map<String, long[]>> EXPECTED_2025 =
      Map.of(
          "source",
          Map.of("Theft/Shoplifting", new long[] {1578, 1893}),
          "police-uk",
          Map.ofEntries(
              Map.entry("Burglary", new long[] {1162, 1133}),
              Map.entry("Robbery", new long[] {570, 504}),
              Map.entry("Drugs", new long[] {948, 620}),
              Map.entry("Vehicle crime", new long[] {1850, 2210}),
              Map.entry("Public order", new long[] {927, 1041}),
              Map.entry("Possession of weapons", new long[] {102, 87}),
              Map.entry("Criminal damage and arson", new long[] {1012, 1000}),
              Map.entry("Other crime", new long[] {224, 213}),
              Map.entry("Violence and sexual offences", new long[] {5426, 5260}),
              Map.entry("Shoplifting", new long[] {1578, 1893}),
              Map.entry("Bicycle theft", new long[] {113, 121}),
              Map.entry("Theft from the person", new long[] {1129, 869}),
              Map.entry("Other theft", new long[] {1441, 1650})),
          "mopac7",
          Map.of(
              "Violence with injury", new long[] {1194, 1231},
              "Robbery", new long[] {570, 504},
              "Burglary", new long[] {1162, 1133},
              "Theft of a motor vehicle", new long[] {687, 696},
              "Theft from a motor vehicle", new long[] {915, 1216},
              "Theft from a person", new long[] {1129, 869},
              "Criminal damage", new long[] {987, 977}),
          // Majors: BURGLARY, VEHICLE OFFENCES, POSSESSION OF WEAPONS, SEXUAL OFFENCES (= csp-2023
          // VAWG), DRUG OFFENCES; violence with injury as mopac7's.
          "london-2019",
          Map.of(
              "Burglary", new long[] {1162, 1133},
              "Non-domestic violence with injury", new long[] {1194, 1231},
              "Motor vehicle crime", new long[] {1850, 2210},
              "Youth violence, weapon-based crime and exploitation", new long[] {102, 87},
              "Domestic and sexual abuse", new long[] {480, 440},
              "Drug and alcohol misuse", new long[] {948, 620}),
          "csp-2023",
          Map.of(
              "Violent incidents", new long[] {4946, 4820},
              "Burglary, motor vehicle crime and robbery", new long[] {3582, 3847},
              "Violence against women and girls", new long[] {480, 440},
              "Drugs", new long[] {948, 620}),
          // HOMICIDE (0 in 2025, 2 in 2024, the release's Harrow row summed) + violence with injury
          // + robbery + weapons + sexual offences: 0 + 1194 + 570 + 102 + 480 = 2346 and
          // 2 + 1231 + 504 + 87 + 440 = 2264.
          "serious-violence",
          Map.of(
              "Serious violence", new long[] {2346, 2264},
              "Violence against women and girls", new long[] {480, 440}));

  @Test
  void wardTablesSummedToTheBoroughAreLowerThanTheBoroughTable() throws Exception {
    Map<String, long[]> wards =
        twelveMonths(
            "trends",
            RealData.folder("mps/ward/2024-01_2025-12").toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023");
    Map<String, long[]> borough =
        twelveMonths(
            "trends",
            RealData.folder(RECENT_2025).toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023");
    long w = wards.get("Violent incidents")[0];
    long b = borough.get("Violent incidents")[0];
    // The ward file's Harrow VIOLENCE AGAINST THE PERSON rows over 202501..202512, summed with
    // csv.reader: 4,905; the borough table's 4,946 (count_mps.py) also counts crimes with no ward.
    assertThat(w).isEqualTo(4905);
    assertThat(b).isEqualTo(4946);
  }

  @Test
  void significanceAndTheLondonComparatorMatchScipyAndAnIndependentSum() throws Exception {
    JsonNode report =
        Cli.json(
            "trends",
            RealData.folder(RECENT_2025).toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023");
    JsonNode drugs = null;
    for (JsonNode p : report.get("priorities")) {
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
    Map<String, JsonNode> p = new HashMap<>();
    Cli.json(
            "trends",
            RealData.folder(RECENT_2023).toString(),
            RealData.folder(RECENT_2025).toString(),
            "--area",
            "Harrow",
            "--categories",
            "police-uk")
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
