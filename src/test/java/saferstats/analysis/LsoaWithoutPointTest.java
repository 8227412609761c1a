package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * A street row with its LSOA but no coordinates counts once: in the area its LSOA names, not among
 * the force's crimes with no location. Fixture: fixtures/unlocated (README there) copied, and in
 * each of the 12 current months (2023-07..2024-06) the first of Smallham's 3 Burglary rows loses
 * its longitude and latitude and keeps its LSOA (E01910001, Smallham 001A): 12 such rows.
 */
class LsoaWithoutPointTest {
  @TempDir static Path dir;

  @BeforeAll
  static void copyAndBlankCoordinates() throws IOException {
    Path from = Path.of(Cli.FIXTURES, "unlocated");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(from.relativize(f).toString());
        Files.createDirectories(to.getParent());
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        boolean current = f.getFileName().toString().compareTo("2023-07") >= 0;
        for (int i = 0; i < lines.size() && current; i++) {
          if (lines.get(i).contains(",Smallham 001A,Burglary,")) {
            lines.set(i, lines.get(i).replace(",-0.100000,51.500000,", ",,,"));
            break;
          }
        }
        Files.write(to, lines);
      }
    }
  }

  private static JsonNode json(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, dir.toString()));
    args.addAll(List.of(more));
    return Cli.json(args.toArray(String[]::new));
  }

  @Test
  void theyCountInTheAreaAndNotAmongTheForcesCrimesWithNoLocation() {
    JsonNode burglary = Cli.priority(json("trends", "--area", "Smallham"), "Burglary");
    // The area keeps its 12 × 3 = 36 current Burglary rows and 12 × 2 = 24 previous ones.
    assertThat(burglary.at("/windows/current12/count").asLong()).isEqualTo(36);
    assertThat(burglary.at("/windows/previous12/count").asLong()).isEqualTo(24);
    // Only the rows with no LSOA are the force's unlocated: 12 × 2 = 24 of 12 × (3 + 20 + 2) = 300
    // (8.0%), as before the mutation; counting the 12 again would give 36 of 300 (12.0%).
    assertThat(burglary.get("unlocated").get("current12").toString())
        .isEqualTo("{\"count\":24,\"forceCount\":300,\"sharePct\":8.0}");
    // With them: (36 + 24) vs (24 + 12) = 60 vs 36 -> +66.7% (double counting: 72 vs 36, +100%).
    assertThat(burglary.at("/unlocated/changePctWithThem").asDouble()).isEqualTo(66.7);
  }

  @Test
  void theNoteCountsOnlyTheRowsNothingPlaces() {
    JsonNode trends = json("trends", "--area", "Smallham");
    // Rows with no LSOA: 12 × (1 + 1 + 2) previous + 12 × (2 + 1 + 1) current = 96, not 96 + 12.
    assertThat(trends.get("notes").toString())
        .contains(
            "96 street rows have no location and cannot be placed in Smallham; they count only in"
                + " force-wide figures.");
  }

  @Test
  void inspectCountsThemApartFromTheRowsWithNoLocationAndInTheirArea() {
    JsonNode inspect = json("inspect");
    assertThat(inspect.at("/totals/noLocation").asLong()).isEqualTo(96);
    assertThat(inspect.at("/totals/noPoint").asLong()).isEqualTo(12);
    // 2024-06: 2 + 1 + 1 = 4 with no LSOA; 1 with an LSOA and no point.
    JsonNode june = inspect.get("inputs").get(inspect.get("inputs").size() - 1).get("rows");
    assertThat(june.get("noLocation").asLong()).isEqualTo(4);
    assertThat(june.get("noPoint").asLong()).isEqualTo(1);
    // Smallham's rows: 12 × (2 + 4 + 1) + 12 × (3 + 4 + 1) = 84 + 96 = 180, the 12 included.
    assertThat(inspect.get("areas").toString()).contains("{\"name\":\"Smallham\",\"rows\":180}");
  }

  @Test
  void hotspotsPlacesThemInTheirLsoaAndSaysTheGridLeavesThemOut() {
    JsonNode h = json("hotspots", "--area", "Smallham", "--priority", "Burglary");
    // The 36 current Burglary rows are all in Smallham 001A; 36 - 12 = 24 have a point.
    assertThat(h.get("total").asLong()).isEqualTo(36);
    assertThat(h.get("unplaced").asLong()).isZero();
    assertThat(h.at("/lsoas/0/count").asLong()).isEqualTo(36);
    assertThat(h.at("/grid/points").asLong()).isEqualTo(24);
    assertThat(h.get("notes").toString())
        .contains(
            "12 of the 36 rows in 2023-07 to 2024-06 have an LSOA but no coordinates: they count in"
                + " their LSOA, ward and street, not in the grid.");
  }
}
