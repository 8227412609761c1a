package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A police.uk file for a month after today is rejected, and does not move the end month. */
class FutureMonthEndTest {
  private static final Clock JULY_2024 =
      Clock.fixed(Instant.parse("2024-07-15T12:00:00Z"), ZoneOffset.UTC);
  private static final String FUTURE = Cli.FIXTURES + "future/2099-01/2099-01-test-street.csv";

  @Test
  void aStreetFileFor2099LeavesTheEndAt2024_06() {
    Cli r =
        Cli.runOn(
            JULY_2024,
            "trends",
            Cli.FIXTURES + "windows",
            FUTURE,
            "--area",
            "Testham",
            "--format",
            "json");
    assertThat(r.exit()).isEqualTo(0);
    // The windows fixture ends in 2024-06; a 2099-01 partition would have made it the end, with
    // 2024-07..2098-12 missing and every window null.
    assertThat(r.out()).contains("\"end\" : \"2024-06\"").doesNotContain("\"2099-01\"");
  }

  @Test
  void inspectShowsTheFutureRowsWithFileLineAndReason() {
    Cli r = Cli.runOn(JULY_2024, "inspect", FUTURE, "--format", "json");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out())
        .contains("month in the future")
        .contains("month 2099-01 is after the current month 2024-07");
  }

  @Test
  void anMpsTableWithAMonthColumnAfterTodayIsRefusedNamingTheColumn() {
    // The header's last month column is 209901, after the clock's 2024-07: the whole table is
    // refused (exit 3), since the column belongs to every row, and the line says which column.
    String mps = Cli.FIXTURES + "future-mps/mps-2099.csv";
    Cli r = Cli.runOn(JULY_2024, "trends", mps, "--area", "Harrow");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip())
        .isEqualTo(
            "saferstats: "
                + mps
                + ", line 1: month column 2099-01 is after the current month 2024-07"
                + " — check the table's header, or the computer's date");
  }

  @Test
  void theSameMpsTableIsReadWhenTheClockHasReachedItsLastMonth() {
    Clock jan2099 = Clock.fixed(Instant.parse("2099-01-15T12:00:00Z"), ZoneOffset.UTC);
    Cli r =
        Cli.runOn(jan2099, "inspect", Cli.FIXTURES + "future-mps/mps-2099.csv", "--format", "json");
    assertThat(r.exit()).isEqualTo(0);
  }
}
