package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 26.3: the default table output of every command fits a 120-column terminal, on the sample
 * data (each command as the README shows it). {@code --wide} keeps one line a row (the goldens).
 */
class FittedWidthTest {
  static final int COLUMNS = 120;
  private static final String POPULATION =
      "sample-data/population/lsoa-population-2022-SYNTHETIC.csv";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "trends sample-data --area Harrow",
        "trends sample-data/mps --area Harrow --categories london-2019",
        "trends sample-data --area Harrow --population " + POPULATION,
        "quarterly sample-data --area Harrow --categories csp-2023",
        "quarterly sample-data --area Harrow",
        "inspect sample-data",
        "hotspots sample-data --area Harrow",
        "hotspots sample-data --area Harrow --priority Robbery",
        "benchmark sample-data/mps --area Harrow --population " + POPULATION,
        "categories",
        "categories csp-2023",
        "categories london-2019",
      })
  void everyLineFitsOneHundredAndTwentyColumns(String command) {
    Cli r = Cli.cached((command + " --quiet").split(" "));
    assertThat(r.exit()).as(r.err()).isZero();
    assertWithin(r.out(), command);
  }

  /** Every line of {@code out} at most {@value #COLUMNS} characters, named when one is not. */
  static void assertWithin(String out, String what) {
    assertThat(out).isNotBlank();
    assertThat(out.lines())
        .as(what)
        .allSatisfy(
            l ->
                assertThat(l.length())
                    .as("%s: %s", what, l.substring(0, Math.min(l.length(), 60)))
                    .isLessThanOrEqualTo(COLUMNS));
  }

  @Test
  void wideKeepsOneLineARow() {
    Cli r = Cli.cached("trends", "sample-data", "--area", "Harrow", "--quiet", "--wide");
    assertThat(r.exit()).as(r.err()).isZero();
    // The statistics table's header, all 17 columns on one line.
    assertThat(Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("Priority")))
        .anySatisfy(l -> assertThat(l).contains("Significance").contains("Per 1,000"));
  }
}
