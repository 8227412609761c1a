package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code benchmark} end to end on fixtures/benchmark: Harrow, Brent, Barnet and Camden, 5,000
 * residents each, all crime in 2024 of 50, 100, 150 and 400 — FunnelPlotTest's over-dispersed
 * example: pooled 1000·700/20000 = 35 per 1,000, φ = 58.357143, τ² = 537.666667, every borough
 * within the random-effects limits. The airports pseudo-borough is no peer.
 */
class BenchmarkTest {
  private static final String DIR = Cli.FIXTURES + "benchmark";
  private static final String TABLE = DIR + "/MPS Borough Level Crime (most recent 24 months).csv";
  private static final String POP = DIR + "/population.csv";

  private static JsonNode allCrime(JsonNode report) {
    return report.get("priorities").get(0);
  }

  @Test
  void londonsBoroughsAreRankedOnAllCrimeWithTheFunnelAndItsMethod() {
    JsonNode r = Cli.json("benchmark", TABLE, "--area", "Harrow", "--population", POP);
    assertThat(r.get("command").asText()).isEqualTo("benchmark");
    assertThat(r.get("peerGroup").asText()).isEqualTo("London's 4 boroughs");
    assertThat(r.get("end").asText()).isEqualTo("2024-12");
    assertThat(r.get("population").get("year").asInt()).isEqualTo(2024);
    JsonNode all = allCrime(r);
    assertThat(all.get("name").asText()).isEqualTo("All crime");
    assertThat(all.get("pooledRatePer1000").asDouble()).isEqualTo(35.0);
    assertThat(all.get("dispersion").asDouble()).isCloseTo(58.35714285714287, within(1e-9));
    assertThat(all.get("tau2").asDouble()).isCloseTo(537.6666666666669, within(1e-8));
    assertThat(all.get("method").asText()).startsWith("random effects").contains("DerSimonian");
    List<String> names = new ArrayList<>();
    all.get("places").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).containsExactly("Harrow", "Brent", "Barnet", "Camden");
    JsonNode harrow = all.get("places").get(0);
    assertThat(harrow.get("count").asLong()).isEqualTo(50);
    assertThat(harrow.get("population").asLong()).isEqualTo(5000);
    assertThat(harrow.get("ratePer1000").asDouble()).isEqualTo(10.0);
    // Rates 10 apart against a posterior sd of about 2.6 each: no draw in 40 swaps them.
    assertThat(harrow.get("rank").asInt()).isEqualTo(1);
    assertThat(harrow.get("rankLow").asInt()).isEqualTo(1);
    assertThat(harrow.get("rankHigh").asInt()).isEqualTo(1);
    assertThat(harrow.get("funnel").asText()).isEqualTo("within");
    // 40 in 2023 → 50 in 2024: +25.0 %.
    assertThat(harrow.get("changePct").asDouble()).isEqualTo(25.0);
    assertThat(harrow.get("flags")).isEmpty();
    assertThat(all.get("sentence").asText())
        .startsWith(
            "Harrow has the lowest rate of recorded crime per 1,000 residents of London's 4"
                + " boroughs (rank interval 1–1; mid-2024 population)");
    // Burglary alone: 20, 40, 60, 160 over 5,000 each.
    JsonNode burglary = r.get("priorities").get(1);
    assertThat(burglary.get("places").get(0).get("count").asLong()).isEqualTo(20);
  }

  @Test
  void aPeersFileRanksItsAreasAloneWithTheAreaAdded(@TempDir Path dir) throws Exception {
    // Brent (100) and Camden (400) listed; Harrow (50) added: pooled 1000·550/15000 = 36.667.
    Path peers = dir.resolve("msg.csv");
    Files.writeString(peers, "area\n# a most similar group\nBrent\nE09000007\n");
    Path lookup = dir.resolve("lookup.csv");
    Files.writeString(
        lookup,
        "LSOA21CD,LSOA21NM,WD25CD,WD25NM,LAD25CD,LAD25NM\n"
            + "E01000001,Camden 001A,E05000001,Somewhere,E09000007,Camden\n");
    Cli c =
        Cli.run(
            "benchmark",
            TABLE,
            "--area",
            "Harrow",
            "--population",
            POP,
            "--peers",
            peers.toString(),
            "--lookup",
            lookup.toString(),
            "--format",
            "json",
            "--quiet");
    assertThat(c.exit()).as(c.err()).isZero();
    JsonNode all = allCrime(new ObjectMapper().readTree(c.out()));
    List<String> names = new ArrayList<>();
    all.get("places").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).containsExactly("Harrow", "Brent", "Camden");
    assertThat(all.get("pooledRatePer1000").asDouble()).isCloseTo(36.6667, within(1e-4));
    assertThat(all.get("places").get(2).get("rank").asInt()).isEqualTo(3);
  }

  @Test
  void aPeerWithNoPopulationIsOneLineNamingTheFileAndLineAndNothingIsWritten(@TempDir Path dir)
      throws Exception {
    Path peers = dir.resolve("peers.csv");
    Files.writeString(peers, "Brent\nBarnet\nCamden\n");
    Path pop = dir.resolve("pop.csv");
    Files.writeString(
        pop,
        "code,population,name,year\nE09000015,5000,Harrow,2024\nE09000005,5000,Brent,2024\n"
            + "E09000003,5000,Barnet,2024\n");
    Path out = dir.resolve("out.json");
    Cli c =
        Cli.run(
            "benchmark",
            TABLE,
            "--area",
            "Harrow",
            "--population",
            pop.toString(),
            "--peers",
            peers.toString(),
            "--output",
            out.toString(),
            "--quiet");
    assertThat(c.exit()).isEqualTo(4);
    assertThat(c.err().strip().lines()).hasSize(1);
    assertThat(c.err())
        .startsWith("saferstats: " + peers + ", line 3: 'Camden' has no population in " + pop)
        .contains(" — ");
    assertThat(out).doesNotExist();
  }

  @Test
  void aPeerTheTablesDoNotHaveSuggestsTheClosestNames(@TempDir Path dir) throws Exception {
    Path peers = dir.resolve("peers.csv");
    Files.writeString(peers, "Brent\nCamdem\n");
    Cli c =
        Cli.run(
            "benchmark",
            TABLE,
            "--area",
            "Harrow",
            "--population",
            POP,
            "--peers",
            peers.toString(),
            "--quiet");
    assertThat(c.exit()).isEqualTo(4);
    assertThat(c.err()).contains(peers + ", line 2: no borough 'Camdem'").contains("'Camden'");
  }

  @Test
  void withoutAPopulationTheCommandSaysItNeedsOne() {
    Cli c = Cli.run("benchmark", TABLE, "--area", "Harrow", "--quiet");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err()).contains("needs --population");
  }

  @Test
  void anAreaFromPoliceUkFilesIsComparedWithLondonsBoroughsOnChange(@TempDir Path dir)
      throws Exception {
    // fixtures/unlocated: Smallham's crimes (no ASB there) are Burglary 2 + Robbery 4 + Vehicle 1
    // = 7 a month in the previous 12 months and 3 + 4 + 1 = 8 in the current 12: 84 → 96,
    // +14.3 %. London from compare-mps/tables, spliced (older 2022-07..12, newer from 2023-01):
    // previous (10 + 20 + 5)·6 + (12 + 24 + 5)·6 = 456, current 41·12 = 492: +7.9 %.
    Path pop = dir.resolve("pop.csv");
    Files.writeString(
        pop,
        "code,population,name,year\nE1,1000,Smallham,2024\nE2,5000,Harrow,2024\n"
            + "E3,5000,Brent,2024\n");
    Cli c =
        Cli.run(
            "benchmark",
            Cli.FIXTURES + "unlocated",
            "--area",
            "Smallham",
            "--compare",
            Cli.FIXTURES + "compare-mps/tables",
            "--population",
            pop.toString(),
            "--format",
            "json",
            "--quiet");
    assertThat(c.exit()).as(c.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(c.out());
    JsonNode all = allCrime(r);
    JsonNode smallham = all.get("places").get(2);
    assertThat(smallham.get("name").asText()).isEqualTo("Smallham");
    assertThat(smallham.get("count").asLong()).isEqualTo(96);
    assertThat(smallham.get("changePct").asDouble()).isEqualTo(14.3);
    assertThat(smallham.get("rank").isNull()).isTrue();
    assertThat(smallham.get("flags").toString()).contains("other-source");
    assertThat(all.get("places").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(all.get("sentence").asText())
        .contains("compared on change, not rate")
        .contains("changed by +14.3 %, against +7.9 % for London's 2 boroughs together")
        .contains("spliced");
    assertThat(r.get("notes").toString()).contains("release-splice").contains("other-source");
  }

  @Test
  void eachPriorityIsComparedOnChangeThroughTheCrosswalkWithARankOnChange(@TempDir Path dir)
      throws Exception {
    // The same inputs. Burglary crosses to Burglary/* only: Smallham 2 a month → 3 a month, 24 →
    // 36, +50.0 %; London's boroughs: Harrow 10·6 + 12·6 = 132 → 12·12 = 144, Brent 20·6 + 24·6
    // = 264 → 288, together 396 → 432, +9.1 %. On change Harrow and Brent are both ln(144/132) =
    // ln(288/264) = 0.0870 (rank 1, tied), Smallham ln 1.5 = 0.405 (rank 3 of 3, the highest).
    // Smallham's files hold no anti-social behaviour: said, with no figures (the City's real files
    // do, and BenchmarkCityTest pins that it cannot be crosswalked).
    Path pop = dir.resolve("pop.csv");
    Files.writeString(
        pop,
        "code,population,name,year\nE1,1000,Smallham,2024\nE2,5000,Harrow,2024\n"
            + "E3,5000,Brent,2024\n");
    JsonNode r =
        Cli.json(
            "benchmark",
            Cli.FIXTURES + "unlocated",
            "--area",
            "Smallham",
            "--compare",
            Cli.FIXTURES + "compare-mps/tables",
            "--population",
            pop.toString());
    JsonNode burglary = priority(r, "Burglary");
    JsonNode smallham = place(burglary, "Smallham");
    assertThat(smallham.get("count").asLong()).isEqualTo(36);
    assertThat(smallham.get("changePct").asDouble()).isEqualTo(50.0);
    assertThat(smallham.get("changeRank").asInt()).isEqualTo(3);
    assertThat(smallham.get("changeRankHigh").asInt()).isEqualTo(3);
    assertThat(place(burglary, "Harrow").get("changeRank").asInt()).isEqualTo(1);
    assertThat(place(burglary, "Brent").get("changeRank").asInt()).isEqualTo(1);
    assertThat(place(burglary, "Harrow").get("count").asLong()).isEqualTo(144);
    assertThat(burglary.get("sentence").asText())
        .contains("changed by +50.0 %, against +9.1 % for London's 2 boroughs together")
        .contains("highest change of 3");
    assertThat(burglary.get("changeMethod").asText()).contains("DerSimonian–Laird");
    assertThat(priority(r, "Anti-social behaviour").get("sentence").asText())
        .isEqualTo(
            "Smallham has none of Anti-social behaviour in its own files: no change to compare.");
    assertThat(r.get("notes").toString()).contains("crosswalk-police-uk-mps.csv");
  }

  @Test
  void theChangeRankColumnPrintsTheRankAndItsIntervalNotANoteNumber(@TempDir Path dir)
      throws Exception {
    // The inputs of the test above: Smallham's burglary change rank is 3 of 3
    // (the highest change) and its seeded interval 1–3 (Smallham's 36 crimes leave wide
    // sampling error), so its row's Change rank cell reads "3 (1–3)". Only the Flags column
    // goes to numbered notes: Smallham's flags (other-source, …) become "[n]" in the Flags cell.
    Path pop = dir.resolve("pop.csv");
    Files.writeString(
        pop,
        "code,population,name,year\nE1,1000,Smallham,2024\nE2,5000,Harrow,2024\n"
            + "E3,5000,Brent,2024\n");
    Cli c =
        Cli.run(
            "benchmark",
            Cli.FIXTURES + "unlocated",
            "--area",
            "Smallham",
            "--compare",
            Cli.FIXTURES + "compare-mps/tables",
            "--population",
            pop.toString(),
            "--quiet");
    assertThat(c.exit()).as(c.err()).isZero();
    String burglary = c.out().substring(c.out().indexOf("\nBurglary\n"));
    String smallham =
        burglary.lines().filter(l -> l.contains("Smallham ")).findFirst().orElseThrow();
    assertThat(smallham).contains("+50.0%  3 (1–3)");
    assertThat(burglary).doesNotContain("  [1]  ");
  }

  private static JsonNode priority(JsonNode report, String name) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no priority " + name);
  }

  private static JsonNode place(JsonNode priority, String name) {
    for (JsonNode p : priority.get("places")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no place " + name);
  }
}
