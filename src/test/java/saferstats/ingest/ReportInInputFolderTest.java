package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.analysis.Notes;
import saferstats.ingest.result.Selection;
import saferstats.load.Inputs;
import saferstats.model.FileLedger;
import saferstats.model.SourceKind;

/** A report saferstats wrote into an input folder is skipped with a note, not an error. */
class ReportInInputFolderTest {
  private static final Path STREET =
      Path.of("src/test/resources/fixtures/excel/original/2024-08-city-of-london-street.csv");

  @Test
  void figureCsvJsonAndGeoJsonInTheFolderAreSkippedWithANote(@TempDir Path dir) throws IOException {
    Files.copy(STREET, dir.resolve("a-street.csv"));
    Files.writeString(
        dir.resolve("b-trends.csv"), "section,key,figure,value\nwindows,Burglary,count,12\n");
    Files.writeString(
        dir.resolve("c-trends.json"), "{\n  \"schemaVersion\" : 1,\n  \"x\" : 2\n}\n");
    Files.writeString(dir.resolve("d-hot.geojson"), "{\"type\":\"FeatureCollection\"}");
    IngestResult r = IngestTestSupport.read(new Selection.Area("City of London"), dir.toString());
    assertThat(r.files())
        .extracting(FileLedger::kind)
        .containsExactly(
            SourceKind.POLICE_UK_STREET,
            SourceKind.SAFERSTATS_REPORT,
            SourceKind.SAFERSTATS_REPORT,
            SourceKind.SAFERSTATS_REPORT);
    // The street file's 14 rows are all that is read; the reports add no rows.
    assertThat(r.files()).extracting(FileLedger::read).containsExactly(14L, 0L, 0L, 0L);
    List<String> notes = Notes.forInputs(new Inputs(r));
    assertThat(notes)
        .filteredOn(n -> n.contains("saferstats-report"))
        .hasSize(3)
        .allMatch(n -> n.contains("not an input; skipped"));
    assertThat(notes).anyMatch(n -> n.startsWith(dir.resolve("b-trends.csv") + " is a"));
  }

  @Test
  void aFolderOfOnlyReportsHasNoInputs(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("c-trends.json"), "{}\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> IngestTestSupport.read(new Selection.None(), dir.toString()))
        .hasMessageStartingWith("no CSV, .csv.gz or .zip files in folder");
  }
}
