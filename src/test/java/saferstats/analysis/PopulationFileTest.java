package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;
import saferstats.ingest.csv.HeaderRecognizer;
import saferstats.model.SourceKind;

/**
 * The ONS population table as published (SPEC 1.6), its year, and the resident denominator (SPEC
 * 4.5), on the windows fixture: Testham's current 12 months (2023-07..2024-06) hold 36 Burglary
 * (every financial quarter 6, so 24, plus 1 a month from 2023-07, 12) and 1 Robbery = 37 crimes.
 */
class PopulationFileTest {
  private static final String W = Cli.FIXTURES + "windows";
  private static final String SUP = Cli.FIXTURES + "support/";

  private static JsonNode trends(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("trends", W, "--area", "Testham"));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "json"));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static JsonNode burglary(JsonNode report) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals("Burglary")) {
        return p;
      }
    }
    throw new AssertionError("no Burglary");
  }

  @Test
  void anOnsTableAsPublishedIsReadByItsHeadersAndItsYearIsSaidUnknown() throws Exception {
    // LSOA11CD is the code, LSOA11NM the name, Persons_All-Ages the residents ("1,000" read as
    // 1000): Testham 001A + 002B = 2,500; Burglary 36 * 1000 / 2500 = 14.4. No year column and no
    // --population-year: the year is null and the notes say it is unknown.
    JsonNode report = trends("--population", SUP + "population-ons.csv");
    JsonNode rate = burglary(report).get("rate");
    assertThat(rate.get("population").asLong()).isEqualTo(2500);
    assertThat(rate.get("current12Per1000").asDouble()).isEqualTo(14.4);
    assertThat(rate.get("populationYear").isNull()).isTrue();
    assertThat(rate.get("unjoined").asLong()).isZero();
    assertThat(report.get("notes").toString())
        .contains("2,500 residents, estimates of unknown year")
        .contains("give --population-year")
        .contains("every LSOA with crimes found a population row");
  }

  @Test
  void populationYearGivesTheYearAYearColumnWouldHave() throws Exception {
    JsonNode report =
        trends("--population", SUP + "population-ons.csv", "--population-year", "2020");
    assertThat(burglary(report).get("rate").get("populationYear").asInt()).isEqualTo(2020);
    assertThat(report.get("notes").toString()).contains("2,500 residents, estimates for 2020");
    // A year column wins over the option: population-named.csv says 2021.
    JsonNode named =
        trends("--population", SUP + "population-named.csv", "--population-year", "2020");
    assertThat(burglary(named).get("rate").get("populationYear").asInt()).isEqualTo(2021);
  }

  @Test
  void aGzippedTableReadsTheSame(@TempDir Path dir) throws Exception {
    // The file name says mid2020: said as a hint, never used as the year.
    Path gz = dir.resolve("testham-mid2020-population.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Path.of(SUP + "population-ons.csv")));
    }
    JsonNode report = trends("--population", gz.toString());
    JsonNode rate = burglary(report).get("rate");
    assertThat(rate.get("population").asLong()).isEqualTo(2500);
    assertThat(rate.get("populationYear").isNull()).isTrue();
    assertThat(report.get("notes").toString())
        .contains("its name suggests 2020, not used: give --population-year 2020");
  }

  @Test
  void residentsNotThePopulationAtRiskAreFlagged() throws Exception {
    // 100 residents: all crime 37 * 1000 / 100 = 370 per 1,000 > 250, so every priority is flagged
    // resident-denominator and a note says workers and visitors are not in it.
    JsonNode few = trends("--population", SUP + "population-few.csv");
    assertThat(burglary(few).get("rate").get("allCrimeCurrent12Per1000").asDouble())
        .isEqualTo(370.0);
    assertThat(burglary(few).get("flags").toString()).contains("resident-denominator");
    assertThat(few.get("notes").toString())
        .contains("370 per 1,000 residents, above 250")
        .contains("workers and visitors are not in");
    // 2,500 residents: 37 * 1000 / 2500 = 14.8, well under 250: no flag, no note.
    JsonNode many = trends("--population", SUP + "population-ons.csv");
    assertThat(burglary(many).get("rate").get("allCrimeCurrent12Per1000").asDouble())
        .isEqualTo(14.8);
    assertThat(burglary(many).get("flags").toString()).doesNotContain("resident-denominator");
    assertThat(many.get("notes").toString()).doesNotContain("resident-denominator");
  }

  @Test
  void anOnsTableGivenAsAnInputIsKnownAsAPopulationTable() {
    assertThat(
            HeaderRecognizer.recognise(
                List.of("LSOA11CD", "LSOA11NM", "LAD11CD", "LAD11NM", "Persons_All-Ages")))
        .contains(SourceKind.POPULATION_TABLE);
  }

  @Test
  void aTableWithNeitherLayoutSaysItsHeader(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "area,people\nE01900001,1000\n");
    Cli r = Cli.run("trends", W, "--area", "Testham", "--population", bad.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .startsWith("saferstats: ")
        .contains("its header is area,people")
        .contains("Persons_All-Ages");
  }
}
