package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Local record extracts and outcome shares on small fixtures whose every row is listed in the
 * comments: fixtures/records (nine rows, six of them bad) and fixtures/outcomes (two months of
 * street and outcomes files).
 */
class RecordsAndOutcomesTest {
  private static final String RECORDS = Cli.FIXTURES + "records";
  private static final String OUTCOMES = Cli.FIXTURES + "outcomes";
  private static final String SHARED = Cli.FIXTURES + "outcomes-shared";

  private static JsonNode json(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static JsonNode priority(JsonNode report, String name) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError(name + " not in " + report.get("priorities"));
  }

  @Test
  void inspectAccountsForEveryRecordRowAndSaysWhyEachBadOneWasRejected() throws Exception {
    JsonNode i = json("inspect", RECORDS, "--format", "json", "--quiet");
    JsonNode in = i.get("inputs").get(0);
    assertThat(in.get("kind").asText()).isEqualTo("local-records");
    // Lines 2, 3 and 7 are good; 4 (31/02), 5 (2031), 6 (no date), 8 (easting abc),
    // 9 (no category), 10 (eight fields under a seven-column header) are not.
    assertThat(in.at("/rows/read").asLong()).isEqualTo(9);
    assertThat(in.at("/rows/kept").asLong()).isEqualTo(3);
    assertThat(in.at("/rows/rejected").asLong()).isEqualTo(6);
    assertThat(in.get("rejections").toString())
        .contains("{\"line\":4,\"reason\":\"bad date\"")
        .contains("{\"line\":5,\"reason\":\"date in the future\"")
        .contains("{\"line\":6,\"reason\":\"bad date\"")
        .contains("{\"line\":8,\"reason\":\"unparseable coordinates\"")
        .contains("{\"line\":9,\"reason\":\"no category\"")
        .contains("{\"line\":10,\"reason\":\"wrong number of fields\"");
    JsonNode rec = i.get("records");
    // Kept: line 2 (LSOA and easting/northing), line 3 (ward only), line 7 (nothing).
    assertThat(rec.get("withLsoa").asLong()).isEqualTo(1);
    assertThat(rec.get("withPoint").asLong()).isEqualTo(1);
    assertThat(rec.get("wardOnly").asLong()).isEqualTo(1);
    assertThat(rec.get("noPlace").asLong()).isEqualTo(1);
    // "Noise nuisance" and "NOISE  NUISANCE " are one category; "graffiti" is "Graffiti".
    assertThat(rec.get("categories").toString())
        .isEqualTo("[{\"name\":\"Noise nuisance\",\"rows\":2},{\"name\":\"Graffiti\",\"rows\":1}]");
  }

  @Test
  void recordsAloneAreTheAreasFiguresByTheirOwnCategories() throws Exception {
    JsonNode t = json("trends", RECORDS, "--area", "Harrow", "--format", "json", "--quiet");
    assertThat(t.get("end").asText()).isEqualTo("2024-06");
    JsonNode noise = priority(t, "Noise nuisance");
    assertThat(noise.get("source").asText()).isEqualTo("records");
    // 2024-05: no noise (a true zero: the extract has a graffiti case that month); 2024-06: two.
    assertThat(noise.get("monthly").toString())
        .isEqualTo("[{\"month\":\"2024-05\",\"count\":0},{\"month\":\"2024-06\",\"count\":2}]");
    assertThat(priority(t, "Graffiti").at("/monthly/0/count").asLong()).isEqualTo(1);
  }

  @Test
  void recordsSitBesidePoliceFiguresWithTheirOwnSource() throws Exception {
    JsonNode t =
        json("trends", OUTCOMES, RECORDS, "--area", "Harrow", "--format", "json", "--quiet");
    assertThat(priority(t, "Burglary").get("source").asText()).isEqualTo("police-uk");
    assertThat(priority(t, "Noise nuisance").get("source").asText()).isEqualTo("records");
    // Same windows as the police figures (end 2024-06); the extract starts in 2024-05, so the
    // quarter Apr-Jun 2024 lacks April: null, not 2.
    JsonNode noise = priority(t, "Noise nuisance");
    assertThat(noise.at("/windows/quarter/from").asText()).isEqualTo("2024-04");
    assertThat(noise.at("/windows/quarter/count").isNull()).isTrue();
    assertThat(noise.at("/monthly").toString()).contains("{\"month\":\"2024-06\",\"count\":2}");
    assertThat(t.get("notes").toString())
        .contains("Local records: 3 incidents, 2024-05 to 2024-06");
  }

  @Test
  void aColumnMapNamingAColumnTheFileLacksListsTheColumnsItHas() {
    Cli r =
        Cli.run(
            "inspect",
            RECORDS + "/council-asb.csv",
            "--columns",
            "date=Reported,category=Incident Type");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains("names 'Reported', which the file lacks")
        .contains("its columns are: Case Ref, Date Reported, Incident Type");
  }

  @Test
  void outcomesJoinOnCrimeIdAndTheNewestOutcomeWins() throws Exception {
    JsonNode o =
        priority(
                json("trends", OUTCOMES, "--area", "Harrow", "--format", "json", "--quiet"),
                "Burglary")
            .get("outcomes");
    // a1: outcomes 2024-05 "Unable to prosecute", 2024-06 "Suspect charged" -> charge.
    // a3: outcomes 2024-06 "no suspect identified" (street said Under investigation).
    // a2 (no suspect), a4 (Awaiting court outcome) and the blank-ID crime (caution) are not in
    // the outcomes files: their street outcome stands, and they are counted as not covered.
    // Charge 2/5 = 40.0%, other sanction 1/5 = 20.0%, no suspect 2/5 = 40.0%.
    assertThat(o.get("crimes").asLong()).isEqualTo(5);
    assertThat(o.get("withOutcome").asLong()).isEqualTo(5);
    assertThat(o.get("notCovered").asLong()).isEqualTo(3);
    assertThat(o.get("source").asText()).isEqualTo("outcomes-files");
    assertThat(o.at("/shares/0/group").asText()).isEqualTo("charge-summons");
    assertThat(o.at("/shares/0/pct").asDouble()).isEqualTo(40.0);
    assertThat(o.at("/shares/1/pct").asDouble()).isEqualTo(20.0);
    assertThat(o.at("/shares/2/pct").asDouble()).isEqualTo(40.0);
    assertThat(o.at("/shares/4/count").asLong()).isZero();
  }

  @Test
  void sharedCrimeIdsAndSeveralOutcomeRowsPerCrimeMultiplyNoCrime() throws Exception {
    JsonNode o =
        priority(
                json("trends", SHARED, "--area", "Harrow", "--format", "json", "--quiet"),
                "Burglary")
            .get("outcomes");
    // Street 2024-05: five burglaries, two of them distinct records sharing Crime ID s1 (High
    // Street, Station Road), s2, s3 and one with no ID. Outcomes: s1 has one row in 2024-05
    // (Unable to prosecute) and two in 2024-06 (Suspect charged); s2 two in 2024-05, the later
    // "no suspect identified" row last. A join without reducing the outcomes to one row per ID
    // would give s1's two crimes 3 rows each and s2 2: 2*3 + 2 + 1 + 1 = 10 rows, not 5.
    // s1 (x2) -> Suspect charged (charge); s2 -> no suspect; s3 (not covered) -> its street
    // "Awaiting court outcome" (charge); no ID (not covered) -> "Offender given a caution" (other
    // sanction). Charge 3/5 = 60.0%, other sanction 1/5 = 20.0%, no suspect 1/5 = 20.0%.
    assertThat(o.get("crimes").asLong()).isEqualTo(5);
    assertThat(o.get("withOutcome").asLong()).isEqualTo(5);
    assertThat(o.get("notCovered").asLong()).isEqualTo(2);
    assertThat(o.at("/shares/0/group").asText()).isEqualTo("charge-summons");
    assertThat(o.at("/shares/0/count").asLong()).isEqualTo(3);
    assertThat(o.at("/shares/0/pct").asDouble()).isEqualTo(60.0);
    assertThat(o.at("/shares/1/count").asLong()).isEqualTo(1);
    assertThat(o.at("/shares/1/pct").asDouble()).isEqualTo(20.0);
    assertThat(o.at("/shares/2/group").asText()).isEqualTo("no-suspect");
    assertThat(o.at("/shares/2/count").asLong()).isEqualTo(1);
    assertThat(o.at("/shares/3/count").asLong()).isZero();
    assertThat(o.at("/shares/4/count").asLong()).isZero();
  }

  @Test
  void withoutOutcomesFilesTheStreetFilesLastOutcomeIsUsed() throws Exception {
    JsonNode t =
        json(
            "trends",
            OUTCOMES + "/*/*-street.csv",
            "--area",
            "Harrow",
            "--format",
            "json",
            "--quiet");
    JsonNode o = priority(t, "Burglary").get("outcomes");
    // Under investigation a1, a3 = 2/5 = 40.0%; no suspect a2 = 20.0%; Awaiting court outcome a4
    // = 20.0%; caution = 20.0%.
    assertThat(o.get("source").asText()).isEqualTo("street-last-outcome");
    assertThat(o.get("notCovered").isNull()).isTrue();
    assertThat(o.at("/shares/0/pct").asDouble()).isEqualTo(20.0);
    assertThat(o.at("/shares/1/pct").asDouble()).isEqualTo(20.0);
    assertThat(o.at("/shares/2/pct").asDouble()).isEqualTo(20.0);
    assertThat(o.at("/shares/4/pct").asDouble()).isEqualTo(40.0);
    // Robbery's one crime has no outcome yet: no denominator, so no share (null, never 0).
    JsonNode robbery = priority(t, "Robbery").get("outcomes");
    assertThat(robbery.get("withOutcome").asLong()).isZero();
    assertThat(robbery.at("/shares/0/pct").isNull()).isTrue();
    // ASB has no outcomes at all.
    assertThat(priority(t, "Anti-social behaviour").get("outcomes").isNull()).isTrue();
  }

  @Test
  void aPrioritySetMapsTheExtractsCategoriesWithTheRecordsInputKind() throws Exception {
    JsonNode t =
        json(
            "trends",
            OUTCOMES,
            RECORDS + "/council-asb.csv",
            "--columns",
            RECORDS + "/council-asb.columns",
            "--area",
            "Harrow",
            "--categories",
            RECORDS + "/asb-priorities.txt",
            "--format",
            "json",
            "--quiet");
    // Noise is measured from the records only: two cases in 2024-06 (lines 2 and 3), and it is
    // not listed as unmeasurable just because police.uk cannot measure it.
    JsonNode noise = priority(t, "Noise");
    assertThat(noise.get("source").asText()).isEqualTo("records");
    assertThat(noise.get("monthly").toString()).contains("{\"month\":\"2024-06\",\"count\":2}");
    assertThat(t.get("unmeasurable")).isEmpty();
    // Drug-related ASB: once from police.uk (approximate, no Drugs rows: 0) and once from the
    // records (no drug cases: 0). Graffiti is in no priority, so it is not reported.
    int drugRows = 0;
    for (JsonNode p : t.get("priorities")) {
      assertThat(p.get("name").asText()).isNotEqualTo("Graffiti");
      if (p.get("name").asText().equals("Drug-related ASB")) {
        drugRows++;
      }
    }
    assertThat(drugRows).isEqualTo(2);
    // Of the 3 kept incidents, 2 are Noise nuisance (mapped) and 1 Graffiti (in no priority).
    assertThat(t.get("notes").toString())
        .contains(
            "1 local record falls outside the asb-priorities.txt set's mapping (Graffiti) and counts"
                + " in none of its priorities.");
  }

  @Test
  void latitudeAndLongitudeColumnsPlaceRecordsOnTheGrid(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("log.csv");
    java.nio.file.Files.writeString(
        file,
        "When,What,Lat,Lon\n"
            + "2024-06-01,Noise,51.580,-0.336\n"
            + "2024-06-02,Noise,51.590,-0.330\n"
            + "2024-06-03,Noise,51.585,-0.340\n"
            + "2024-06-04,Noise,,\n");
    JsonNode h =
        json(
            "hotspots",
            file.toString(),
            "--columns",
            "date=When,category=What,lat=Lat,lon=Lon",
            "--area",
            "Harrow",
            "--window",
            "all",
            "--format",
            "json",
            "--quiet");
    assertThat(h.get("total").asLong()).isEqualTo(4);
    // Three points on the grid; the fourth has none and still counts in the total.
    assertThat(h.at("/grid/points").asLong()).isEqualTo(3);
  }
}
