package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.TestWorkbook;

/**
 * {@code --sheet} and the default choice of sheet (SPEC 1.5), on a council's ASB log kept in a
 * workbook whose first sheet is a cover note, as councils' logs often are. The test writes the
 * workbook.
 */
class WorkbookSheetsTest {
  private static final String COLUMNS = "date=Date Reported,category=Incident Type";

  @TempDir Path dir;

  /**
   * Sheet 1 "Notes" (no table), sheet 2 "ASB log": noise 2 in 2024-06, fly-tipping 1 in 2024-05.
   */
  private Path asbLog() throws IOException {
    return new TestWorkbook()
        .sheet(
            "Notes", List.of(List.of("About this log"), List.of("Exported from the case system")))
        .sheet(
            "ASB log",
            List.of(
                List.of("Date Reported", "Incident Type"),
                List.of(LocalDate.of(2024, 5, 3), "Fly-tipping"),
                List.of(LocalDate.of(2024, 6, 1), "Noise"),
                List.of(LocalDate.of(2024, 6, 30), "Noise")))
        .write(dir.resolve("asb.xlsx"));
  }

  private static Cli trends(Path book, String... more) {
    List<String> args = new ArrayList<>(List.of("trends", book.toString(), "--area", "Harrow"));
    args.addAll(List.of(more));
    args.addAll(List.of("--format", "json", "--quiet", "--no-cache"));
    return Cli.run(args.toArray(String[]::new));
  }

  private static String monthly(Cli r, String priority) throws IOException {
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode t = new ObjectMapper().readTree(r.out());
    return Cli.priority(t, priority).at("/monthly").toString();
  }

  @Test
  void withoutSheetTheOneSheetWhoseHeaderIsRecognisedIsRead() throws IOException {
    Cli r = trends(asbLog(), "--columns", COLUMNS);
    // Only "ASB log" has the columns the map names; "Notes" is passed over, and said so.
    assertThat(monthly(r, "Noise")).contains("{\"month\":\"2024-06\",\"count\":2}");
    assertThat(monthly(r, "Fly-tipping")).contains("{\"month\":\"2024-05\",\"count\":1}");
    assertThat(new ObjectMapper().readTree(r.out()).toString())
        .contains(
            "read sheet 'ASB log', recognised by header, of its 2 sheets (not read: 'Notes')");
  }

  @Test
  void sheetByNameOrNumberReadsThatSheet() throws IOException {
    Path book = asbLog();
    for (String sheet : List.of("ASB log", "asb LOG", "2")) {
      Cli r = trends(book, "--columns", COLUMNS, "--sheet", sheet);
      assertThat(monthly(r, "Noise")).as(sheet).contains("{\"month\":\"2024-06\",\"count\":2}");
    }
  }

  @Test
  void aWorkbookWithNoRecognisedSheetIsRefusedWithItsSheetsListed() throws IOException {
    Path book = asbLog();
    // Without --columns neither sheet is a table saferstats knows: refused, never the first
    // guessed.
    Cli r = trends(book);
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .isEqualTo(
            "saferstats: "
                + book
                + " has 2 sheets (1 'Notes', 2 'ASB log') and none has a header saferstats"
                + " recognises — name the one to read with --sheet NAME or NUMBER (for a local"
                + " record extract, also say which columns hold what with --columns)");
  }

  @Test
  void anUnknownSheetNameIsOneLineNamingTheWorkbookAndItsSheets() throws IOException {
    Path book = asbLog();
    for (String sheet : List.of("Log 2025", "3", "0")) {
      Cli r = trends(book, "--columns", COLUMNS, "--sheet", sheet);
      assertThat(r.exit()).as(sheet).isEqualTo(3);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip())
          .doesNotContain("\n")
          .isEqualTo(
              "saferstats: "
                  + book
                  + " has no sheet '"
                  + sheet
                  + "' (its sheets: 1 'Notes', 2 'ASB log') — give --sheet one of those names,"
                  + " or a number from 1 to 2");
    }
  }

  @Test
  void aChosenSheetWhoseHeaderIsNotRecognisedIsNamedWithItsWorkbook() throws IOException {
    Path book = asbLog();
    Cli r = trends(book, "--columns", COLUMNS, "--sheet", "Notes");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .startsWith("saferstats: " + book + "!Notes: the column map")
        .contains("'Date Reported', 'Incident Type', which the file lacks")
        .endsWith("— name the file's own columns in --columns");
  }

  /** Sheets "2024" (3 incidents) and "2023" (2 incidents), both ASB logs of one shape. */
  private Path twoYears() throws IOException {
    List<Object> header = List.of("Date Reported", "Incident Type");
    return new TestWorkbook()
        .sheet(
            "2024",
            List.of(
                header,
                List.of(LocalDate.of(2024, 5, 3), "Noise"),
                List.of(LocalDate.of(2024, 6, 1), "Noise"),
                List.of(LocalDate.of(2024, 6, 2), "Noise")))
        .sheet(
            "2023",
            List.of(
                header,
                List.of(LocalDate.of(2023, 5, 3), "Noise"),
                List.of(LocalDate.of(2023, 6, 1), "Noise")))
        .write(dir.resolve("asb-by-year.xlsx"));
  }

  private static JsonNode inspect(Path book, String sheet, Path cache) throws IOException {
    Cli r =
        Cli.run(
            "inspect",
            book.toString(),
            "--columns",
            COLUMNS,
            "--sheet",
            sheet,
            "--format",
            "json",
            "--quiet",
            "--cache",
            cache.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out()).get("inputs").get(0);
  }

  @Test
  void twoSheetsOfOneFileAreCachedApart() throws IOException {
    Path book = twoYears();
    Path cache = dir.resolve("cache");
    JsonNode cold2024 = inspect(book, "2024", cache);
    JsonNode cold2023 = inspect(book, "2023", cache);
    // The second sheet is not the first's cache entry: read afresh, with its own 2 rows.
    assertThat(cold2024.get("fromCache").asBoolean()).isFalse();
    assertThat(cold2023.get("fromCache").asBoolean()).isFalse();
    assertThat(cold2024.get("path").asText()).isEqualTo(book + "!2024");
    assertThat(cold2023.get("path").asText()).isEqualTo(book + "!2023");
    assertThat(cold2024.get("rows").get("read").asLong()).isEqualTo(3);
    assertThat(cold2023.get("rows").get("read").asLong()).isEqualTo(2);
    JsonNode warm2024 = inspect(book, "2024", cache);
    JsonNode warm2023 = inspect(book, "2023", cache);
    assertThat(warm2024.get("fromCache").asBoolean()).isTrue();
    assertThat(warm2023.get("fromCache").asBoolean()).isTrue();
    assertThat(warm2024.get("rows").get("read").asLong()).isEqualTo(3);
    assertThat(warm2023.get("rows").get("read").asLong()).isEqualTo(2);
  }

  @Test
  void twoRecognisedSheetsOfDifferentTablesAreRefusedWithoutSheet() throws IOException {
    Path book = twoYears();
    Cli r = trends(book, "--columns", COLUMNS);
    // Both years are ASB logs: which one is meant is the user's to say.
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .isEqualTo(
            "saferstats: "
                + book
                + " has 2 sheets (1 '2024', 2 '2023') and more than one has a header saferstats"
                + " recognises ('2024', '2023') — name the one to read with --sheet NAME or"
                + " NUMBER");
  }

  @Test
  void aCsvSavedUnderAnXlsxNameIsOneLineSayingHowToSaveIt() throws IOException {
    Path book = java.nio.file.Files.writeString(dir.resolve("log.xlsx"), "a,b\n1,2\n");
    Cli r = trends(book);
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .startsWith("saferstats: " + book + " is not a readable Excel workbook (")
        .endsWith("— save it again from Excel as .xlsx, or as CSV UTF-8");
  }

  @Test
  void everyCommandThatReadsInputsTakesSheet() {
    for (String command :
        List.of("inspect", "trends", "quarterly", "hotspots", "report", "benchmark")) {
      Cli r = Cli.run(command, "--help");
      assertThat(r.out()).as(command).contains("--sheet=NAME|NUMBER");
    }
  }
}
