package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.analysis.Notes;
import saferstats.ingest.result.Selection;
import saferstats.load.Inputs;
import saferstats.model.Month;

/**
 * A month whose street file was given but had every row rejected is missing, and the note says that
 * every row of that file was rejected and why, never that there is no street file for it.
 */
class EveryRowRejectedMonthTest {
  @TempDir Path dir;

  @Test
  void aMonthWhoseFileHadEveryRowRejectedIsNotSaidToHaveNoFile() throws IOException {
    SampleStreetFiles.copy(dir, "2023-12", "2023-12/2023-12-metropolitan-street.csv");
    Path january =
        SampleStreetFiles.copy(dir, "2024-01", "2024-01/2024-01-metropolitan-street.csv");
    SampleStreetFiles.copy(dir, "2024-02", "2024-02/2024-02-metropolitan-street.csv");
    // Every row's Month written 2024/01, which no reader takes for a month: all 7601 rejected.
    List<String> lines = Files.readAllLines(january, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, lines.get(i).replaceFirst("^([^,]*),2024-01,", "$1,2024/01,"));
    }
    Files.write(january, lines, StandardCharsets.UTF_8);
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    assertThat(r.coverage().get("Metropolitan Police Service").missing())
        .containsExactly(Month.of(2024, 1));
    List<String> notes = Notes.forInputs(new Inputs(r));
    assertThat(notes)
        .contains(
            "Metropolitan Police Service has no street rows for 2024-01: every row of "
                + january
                + " (bad month) was rejected, so that month is missing (null), not zero;"
                + " saferstats inspect shows why.");
    assertThat(notes).noneMatch(n -> n.contains("no street file"));
  }
}
