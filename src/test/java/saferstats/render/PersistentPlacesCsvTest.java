package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Persistent places in CSV: one row per window, keyed by the window's last month, never a list of
 * ranks packed into one cell. Fixture {@code persistent}: 36 months 2021-07..2024-06, each with 2
 * Burglary rows in Testham 001A and 1 in Testham 002B, so every 12-month window (to 2024-06,
 * 2023-06, 2022-06) holds 24 for 001A (rank 1) and 12 for 002B (rank 2).
 */
class PersistentPlacesCsvTest {
  private static final String P = Cli.FIXTURES + "persistent";

  @Test
  void eachWindowIsItsOwnRowKeyedByItsLastMonth() {
    Cli r = Cli.run("hotspots", P, "--area", "Testham", "--format", "csv", "--quiet");
    assertThat(r.exit()).isZero();
    // CSV rows end in CRLF (RFC 4180).
    assertThat(r.out().replace("\r\n", "\n"))
        .contains("persistent,E01900001,windows.2024-06.from,2023-07\n")
        .contains("persistent,E01900001,windows.2024-06.rank,1\n")
        .contains("persistent,E01900001,windows.2024-06.count,24\n")
        .contains("persistent,E01900001,windows.2023-06.rank,1\n")
        .contains("persistent,E01900001,windows.2022-06.count,24\n")
        .contains("persistent,E01900002,windows.2022-06.rank,2\n")
        .contains("persistent,E01900002,windows.2024-06.count,12\n")
        .doesNotContain("1 1 1")
        .doesNotContain(",ranks,");
  }

  @Test
  void textSeparatesWindowsSoCountsWithThousandsReadApart() {
    Cli r = Cli.run("hotspots", P, "--area", "Testham", "--quiet");
    assertThat(r.out()).contains("1; 1; 1").contains("24; 24; 24").contains("12; 12; 12");
  }
}
