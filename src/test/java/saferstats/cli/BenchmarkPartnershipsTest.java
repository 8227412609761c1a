package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A police.uk area among its force's community safety partnerships (issue 25.1). The fixture: the
 * Met street files of sample-data for 2022-07..2024-06 (Harrow, Brent, Barnet; no BTP files), with
 * 8 hand-written Met rows added to 2024-06 (2 in Three Rivers 001A, 6 in Hertsmere 001A) and a
 * hand-written Hertfordshire Constabulary file for 2024-06 (3 rows in Harrow 001A, 4 in Three
 * Rivers 001A), all burglaries. Population: Harrow 250,000, Brent 300,000, Barnet 400,000,
 * Hertsmere 100,000, Three Rivers 90,000 (mid-2022).
 *
 * <p>Independent count ({@code src/test/scripts/csp_peers.py "Metropolitan Police Service" 2024-06
 * <fixture>}): crimes (not ASB) 2023-07..2024-06, every force's rows: Barnet 25,770, Brent 27,685,
 * Harrow 19,447 (19,444 Met + 3 Hertfordshire), Hertsmere 6; Three Rivers' 6 rows are 4
 * Hertfordshire's (66.7 %) and 2 the Met's (33.3 %). So the Met's partnerships are Barnet, Brent
 * and Harrow: Three Rivers is Hertfordshire's, and Hertsmere's 6 crimes are 6 / 100,000 × 1,000 =
 * 0.06 per 1,000, under the floor of 10 (a neighbour's edge). Rates: Barnet 25,770 / 400 = 64.425,
 * Harrow 19,447 / 250 = 77.788, Brent 27,685 / 300 = 92.2833 per 1,000; pooled 72,902 / 950 =
 * 76.7389; Harrow 2nd lowest of 3.
 */
class BenchmarkPartnershipsTest {
  @TempDir static Path dir;
  private static Path data;
  private static Path pop;

  @BeforeAll
  static void fixture() throws IOException {
    data = dir.resolve("police-uk");
    for (int i = 0; i < 24; i++) {
      int index = 2022 * 12 + 6 + i;
      String month = String.format("%04d-%02d", index / 12, index % 12 + 1);
      Path to = Files.createDirectories(data.resolve(month));
      Path from = metStreet(Path.of("sample-data/police-uk", month));
      if (!month.equals("2024-06")) {
        Files.copy(from, to.resolve(from.getFileName()));
        continue;
      }
      StringBuilder met = new StringBuilder(read(from));
      for (int r = 1; r <= 8; r++) {
        met.append(
            row("m" + r, "Metropolitan Police Service", r <= 2 ? "Three Rivers" : "Hertsmere"));
      }
      Files.writeString(to.resolve("2024-06-metropolitan-street.csv"), met);
      StringBuilder herts =
          new StringBuilder(
              "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                  + "LSOA name,Crime type,Last outcome category,Context\n");
      for (int r = 1; r <= 7; r++) {
        herts.append(
            row("h" + r, "Hertfordshire Constabulary", r <= 3 ? "Harrow" : "Three Rivers"));
      }
      Files.writeString(to.resolve("2024-06-hertfordshire-street.csv"), herts);
    }
    pop = dir.resolve("population.csv");
    Files.writeString(
        pop,
        "code,population,name,year\nE09000015,250000,Harrow,2022\nE09000005,300000,Brent,2022\n"
            + "E09000003,400000,Barnet,2022\nE07000098,100000,Hertsmere,2022\n"
            + "E07000102,90000,Three Rivers,2022\n");
  }

  private static String row(String id, String force, String authority) {
    return id
        + ",2024-06,"
        + force
        + ","
        + force
        + ",,,On or near Somewhere,,"
        + authority
        + " 001A,Burglary,Under investigation,\n";
  }

  private static Path metStreet(Path folder) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*-metropolitan-street.csv*")) {
      return s.iterator().next();
    }
  }

  private static String read(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPoliceUkAreaIsRankedAmongTheAuthoritiesItsForceHoldsMostRowsOf() throws IOException {
    Cli c =
        Cli.run(
            "benchmark",
            data.toString(),
            "--area",
            "Harrow",
            "--population",
            pop.toString(),
            "--format",
            "json",
            "--quiet");
    assertThat(c.exit()).as(c.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(c.out());
    assertThat(r.get("peerGroup").asText())
        .isEqualTo("the Metropolitan Police Service's 3 community safety partnerships");
    JsonNode all = r.get("priorities").get(0);
    assertThat(all.get("name").asText()).isEqualTo("All crime");
    assertThat(all.get("pooledRatePer1000").asDouble()).isEqualTo(76.7389);
    assertThat(all.get("method").asText()).startsWith("random effects");
    List<String> places = new ArrayList<>();
    all.get("places")
        .forEach(
            p ->
                places.add(
                    p.get("name").asText()
                        + " "
                        + p.get("count").asLong()
                        + " "
                        + p.get("population").asLong()
                        + " "
                        + p.get("ratePer1000").asDouble()
                        + " "
                        + p.get("rank").asInt()));
    assertThat(places)
        .containsExactly(
            "Barnet 25770 400000 64.425 1",
            "Harrow 19447 250000 77.788 2",
            "Brent 27685 300000 92.2833 3");
    assertThat(all.get("sentence").asText())
        .startsWith(
            "Harrow has the 2nd lowest rate of recorded crime per 1,000 residents of the"
                + " Metropolitan Police Service's 3 community safety partnerships (rank interval 2–2;"
                + " mid-2022 population): 77.8 per 1,000 against 76.7 pooled");
    String notes = r.get("notes").toString();
    assertThat(notes)
        .contains("local authorities where it holds most rows of the forces in the inputs")
        .contains(
            "Not a peer: Three Rivers — Hertfordshire Constabulary holds most of its rows (4 of 6,"
                + " 66.7 %); Metropolitan Police Service has 2 (33.3 %).")
        .contains("Hertsmere 6 (0.06)");
  }

  @Test
  void theWholeForceIsNoPartnershipAndOneLineSaysWhichToGive() {
    Cli c =
        Cli.run(
            "benchmark",
            data.toString(),
            "--force",
            "Metropolitan Police Service",
            "--population",
            pop.toString(),
            "--quiet");
    assertThat(c.exit()).isEqualTo(2);
    assertThat(c.err().strip().lines()).hasSize(1);
    assertThat(c.err()).contains("give --area one of: Barnet, Brent, Harrow");
  }

  @Test
  void anAreaWithNoResidentsIsOneLineNamingThePopulationFile() throws IOException {
    Path noHarrow = dir.resolve("no-harrow.csv");
    Files.writeString(
        noHarrow,
        "code,population,name,year\nE09000005,300000,Brent,2022\nE09000003,400000,Barnet,2022\n");
    Cli c =
        Cli.run(
            "benchmark",
            data.toString(),
            "--area",
            "Harrow",
            "--population",
            noHarrow.toString(),
            "--quiet");
    assertThat(c.exit()).isEqualTo(4);
    assertThat(c.err().strip().lines()).hasSize(1);
    assertThat(c.err()).startsWith("saferstats: peer 'Harrow' has no population in " + noHarrow);
  }

  @Test
  void aForceWithOnePartnershipSaysThereAreNoPeersWithinItAndRanksNothing() throws IOException {
    // fixtures/persistent: Test Constabulary's rows, all in Testham (108 of them).
    Path testham = dir.resolve("testham.csv");
    Files.writeString(testham, "code,population,name,year\nE09999999,10000,Testham,2022\n");
    Cli c =
        Cli.run(
            "benchmark",
            Cli.FIXTURES + "persistent",
            "--area",
            "Testham",
            "--population",
            testham.toString(),
            "--quiet");
    assertThat(c.exit()).as(c.err()).isZero();
    // The text wraps at 120 columns: read it as one line.
    assertThat(c.out().replaceAll("\\s+", " "))
        .startsWith("Benchmark — Testham: no peers")
        .contains(
            "No peers within the force: Test Constabulary has one community safety partnership in"
                + " these inputs (Testham)")
        .contains("--compare <MPS borough tables>")
        .doesNotContain("Rank");
    // The report's peer section says the same, in place of a funnel plot.
    Cli report =
        Cli.run(
            "report",
            Cli.FIXTURES + "persistent",
            "--area",
            "Testham",
            "--population",
            testham.toString(),
            "--quiet");
    assertThat(report.exit()).as(report.err()).isZero();
    Element peers = Jsoup.parse(report.out()).selectFirst("section.priority div.peers");
    assertThat(peers.select("figure")).isEmpty();
    assertThat(peers.select("p.absent").text())
        .startsWith(
            "No funnel plot: no peers within the force: Test Constabulary has one community"
                + " safety partnership in these inputs (Testham)");
  }
}
