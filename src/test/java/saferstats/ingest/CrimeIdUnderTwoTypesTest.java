package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import saferstats.analysis.Notes;
import saferstats.ingest.result.Selection;
import saferstats.load.Inputs;
import saferstats.model.FileLedger;
import saferstats.model.Month;

/** A Crime ID under two crime types counts in both, and a note says how many there are. */
class CrimeIdUnderTwoTypesTest {
  private static final String FILE =
      "src/test/resources/fixtures/two-types/2024-01-test-street.csv";

  @Test
  void aCrimeUnderTwoTypesCountsInEachAndIsCounted() {
    IngestResult r = IngestTestSupport.read(new Selection.Area("Testham"), FILE);
    FileLedger f = r.files().get(0);
    // Rows: t1 Burglary, t1 Shoplifting, t2 Burglary, t2 Burglary (other outcome), t3 Robbery,
    // t3 Robbery (identical: a duplicate). Kept 5; shared IDs: t1's and t2's second rows = 2;
    // under two types: t1 only = 1.
    assertThat(f.read()).isEqualTo(6);
    assertThat(f.kept()).isEqualTo(5);
    assertThat(f.duplicates()).isEqualTo(1);
    assertThat(f.sharedIds()).isEqualTo(2);
    assertThat(f.idsUnderTwoTypes()).isEqualTo(1);
    // t1 counts once under Burglary (with t2's two rows: 3) and once under Shoplifting (1).
    assertThat(r.counts().get("Test Constabulary").get(Month.of(2024, 1)))
        .isEqualTo(Map.of("Burglary", 3L, "Shoplifting", 1L, "Robbery", 1L));
    assertThat(Notes.forInputs(new Inputs(r)))
        .contains(
            "1 Crime ID appears under two or more crime types; each row counts under its own"
                + " type, so such a crime counts in each of those priorities.");
  }

  @Test
  void noNoteWhenEveryCrimeIdHasOneType() {
    IngestResult r =
        IngestTestSupport.read(
            new Selection.Area("City of London"),
            "src/test/resources/fixtures/excel/original/2024-08-city-of-london-street.csv");
    assertThat(r.files().get(0).idsUnderTwoTypes()).isZero();
    assertThat(Notes.forInputs(new Inputs(r))).noneMatch(n -> n.contains("crime types"));
  }
}
