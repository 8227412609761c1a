package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The terminal reads like the report (issue 26.2–3): the statistics table's Significance column
 * gives the report summary's verdict ({@code Verdict.brief}), and flag notes under a table are the
 * report's words with their marks; {@code --wide} keeps the test's word and the flag names.
 *
 * <p>Fixture fixtures/mps-cautions (README there): Harrow residential burglary 60 a month to
 * 2023-05, 40 from 2023-06, 3 in 2023-08; harassment a flat 20 a month. Windows to 2024-06: current
 * 2023-07..2024-06, previous 2022-07..2023-06.
 */
class TerminalVerdictTest {
  private static final String F = Cli.FIXTURES + "mps-cautions/borough.csv";

  @Test
  void theSignificanceColumnNamesTheStepBeforeTheTestWord() {
    Cli r = Cli.run("trends", F, "--area", "Harrow", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    // Burglary: 443 (11 × 40 + 3) vs 700 (11 × 60 + 40); the run below the centre starts 2023-06,
    // inside the 24 months, and 2023-08's 3 is under a quarter of its usual 60. The verdict is
    // longer than a cell (50), so it is note [1] under the statistics table, in the summary's
    // words.
    assertThat(r.out())
        .contains("Burglary/Burglary - Residential         [1]           quasi-poisson")
        .contains(
            "[1] after a step down from 2023-06, cause unknown (abrupt month 2023-08); a shift in"
                + " level, not a trend (test:\n    significant decrease)");
    // Harassment: 240 vs 240. May 2023's counting change lowers counts from then on, and all 12
    // current months but only 2 previous (2023-05, 2023-06) come after it: no change may hide a
    // rise.
    assertThat(r.out())
        .contains(
            "[2] across the May 2023 counting-rule change (no change may hide a rise); test: no"
                + " significant change");
  }

  @Test
  void markdownGivesTheVerdictInItsCell() {
    Cli r = Cli.run("trends", F, "--area", "Harrow", "--format", "markdown");
    assertThat(r.out())
        .contains(
            "| Burglary/Burglary - Residential | after a step down from 2023-06, cause unknown"
                + " (abrupt month 2023-08); a shift in level, not a trend (test: significant"
                + " decrease) | quasi-poisson |");
  }

  @Test
  void wideKeepsTheTestWordAndTheFlagNames() {
    Cli r = Cli.run("trends", F, "--area", "Harrow", "--wide");
    assertThat(r.out())
        .contains("Burglary/Burglary - Residential         significant decrease   quasi-poisson")
        .contains("abrupt-month 2023-08 (3 vs usual 60); step down from 2023-06");
  }

  @Test
  void flagNotesReadAsTheReportsWords() {
    Cli r = Cli.run("trends", F, "--area", "Harrow", "--quiet");
    assertThat(r.out())
        .contains("[1] * abrupt month 2023-08 (3 vs usual 60)\n")
        .contains("[2] † step down from 2023-06\n")
        .contains("[3] § known break 2023-05\n")
        .doesNotContain("] abrupt-month", "] known-break");
    Cli q = Cli.run("quarterly", F, "--area", "Harrow", "--quiet");
    assertThat(q.out())
        .contains("* abrupt month 2023-08 (3 vs usual 60)\n")
        .doesNotContain("] abrupt-month");
  }
}
