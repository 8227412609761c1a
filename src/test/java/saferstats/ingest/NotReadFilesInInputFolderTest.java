package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.analysis.Notes;
import saferstats.cli.Cli;
import saferstats.ingest.result.Selection;
import saferstats.load.Inputs;
import saferstats.model.FileLedger;
import saferstats.model.SourceKind;

/**
 * Files saferstats recognises but does not read as a source, found in an input folder beside an MPS
 * table: saferstats' own priority file (passed with --categories) is skipped with a one-line note;
 * the MPS Monthly Crime Dashboard beside it is read (SPEC 1.4b), no longer skipped.
 */
class NotReadFilesInInputFolderTest {
  private static final Path TABLE =
      Path.of(
          "sample-data/mps/borough/2021-07_2023-06/MPS Borough Level Crime (most recent 24 months).csv");
  private static final Path DASHBOARD =
      Path.of("src/test/resources/fixtures/dashboard/mps-monthly-crime-dashboard-other.csv");
  private static final Path PRIORITIES =
      Path.of("src/main/resources/saferstats/priorities/mopac7.csv");

  /**
   * The London Datastore's own dashboard header, as public code reads its TNO sheet: Title Case, a
   * space after each comma, "Offence Group" where the re-publication says crime_type.
   */
  private static final String PUBLISHED =
      "Month_Year, Area Type, Borough_SNT, Area name, Area code, Offence Group, Offence Subgroup,"
          + " Measure, Financial Year, FY_FYIndex, Count, Refresh Date\r\n"
          + "2025-07, Borough, Harrow, Harrow, E09000015, Domestic Abuse, Domestic Abuse, Offences,"
          + " fy25-26, 25-26_01, 161, 2025-08-02\r\n";

  /**
   * A folder as the shared real data lays it out: the table under borough/, the dashboard gzipped
   * under dashboard/ (plus the published layout), and a copy of the mopac7 preset at the top.
   */
  private static Path folder(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("borough"));
    Files.copy(TABLE, dir.resolve("borough/table.csv"));
    Files.createDirectories(dir.resolve("dashboard"));
    try (OutputStream gz =
        new GZIPOutputStream(
            Files.newOutputStream(dir.resolve("dashboard/a-other-boroughs.csv.gz")))) {
      gz.write(Files.readAllBytes(DASHBOARD));
    }
    Files.writeString(dir.resolve("dashboard/b-published.csv"), PUBLISHED);
    Files.copy(PRIORITIES, dir.resolve("my-priorities.csv"));
    return dir;
  }

  @Test
  void thePriorityFileIsSkippedWithANoteAndTheDashboardRead(@TempDir Path dir) throws IOException {
    IngestResult r = IngestTestSupport.read(new Selection.None(), folder(dir).toString());
    assertThat(r.files())
        .extracting(FileLedger::kind)
        .containsExactly(
            SourceKind.MPS_TABLE,
            SourceKind.MPS_DASHBOARD,
            SourceKind.MPS_DASHBOARD,
            SourceKind.PRIORITY_SET);
    // The table's 162 rows, the dashboard's 6 and 1 (SPEC 1.4b: read since issue 25); the
    // priority file adds none.
    assertThat(r.files()).extracting(FileLedger::read).containsExactly(162L, 6L, 1L, 0L);
    // Every dashboard row is kept, so read = kept + rejected + duplicates holds for each file
    // (the dashboard's were counted as read but 0 kept); its month is 2025-07, its force the MPS.
    assertThat(r.files()).extracting(FileLedger::kept).containsExactly(162L, 6L, 1L, 0L);
    r.files()
        .forEach(
            f ->
                assertThat(f.kept() + f.rejected() + f.duplicates())
                    .as(f.name())
                    .isEqualTo(f.read()));
    assertThat(r.files().get(1).months()).containsExactly(saferstats.model.Month.of(2025, 7));
    assertThat(r.files().get(1).forces()).containsExactly("Metropolitan Police Service");
    List<String> notes = Notes.forInputs(new Inputs(r));
    assertThat(String.join("\n", notes)).doesNotContain("is a mps-dashboard");
    assertThat(notes)
        .contains(
            dir.resolve("my-priorities.csv")
                + " is a priority-set: saferstats' own priority file, not an input; skipped. Pass"
                + " it with --categories to use its priorities.");
  }

  @Test
  void trendsOverTheFolderGiveTheTableAlonesFiguresAndSayWhatWasSkipped(@TempDir Path dir)
      throws IOException {
    folder(dir);
    Cli run = Cli.run("trends", dir.toString(), "--area", "Harrow", "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode withOthers = Cli.json("trends", dir.toString(), "--area", "Harrow");
    JsonNode alone = Cli.json("trends", dir.resolve("borough").toString(), "--area", "Harrow");
    // The table's priorities are as before; the dashboard's (2025-07 only) sit beside them with
    // every month of the table's 2021-07..2023-06 missing, never 0.
    List<JsonNode> all = new java.util.ArrayList<>();
    withOthers.get("priorities").forEach(all::add);
    alone.get("priorities").forEach(p -> assertThat(all).contains(p));
    JsonNode hate = Cli.priority(withOthers, "Domestic Abuse/Domestic Abuse");
    assertThat(hate.get("windows").get("current12").get("count").isNull()).isTrue();
    assertThat(withOthers.get("notes").toString())
        .doesNotContain("is a mps-dashboard")
        .contains("my-priorities.csv is a priority-set");
    Cli inspect = Cli.run("inspect", dir.toString());
    assertThat(inspect.exit()).as(inspect.err()).isZero();
    assertThat(inspect.out())
        .doesNotContain("mps-dashboard (not used)")
        .contains("mps-dashboard", "priority-set (not used)");
  }

  @Test
  void aPriorityFileBesideTheTableIsSkippedWhetherItOpensWithCommentsOrNot(@TempDir Path dir)
      throws IOException {
    Files.copy(TABLE, dir.resolve("table.csv"));
    // The preset as shipped opens with a # comment line; one written by hand may not.
    Files.copy(PRIORITIES, dir.resolve("preset-copy.csv"));
    Files.writeString(
        dir.resolve("written.csv"),
        "\uFEFFPriority, Group, Input, Category, Match, Note\n"
            + "Burglary,mine,mps,Burglary/*,exact,\n");
    Cli run = Cli.run("trends", dir.toString(), "--area", "Harrow");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(dir.resolve("preset-copy.csv") + " is a priority-set")
        .contains(dir.resolve("written.csv") + " is a priority-set");
  }

  @Test
  void commentLinesAreOnlyPassedOverBeforeAPriorityHeader(@TempDir Path dir) throws IOException {
    // A '#' line before any other header is the header itself, as before: a local extract's
    // header may start with '#', and anything else is reported at the line it is on.
    Files.writeString(dir.resolve("x.csv"), "# exported 2024-06-30\nDate,Type,Count\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> IngestTestSupport.read(new Selection.None(), dir.toString()))
        .hasMessageStartingWith(
            dir.resolve("x.csv") + ": header not recognised (line 1: # exported 2024-06-30)");
  }
}
