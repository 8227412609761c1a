package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The report's notes name files relative to the folder the command was run from, as its inputs
 * appendix does (review finding 21: the population file and the MPS release-splice notes printed
 * /work/shared/real-data/… beside "Paths are relative to the folder the command was run from").
 */
class ReportPathsTest {
  @Test
  void anAbsolutePathUnderTheFolderOrAnAncestorIsWrittenRelativeToIt() {
    Path base = Path.of("/work/s6-e");
    // Under the folder itself: its name goes; under its parent: one "../".
    assertThat(
            ReportPaths.relative(
                "Rates from 137 LSOAs named Harrow in /work/shared/real-data/population/p.csv.gz;"
                    + " 2024-01 to 2025-07 from /work/s6-e/sample-data/MPS Borough Level Crime.csv"
                    + " (2024-01 to 2025-12)",
                base))
        .isEqualTo(
            "Rates from 137 LSOAs named Harrow in ../shared/real-data/population/p.csv.gz;"
                + " 2024-01 to 2025-07 from sample-data/MPS Borough Level Crime.csv"
                + " (2024-01 to 2025-12)");
    // Prose slashes, a path not starting a word, and the root are left alone.
    assertThat(ReportPaths.relative("Borough / SNT; a/work/b; /etc/x", base))
        .isEqualTo("Borough / SNT; a/work/b; /etc/x");
  }

  @Test
  void theReportsPopulationNoteNamesTheFileAsTheInputsAppendixDoes() {
    // The build runs from the project's root, so the sample population file given by its absolute
    // path is written "sample-data/population/lsoa-population-2022-SYNTHETIC.csv".
    Path pop = Path.of("sample-data/population/lsoa-population-2022-SYNTHETIC.csv");
    Cli r =
        Cli.run(
            "report",
            "sample-data/police-uk",
            "--area",
            "Harrow",
            "--population",
            pop.toAbsolutePath().toString(),
            "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    String notes = Jsoup.parse(r.out()).getElementById("method").text();
    assertThat(notes)
        .contains(" sample-data/population/lsoa-population-2022-SYNTHETIC.csv")
        .doesNotContain(pop.toAbsolutePath().toString());
  }
}
