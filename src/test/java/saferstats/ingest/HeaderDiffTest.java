package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.result.Selection;
import saferstats.model.UserError;

/** An unrecognised header is shown whole beside the nearest known one, its differences named. */
class HeaderDiffTest {
  private static final String STREET =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context";

  private static UserError refused(Path dir, String header) throws IOException {
    Path f = dir.resolve("x.csv");
    Files.writeString(f, header + "\n");
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> IngestTestSupport.read(new Selection.None(), f.toString()));
    assertThat(t).isInstanceOf(UserError.class);
    assertThat(((UserError) t).exitCode()).isEqualTo(UserError.INPUT);
    return (UserError) t;
  }

  @Test
  void aRenamedAndAMissingColumnAreNamedBesideTheStreetHeader(@TempDir Path dir)
      throws IOException {
    // 'Crime type' became 'Offence type' (same place); 'Context' is gone; 'Notes' is new at
    // the end, where no known column stands.
    String header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            + "Offence type,Last outcome category,Notes";
    UserError e = refused(dir, header);
    assertThat(e.getMessage())
        .isEqualTo(
            dir.resolve("x.csv")
                + ": header not recognised (line 1: "
                + header
                + "); nearest is the police.uk street header ("
                + STREET
                + "): renamed 'Crime type' as 'Offence type', 'Context' as 'Notes'");
    assertThat(e.hint()).startsWith("restore the police.uk street header as downloaded");
  }

  @Test
  void missingAndExtraColumnsAreListed(@TempDir Path dir) throws IOException {
    // Eleven columns: Context dropped; 'Ward' added before Crime type shifts nothing known.
    String header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            + "Crime type,Last outcome category";
    assertThat(refused(dir, header).getMessage())
        .endsWith("): missing 'Context'")
        .contains("(line 1: " + header + ")");
    String withWard = header + ",Context,Ward,Beat";
    assertThat(refused(dir, withWard).getMessage()).endsWith("): extra 'Ward', 'Beat'");
  }

  @Test
  void theOutcomesHeaderIsNearestForAnOutcomesFile(@TempDir Path dir) throws IOException {
    String header =
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
            + "Outcome";
    assertThat(refused(dir, header).getMessage())
        .contains("nearest is the police.uk outcomes header")
        .endsWith("renamed 'Outcome type' as 'Outcome'");
  }

  @Test
  void aHeaderLikeNoKnownOneIsShownWholeWithTheExpectedHeaders(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("y.csv");
    Files.writeString(f, "Date,Type,Count\n");
    assertThatThrownBy(() -> IngestTestSupport.read(new Selection.None(), f.toString()))
        .hasMessage(f + ": header not recognised (line 1: Date,Type,Count)");
  }
}
