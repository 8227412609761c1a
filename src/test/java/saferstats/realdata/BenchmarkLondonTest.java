package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * {@code benchmark} on the real MPS borough tables and ONS mid-2020 population (issue 25's
 * done-when): London's 32 boroughs on all crime per 1,000 over the 12 months to 2024-02, against
 * the independent count of {@code src/test/scripts/benchmark_check.py} (plain Python reading the
 * Historical release 2010-04..2024-02 and the population file directly), whose output is pasted
 * below: pooled 100.564975 per 1,000, φ 1110.700466, τ² 410.581431.
 */
@Tag("real-data")
class BenchmarkLondonTest {
  /** The script's output: name,count,population,ratePer1000,rank,zRandomEffects,funnel. */
  private static final String SCRIPT =
      """
          Richmond upon Thames,11977,198141,60.4469,1,-1.978667,below 95 %
          Harrow,15517,252338,61.4929,2,-1.927329,within
          Sutton,13076,207707,62.9541,3,-1.855061,within
          Bexley,16626,249301,66.6905,4,-1.670937,within
          Kingston upon Thames,12033,179142,67.1702,5,-1.646958,within
          Merton,14188,206453,68.7227,6,-1.570534,within
          Barnet,28367,399007,71.0940,7,-1.453991,within
          Bromley,23730,332752,71.3144,8,-1.443030,within
          Hillingdon,23683,309014,76.6405,9,-1.180239,within
          Redbridge,24297,305658,79.4908,10,-1.039625,within
          Havering,21231,260651,81.4537,11,-0.942725,within
          Wandsworth,27019,329735,81.9416,12,-0.918752,within
          Waltham Forest,23290,276940,84.0976,13,-0.812329,within
          Enfield,29219,333587,87.5903,14,-0.640083,within
          Croydon,34067,388563,87.6743,15,-0.635972,within
          Ealing,31753,340341,93.2976,16,-0.358527,within
          Greenwich,28050,289034,97.0474,17,-0.173524,within
          Lewisham,29658,305309,97.1409,18,-0.168914,within
          Brent,31948,327753,97.4758,19,-0.152396,within
          Barking and Dagenham,20956,214107,97.8763,20,-0.132615,within
          Hounslow,27563,271767,101.4214,21,0.042249,within
          Newham,38227,355266,107.6011,22,0.347122,within
          Tower Hamlets,36169,331969,108.9529,23,0.413806,within
          Haringey,29508,266357,110.7836,24,0.504075,within
          Lambeth,35843,321813,111.3783,25,0.533453,within
          Hackney,32492,280941,115.6542,26,0.744350,within
          Islington,28756,248115,115.8979,27,0.756328,within
          Southwark,37696,320017,117.7937,28,0.849940,within
          Hammersmith and Fulham,22152,183544,120.6904,29,0.992558,within
          Camden,40756,279516,145.8092,30,2.231892,above 95 %
          Kensington and Chelsea,23284,156864,148.4343,31,2.360581,above 95 %
          Westminster,91104,269848,337.6123,32,11.693334,above 99.8 %
      """;

  @Test
  void harrowRanksSecondLowestOfLondonsBoroughsAsTheIndependentCountSays() {
    String pop =
        RealData.folder("population").resolve("london-lsoa11-mid2020-population.csv.gz").toString();
    String lookup =
        RealData.folder("lookups")
            .resolve(
                "LSOA_(2021)_to_Electoral_Ward_(2025)_to_LAD_(2025)_Best_Fit_Lookup_in_EW_v2.csv.gz")
            .toString();
    List<String> tables = RealData.mpsBoroughReleases();
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of("benchmark"),
                java.util.stream.Stream.concat(
                    tables.stream(),
                    java.util.stream.Stream.of(
                        "--area",
                        "Harrow",
                        "--population",
                        pop,
                        "--population-year",
                        "2020",
                        "--lookup",
                        lookup,
                        "--end",
                        "2024-02")))
            .toArray(String[]::new);
    JsonNode r = Cli.json(args);
    assertThat(r.get("peerGroup").asText()).isEqualTo("London's 32 boroughs");
    assertThat(r.get("end").asText()).isEqualTo("2024-02");
    JsonNode all = r.get("priorities").get(0);
    assertThat(all.get("name").asText()).isEqualTo("All crime");
    assertThat(all.get("pooledRatePer1000").asDouble()).isCloseTo(100.564975, within(1e-4));
    assertThat(all.get("dispersion").asDouble()).isCloseTo(1110.700466, within(1e-6));
    assertThat(all.get("tau2").asDouble()).isCloseTo(410.581431, within(1e-6));
    assertThat(all.get("method").asText()).startsWith("random effects");
    Map<String, JsonNode> places = new HashMap<>();
    all.get("places").forEach(p -> places.put(p.get("name").asText(), p));
    List<String> lines = SCRIPT.strip().lines().map(String::strip).toList();
    assertThat(places).hasSize(lines.size()).hasSize(32);
    for (String line : lines) {
      String[] f = line.split(",");
      JsonNode p = places.get(f[0]);
      assertThat(p).as(f[0]).isNotNull();
      assertThat(p.get("count").asLong()).as(f[0]).isEqualTo(Long.parseLong(f[1]));
      assertThat(p.get("population").asLong()).as(f[0]).isEqualTo(Long.parseLong(f[2]));
      assertThat(p.get("ratePer1000").asDouble())
          .as(f[0])
          .isCloseTo(Double.parseDouble(f[3]), within(1e-9));
      assertThat(p.get("rank").asInt()).as(f[0]).isEqualTo(Integer.parseInt(f[4]));
      assertThat(p.get("funnel").asText()).as(f[0]).isEqualTo(f[6]);
      assertThat(p.get("flags").toString()).as(f[0]).contains("population-vintage");
    }
    JsonNode harrow = places.get("Harrow");
    assertThat(harrow.get("rankLow").asInt()).isLessThanOrEqualTo(2);
    assertThat(harrow.get("rankHigh").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(places.get("Westminster").get("flags").toString()).contains("resident-denominator");
    assertThat(places.get("Harrow").get("flags").toString()).doesNotContain("resident-denominator");
    assertThat(all.get("sentence").asText())
        .startsWith(
            "Harrow has the 2nd lowest rate of recorded crime per 1,000 residents of London's 32 boroughs (rank interval");
    assertThat(r.get("notes").toString()).contains("population-vintage: 33 months");
  }

  @Test
  void aPriorityCountedFromTheDashboardIsRankedOnEveryBoroughsDashboardRows() {
    // csp-2023 over the whole mps/ folder: hate crime is the dashboard alone, VAWG domestic abuse
    // violence with injury (dashboard) with sexual offences (tables). Each borough's own dashboard
    // rows join its table counts, so every peer is counted on the same measure. Independent count
    // (plain Python over the dashboard CSV, newest refresh per key, the 32 E09 boroughs but the
    // City, 2024-08..2025-07; population the ONS mid-2020 LSOA file summed by LAD11CD): hate crime
    // 21,023 in London's 32 boroughs of 8,991,550 residents = 2.3381 per 1,000 pooled; Harrow 337
    // of 252,338 = 1.3355, the 2nd lowest of the 32. VAWG: Harrow 496 + 386 = 882 / 252,338 =
    // 3.4953. All crime is the tables' alone (the dashboard's subgroups cut across them): 66.6.
    Map<String, JsonNode> byName = csp2023(null);
    JsonNode hate = byName.get("Hate crime");
    assertThat(hate.get("pooledRatePer1000").asDouble()).isCloseTo(2.3381, within(0.0001));
    assertThat(hate.get("sentence").asText())
        .startsWith(
            "Harrow has the 2nd lowest rate of hate crime per 1,000 residents of London's 32");
    assertThat(byName.get("Violence against women and girls").get("sentence").asText())
        .contains("3.50 per 1,000");
    assertThat(byName.get("All crime").get("sentence").asText()).contains("66.6 per 1,000");
  }

  @Test
  void aDashboardThatMissesAMonthOfTheWindowRanksNothingOnIt() {
    // The dashboard ends 2025-07, the tables 2025-12: over the 12 months to 2025-12 the peers'
    // dashboard counts would be five months short, so its priorities are not ranked, and said why.
    Map<String, JsonNode> byName = csp2023("2025-12");
    for (String name : List.of("Violence against women and girls", "Hate crime")) {
      JsonNode p = byName.get(name);
      assertThat(p.get("pooledRatePer1000").isNull()).as(name).isTrue();
      assertThat(p.get("sentence").asText())
          .as(name)
          .startsWith("Harrow is not ranked among London's 32 boroughs on " + name)
          .contains("does not cover every month of the 12 months compared");
    }
    // A priority from the tables alone is still ranked.
    assertThat(byName.get("Drugs").get("pooledRatePer1000").asDouble()).isPositive();
  }

  private static Map<String, JsonNode> csp2023(String end) {
    String pop =
        RealData.folder("population").resolve("london-lsoa11-mid2020-population.csv.gz").toString();
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "benchmark",
                RealData.folder("mps").toString(),
                "--area",
                "Harrow",
                "--categories",
                "csp-2023",
                "--population",
                pop,
                "--population-year",
                "2020"));
    if (end != null) {
      args.addAll(List.of("--end", end));
    }
    JsonNode r = Cli.json(args.toArray(String[]::new));
    Map<String, JsonNode> byName = new HashMap<>();
    r.get("priorities").forEach(p -> byName.put(p.get("name").asText(), p));
    return byName;
  }
}
