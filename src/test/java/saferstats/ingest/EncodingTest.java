package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.ingest.csv.ColumnMap;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.PoliceRow;
import saferstats.model.RecordRow;
import saferstats.model.UserError;

/** Files in the encodings users' tools write: UTF-16 is named, Windows-1252 is read as such. */
class EncodingTest {
  private static final String DIR = "src/test/resources/fixtures/encoding/";

  @Test
  void windows1252BytesAreReadAsWindows1252WithANote() {
    String file = DIR + "2024-01-cp1252-street.csv";
    IngestResult r = IngestTestSupport.read(new Selection.Area("Testham"), file);
    // Two Shoplifting rows in Testham 001A; their Locations hold é (0xE9) and £ (0xA3).
    assertThat(r.files().get(0).kept()).isEqualTo(2);
    assertThat(r.selected())
        .extracting(PoliceRow::location)
        .containsExactly("On or near Café Street", "On or near £5 Shop");
    assertThat(r.files().get(0).notes())
        .singleElement()
        .asString()
        .startsWith(file + " is not UTF-8; it was read as Windows-1252");
  }

  @Test
  void aCouncilExtractInWindows1252KeepsItsCategoryText() {
    String csv = DIR + "council-asb-cp1252.csv";
    ReadOptions options =
        new ReadOptions(
            new Selection.None(),
            false,
            false,
            List.of(ColumnMap.read(Path.of(csv.replace(".csv", ".columns")))),
            LocalDate.of(2024, 7, 15));
    IngestResult r = new Ingest(options, 1).read(InputResolver.resolve(List.of(csv)), n -> {});
    assertThat(r.records()).extracting(RecordRow::id).containsExactly("W/1", "W/2");
    assertThat(r.records().get(0).category()).containsIgnoringCase("café noise");
    assertThat(r.records().get(0).category()).doesNotContain("\uFFFD");
    assertThat(r.files().get(0).notes()).singleElement().asString().contains("Windows-1252");
  }

  @Test
  void utf8FilesHaveNoEncodingNote() {
    IngestResult r =
        IngestTestSupport.read(
            new Selection.Area("Testham"),
            "src/test/resources/fixtures/excel/original/2024-08-city-of-london-street.csv");
    assertThat(r.files().get(0).notes()).isEmpty();
  }

  @Test
  void utf16IsNamedWithHowToSaveAsUtf8() {
    for (String[] c :
        new String[][] {
          {"2024-01-utf16le-street.csv", "little-endian"},
          {"2024-01-utf16be-street.csv", "big-endian"},
          {"2024-01-utf16-nobom-street.csv", "little-endian"}
        }) {
      assertThatThrownBy(() -> IngestTestSupport.read(new Selection.Area("Testham"), DIR + c[0]))
          .isInstanceOf(UserError.class)
          .hasMessage(DIR + c[0] + " is UTF-16 text (" + c[1] + "), not UTF-8")
          .satisfies(
              e -> {
                assertThat(((UserError) e).exitCode()).isEqualTo(UserError.INPUT);
                assertThat(((UserError) e).hint()).contains("CSV UTF-8");
              });
    }
  }
}
