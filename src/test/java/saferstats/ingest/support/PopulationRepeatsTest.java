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
 * A population file that lists an area code twice: with the same figures the rows are one area
 * (said in a note), with different figures the file is refused, never "the last row wins". Fixture:
 * sample-data's population file (545 LSOAs, one row each; Harrow 013D, E01002184, at line 513 with
 * 1,687 residents in 2022) with one more row appended at line 547. Harrow's 144 LSOAs hold 251,770
 * residents (a separate sum of the file's rows named "Harrow …"); the crimes are sample-data's
 * 2024-06 only, as the residents the area is joined to do not depend on them.
 */
class PopulationRepeatsTest {
  private static final Path POPULATION =
      Path.of("sample-data/population/lsoa-population-2022-SYNTHETIC.csv");
  private static final String JUNE = "sample-data/police-uk/2024-06";

  private static Path withRow(Path dir, String row) throws IOException {
    Path file = dir.resolve("population.csv");
    Files.writeString(file, Files.readString(POPULATION) + row + "\n");
    return file;
  }

  @Test
  void anIdenticalRepeatIsOneAreaAndSaidInANote(@TempDir Path dir) throws IOException {
    Path file = withRow(dir, "E01002184,1687,Harrow 013D,2022");
    JsonNode t = Cli.json("trends", JUNE, "--area", "Harrow", "--population", file.toString());
    // 251,770, not 251,770 + 1,687 = 253,457: the repeated row is the same area.
    assertThat(Cli.priority(t, "Burglary").at("/rate/population").asLong()).isEqualTo(251_770);
    assertThat(t.get("notes").toString())
        .contains(
            "1 area code is listed twice in "
                + file
                + " with the same figures (E01002184, lines 513 and 547): each is counted once.");
  }

  @Test
  void aRepeatWithAnotherFigureIsRefusedNamingBothLines(@TempDir Path dir) throws IOException {
    // Before: the later row won silently, 251,770 - 1,687 + 1,700 = 251,783 residents.
    Path file = withRow(dir, "E01002184,1700,Harrow 013D,2022");
    Cli r = Cli.run("trends", JUNE, "--area", "Harrow", "--population", file.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .isEqualTo(
            "saferstats: "
                + file
                + ", lines 513 and 547: area code E01002184 is listed twice, with 1,687 and 1,700"
                + " residents — keep one row per area code: delete the row that is wrong (or the"
                + " other year's estimate)\n");
  }

  @Test
  void aRepeatFromAnotherYearSaysTheYears(@TempDir Path dir) throws IOException {
    Path file = withRow(dir, "E01002184,1687,Harrow 013D,2021");
    Cli r = Cli.run("trends", JUNE, "--area", "Harrow", "--population", file.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            file
                + ", lines 513 and 547: area code E01002184 is listed twice, with 1,687 residents"
                + " for 2022 and 1,687 for 2021");
  }
}
