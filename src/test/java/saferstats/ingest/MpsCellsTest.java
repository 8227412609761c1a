package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;
import saferstats.ingest.mps.MpsReader;
import saferstats.model.Month;
import saferstats.model.Rejection;
import saferstats.mps.MpsData;
import saferstats.mps.MpsFile;
import saferstats.mps.MpsLayout.Level;
import saferstats.mps.MpsRelease;

/**
 * fixtures/mps/cells: a cell that cannot be counted is that category's missing month, never zero
 * and never the whole row's (SPEC 1.4). bad-cells.csv covers 2022-01..2023-12 (columns 4..27,
 * 2023-03 in column 18, 2023-12 in column 27) with a constant per row: burglary 5 ('n/a' in
 * 2023-03, line 2), robbery 3 (clean, line 3), shoplifting 7 with an unquoted 1,234 (line 4),
 * possession of drugs 2 (blank in 2023-12, line 5), public order 4 twice (lines 6 and 7; line 7
 * says 6 in 2022-12).
 */
class MpsCellsTest {
  private static final String D = "src/test/resources/fixtures/mps/cells/";
  private static final String BAD = D + "bad-cells.csv";

  private static MpsRelease release(String file) {
    MpsData m = MpsTablesTest.read(file);
    return m.releases(Level.BOROUGH).get(0);
  }

  private static MpsData.Cell cell(String category, int y, int mo) {
    return new MpsData.Cell(Level.BOROUGH, "Harrow", category, Month.of(y, mo));
  }

  @Test
  void aBadCellIsThatCategorysMissingMonthOnly() {
    MpsRelease r = release(BAD);
    assertThat(r.cells()).containsEntry(cell("Burglary/Burglary - Residential", 2023, 3), null);
    assertThat(r.cells()).containsEntry(cell("Burglary/Burglary - Residential", 2023, 2), 5L);
    assertThat(r.cells()).containsEntry(cell("Robbery/Robbery of Personal Property", 2023, 3), 3L);
  }

  @Test
  void everyCellProblemIsReportedWithFileLineAndColumn() {
    MpsFile f = MpsTablesTest.read(BAD).files().get(0);
    assertThat(f.firstCellIssues())
        .extracting(Rejection::describe)
        .containsExactly(
            BAD + ", line 2: column 18 (2023-03): 'n/a'",
            BAD
                + ", line 4: expected 27 fields, found 28 (an unquoted 1,234?): Theft/Shoplifting"
                + " for Harrow is missing in every month",
            BAD + ", line 5: column 27 (2023-12) is blank",
            BAD
                + ", line 7: Public Order Offences/Other Offences Against the State, or Public Order"
                + " for Harrow again; not added; months where they differ missing: [2022-12]");
    // Six rows read: five kept (the shifted row is placed, its months missing), one duplicate.
    assertThat(f.rows()).hasSize(5);
    assertThat(f.duplicateRows()).isEqualTo(1);
  }

  @Test
  void windowsTouchingAMissingCellAreNullAndOtherCategoriesAreUntouched() throws Exception {
    Map<String, JsonNode> p = trends(BAD, "2023-12");
    // Burglary: current12 2023-01..12 holds the 'n/a' month: null, missing [2023-03];
    // previous12 = 12 x 5 = 60. Never 55 (zeroed) and never a whole row gone.
    assertThat(p.get("Burglary").at("/windows/current12/count").isNull()).isTrue();
    assertThat(p.get("Burglary").at("/windows/current12/missing").toString())
        .isEqualTo("[\"2023-03\"]");
    assertThat(p.get("Burglary").at("/windows/previous12/count").asLong()).isEqualTo(60);
    assertThat(p.get("Burglary").get("flags").toString()).contains("incomplete-window");
    // Robbery, in the same file: 12 x 3 = 36 both years.
    assertThat(p.get("Robbery").at("/windows/current12/count").asLong()).isEqualTo(36);
    assertThat(p.get("Robbery").at("/windows/previous12/count").asLong()).isEqualTo(36);
    // The unquoted 1,234 shifts every later month: none can be placed, both windows null.
    assertThat(p.get("Shoplifting").at("/windows/current12/count").isNull()).isTrue();
    assertThat(p.get("Shoplifting").at("/windows/previous12/count").isNull()).isTrue();
    // Blank 2023-12: current12 null, previous12 = 12 x 2 = 24 (a blank is not a zero).
    assertThat(p.get("Drugs").at("/windows/current12/count").isNull()).isTrue();
    assertThat(p.get("Drugs").at("/windows/previous12/count").asLong()).isEqualTo(24);
    // The duplicated row is not added (not 96): current12 = 12 x 4 = 48; the rows disagree in
    // 2022-12 (4 vs 6), so previous12 is null.
    assertThat(p.get("Public order").at("/windows/current12/count").asLong()).isEqualTo(48);
    assertThat(p.get("Public order").at("/windows/previous12/count").isNull()).isTrue();
  }

  @Test
  void aDuplicatedMonthColumnIsNeverAddedAndWhereItDisagreesTheMonthIsMissing() {
    MpsData m = MpsTablesTest.read(D + "duplicate-month.csv");
    MpsRelease r = m.releases(Level.BOROUGH).get(0);
    // 2022-03 is in columns 6 and 7: burglary 3 and 3 agree (3, not 6); robbery 4 and 5 do not.
    assertThat(r.cells()).containsEntry(cell("Burglary/Burglary - Residential", 2022, 3), 3L);
    assertThat(r.cells())
        .containsEntry(cell("Robbery/Robbery of Personal Property", 2022, 3), null);
    assertThat(r.cells()).containsEntry(cell("Robbery/Robbery of Personal Property", 2022, 2), 1L);
    assertThat(m.files().get(0).firstCellIssues())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, MpsReader.DUPLICATE_MONTH),
            org.assertj.core.groups.Tuple.tuple(3L, MpsReader.DUPLICATE_MONTH));
  }

  @Test
  void twoPublishedMinorsWithOneCanonicalNameAreBothCountedNotDuplicates() {
    MpsData m = MpsTablesTest.read(D + "renamed-minor.csv");
    MpsRelease r = m.releases(Level.BOROUGH).get(0);
    // Dwelling 5, 4, 0 plus residential 0, 0, 6: 5, 4, 6 (a last-row-wins read gave 5, 4, 0).
    assertThat(r.cells()).containsEntry(cell("Burglary/Burglary - Residential", 2024, 1), 5L);
    assertThat(r.cells()).containsEntry(cell("Burglary/Burglary - Residential", 2024, 2), 4L);
    assertThat(r.cells()).containsEntry(cell("Burglary/Burglary - Residential", 2024, 3), 6L);
    assertThat(m.files().get(0).duplicateRows()).isZero();
    assertThat(m.cellIssues()).isZero();
  }

  @Test
  void strictMakesAnUncountableCellAnInputError() {
    Cli r = Cli.run("trends", BAD, "--area", "Harrow", "--strict");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).startsWith("saferstats: " + BAD + ", line 2: column 18 (2023-03): 'n/a'");
  }

  private static Map<String, JsonNode> trends(String file, String end) throws Exception {
    Cli r =
        Cli.run(
            "trends",
            file,
            "--area",
            "Harrow",
            "--categories",
            "police-uk",
            "--end",
            end,
            "--format",
            "json");
    assertThat(r.exit()).as(r.err()).isZero();
    Map<String, JsonNode> out = new HashMap<>();
    new ObjectMapper()
        .readTree(r.out())
        .get("priorities")
        .forEach(p -> out.put(p.get("name").asText(), p));
    return out;
  }
}
