package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26.7 on the {@code persistent} fixture (36 months 2021-07..2024-06, the police-uk set's 14
 * crime types): report says on stderr what it wrote, and refuses a --date before the data's last
 * month.
 */
class ReportFrictionsTest {
  private static final String P = Cli.FIXTURES + "persistent";

  @Test
  void reportSaysWhatItWroteItsPrioritiesAndSize(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("testham.html");
    Cli r = Cli.run("report", P, "--area", "Testham", "--output", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    long bytes = Files.size(out);
    // The page is some hundreds of kB: its size in kB, rounded (decimal units).
    assertThat(bytes).isBetween(1_000L, 999_999L);
    String kb = String.format(Locale.UK, "%d kB", Math.round(bytes / 1000.0));
    assertThat(r.err()).contains("wrote " + out + ": 14 priorities, " + kb + "\n");
    // --quiet: nothing on stderr.
    Cli quiet = Cli.run("report", P, "--area", "Testham", "--output", out.toString(), "--quiet");
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void aDateBeforeTheDatasLastMonthIsRefusedAndNothingIsWritten(@TempDir Path tmp) {
    Path out = tmp.resolve("early.html");
    Cli r =
        Cli.run(
            "report", P, "--area", "Testham", "--date", "2024-05-31", "--output", out.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "saferstats: --date 2024-05-31 is before the last month of the data, 2024-06: the"
                + " report would be dated before the figures it reports — give a date in 2024-06"
                + " or later, or leave out --date\n");
    assertThat(out).doesNotExist();
    // A date inside the last month is the data's own month: accepted.
    Cli inMonth = Cli.run("report", P, "--area", "Testham", "--date", "2024-06-01", "--quiet");
    assertThat(inMonth.exit()).as(inMonth.err()).isZero();
  }
}
