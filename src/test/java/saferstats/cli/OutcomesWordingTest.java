package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 26.7: sample-data's Bicycle theft has 215 crimes, all 215 with an outcome, 50 of them from
 * their street file because the outcomes files hold no row for their Crime ID. The table said "Not
 * in outcomes files 50" beside "With outcome 215", which read as a contradiction; the column now
 * says where those outcomes came from.
 */
class OutcomesWordingTest {
  @Test
  void theCrimesTheOutcomesFilesDoNotHoldAreCountedAsOutcomesFromTheirStreetFile() {
    Cli r =
        Cli.cached("trends", "sample-data", "--area", "Harrow", "--quiet", "--format", "markdown");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .doesNotContain("Not in outcomes files")
        .contains("for a crime they do not hold its street file's last outcome")
        .containsPattern("\\| Crimes \\| With outcome \\|.*\\| From street file \\|\n");
    assertThat(r.out().lines().filter(l -> l.startsWith("| Bicycle theft |")))
        .anySatisfy(
            l -> assertThat(l).matches("\\| Bicycle theft \\| 215 \\| 215 \\|.*\\| 50 \\|"));
  }
}
