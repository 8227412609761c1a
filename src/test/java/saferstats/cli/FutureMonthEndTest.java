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
}
