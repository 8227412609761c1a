package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Issue 26.3 on real data: the default table output keeps within 120 columns with the City's real
 * flags (unlocated-share-changed with its percentages, steps, abrupt months) and the long texts of
 * 36 real months.
 */
@Tag("real-data")
class FittedWidthRealDataTest {
  private static final int COLUMNS = 120;

  private static void fits(String... args) {
    Cli r = Cli.cached(args);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .as(String.join(" ", args))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(COLUMNS));
  }

  @Test
  void cityTrendsQuarterlyAndHotspotsFit() {
    String dir = RealData.folder("police-uk/city-of-london").toString();
    fits("trends", dir, "--area", "City of London", "--quiet");
    fits("quarterly", dir, "--area", "City of London", "--categories", "csp-2023", "--quiet");
    fits("hotspots", dir, "--area", "City of London", "--quiet");
    fits("inspect", dir, "--quiet");
  }
}
