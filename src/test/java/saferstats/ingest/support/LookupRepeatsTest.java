package saferstats.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * An ONS lookup that lists an LSOA under two wards is refused (which ward the LSOA's crimes go to
 * would depend on row order); listing it again under the same ward is harmless. Fixture: the
 * windows fixture's Testham and support/lookup-testham.csv (Testham 001A, E01900001, in North Ward;
 * Testham 002B, E01900002, at line 3, in South Ward) with a row for E01900002 appended at line 5.
 * Testham's current 12 months (2023-07..2024-06) hold 21 rows in 001A and 16 in 002B (a count of
 * the fixture's rows by LSOA name with cut and uniq).
 */
class LookupRepeatsTest {
  private static final String W = Cli.FIXTURES + "windows";
  private static final Path LOOKUP = Path.of(Cli.FIXTURES + "support/lookup-testham.csv");

  private static Path withRow(Path dir, String row) throws IOException {
    Path file = dir.resolve("lookup.csv");
    Files.writeString(file, Files.readString(LOOKUP) + row + "\n");
    return file;
  }

  private static long ward(JsonNode hotspots, String code) {
    for (JsonNode w : hotspots.get("wards")) {
      if (w.get("code").asText().equals(code)) {
        return w.get("count").asLong();
      }
    }
    return -1;
  }

  @Test
  void anLsoaUnderTwoWardsIsRefusedNamingBothLines(@TempDir Path dir) throws IOException {
    // Before: the later row won silently, North Ward 21 + 16 = 37 and South Ward gone.
    Path file = withRow(dir, "E01900002,Testham 002B,E05900001,North Ward,E07900001,Testham");
    Cli r = Cli.run("hotspots", W, "--area", "Testham", "--lookup", file.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "saferstats: "
                + file
                + ", lines 3 and 5: LSOA E01900002 (Testham 002B) is listed under two wards,"
                + " E05900002 South Ward and E05900001 North Ward — keep one row per LSOA, as the"
                + " ONS best-fit lookup has: delete the row that is wrong\n");
  }

  @Test
  void anLsoaRepeatedUnderItsOwnWardIsOneLsoa(@TempDir Path dir) throws IOException {
    Path file = withRow(dir, "E01900002,Testham 002B,E05900002,South Ward,E07900001,Testham");
    JsonNode h = Cli.json("hotspots", W, "--area", "Testham", "--lookup", file.toString());
    assertThat(ward(h, "E05900001")).isEqualTo(21);
    assertThat(ward(h, "E05900002")).isEqualTo(16);
  }
}
