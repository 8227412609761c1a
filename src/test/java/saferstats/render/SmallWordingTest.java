package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/** Wording a committee reads: p-values, what an unmeasurable priority needs, zero counts unsaid. */
class SmallWordingTest {
  @Test
  void aSmallPValueReadsPLessThanNeverPEqualsLessThan() {
    assertThat(Fmt.pIs(0.0004)).isEqualTo("p < 0.001");
    assertThat(Fmt.pIs(0.0421)).isEqualTo("p = 0.042");
    assertThat(Fmt.pIs(null)).isEqualTo("p n/a");
  }

  @Test
  void quarterlyNeverSaysPEqualsLessThan() {
    Cli r = Cli.run("quarterly", Cli.FIXTURES + "windows", "--area", "Testham");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("p = <").contains("(p ");
  }

  @Test
  void whatAnUnmeasurablePriorityNeedsReadsAsASentence() {
    // gen1.csv is an MPS table: london-2019 cannot measure ASB from it.
    Cli r =
        Cli.run(
            "trends",
            Cli.FIXTURES + "mps/gen1.csv",
            "--area",
            "Harrow",
            "--categories",
            "london-2019");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains(
            "Anti-social behaviour — needs police.uk street files or the council's ASB log (the"
                + " MPS crime tables hold no ASB)")
        .doesNotContain("needs MPS crime tables");
  }

  @Test
  void noLocationIsSaidOnlyWhenSomeRowsHaveNone() {
    // windows: one Burglary a month with No Location, 27 months = 27 rows.
    Cli some = Cli.run("trends", Cli.FIXTURES + "windows", "--area", "Testham");
    assertThat(some.out()).contains("27 street rows have no location");
    // faraway: 15 rows, every one with coordinates and an LSOA: nothing to say.
    Cli none = Cli.run("trends", Cli.FIXTURES + "faraway/police-uk", "--area", "Testham");
    assertThat(none.exit()).isZero();
    assertThat(none.out()).doesNotContain("have no location");
    Cli hot = Cli.run("hotspots", Cli.FIXTURES + "faraway/police-uk", "--area", "Testham");
    assertThat(hot.exit()).isZero();
    assertThat(hot.out()).doesNotContain("have no location");
  }
}
