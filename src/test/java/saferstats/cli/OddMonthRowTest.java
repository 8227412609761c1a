package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.SampleStreetFiles;

/**
 * inspect shows what a street file's odd-month row and a file filed under another month now report:
 * the one row rejected, the file's month as its rows say, and a note.
 */
class OddMonthRowTest {
  @TempDir Path dir;

  private JsonNode input(JsonNode inspect, Path file) {
    for (JsonNode in : inspect.get("inputs")) {
      if (in.get("path").asText().equals(file.toString())) {
        return in;
      }
    }
    throw new AssertionError("no input " + file);
  }

  @Test
  void inspectShowsTheOddRowRejectedAloneAndBothMonthsPresent() throws IOException {
    Path december =
        SampleStreetFiles.copy(dir, "2023-12", "2023-12/2023-12-metropolitan-street.csv");
    Path january =
        SampleStreetFiles.copy(dir, "2024-01", "2024-01/2024-01-metropolitan-street.csv");
    SampleStreetFiles.firstRowMonth(january, "2023-12");
    JsonNode r = Cli.json("inspect", dir.toString());
    // January: 7601 read, line 2 rejected, 5 duplicate copies: 7601 - 1 - 5 = 7595 kept.
    JsonNode jan = input(r, january);
    assertThat(jan.get("firstMonth").asText()).isEqualTo("2024-01");
    assertThat(jan.get("rows").get("rejected").asLong()).isEqualTo(1);
    assertThat(jan.get("rows").get("kept").asLong()).isEqualTo(7595);
    assertThat(jan.get("rejections").get(0).get("line").asLong()).isEqualTo(2);
    assertThat(jan.get("rejections").get(0).get("reason").asText())
        .isEqualTo("month differs from the file's");
    // December: 7786 read, 4 duplicate copies, nothing superseded: 7782 kept.
    JsonNode dec = input(r, december);
    assertThat(dec.get("rows").get("kept").asLong()).isEqualTo(7782);
    assertThat(dec.get("rows").get("superseded").asLong()).isZero();
    assertThat(r.get("forces").get(0).get("missing")).isEmpty();
    assertThat(r.get("forces").get(0).get("months").asInt()).isEqualTo(2);
  }

  @Test
  void inspectNotesAFileWhoseNameSaysAnotherMonthThanItsRows() throws IOException {
    Path misfiled =
        SampleStreetFiles.copy(dir, "2024-01", "2024-02/2024-02-metropolitan-street.csv");
    // --wide: the note on one line, as the fitted default wraps it at 120 columns.
    Cli r = Cli.run("inspect", dir.toString(), "--wide");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "- "
                + misfiled
                + ": its name and folder say 2024-02 but its rows say 2024-01 (7601 of its 7601"
                + " valid rows), so it is read as 2024-01.");
  }
}
