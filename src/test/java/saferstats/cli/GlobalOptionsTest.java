package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Options every command inherits, help for every command, and values refused as they are parsed.
 */
class GlobalOptionsTest {
  private static final String MISSING = "no-such-input-folder";

  @ParameterizedTest
  @ValueSource(strings = {"inspect", "trends", "quarterly", "hotspots"})
  void debugPrintsTheStackTraceOnEveryAnalysingCommand(String command) {
    Cli plain = Cli.run(command, MISSING, "--area", "Harrow");
    Cli debug = Cli.run(command, MISSING, "--area", "Harrow", "--debug");

    // A missing input is bad input (3) either way; only --debug adds the trace.
    assertThat(plain.exit()).isEqualTo(3);
    assertThat(debug.exit()).isEqualTo(3);
    assertThat(plain.err()).doesNotContain("\tat saferstats.");
    assertThat(debug.err()).contains("\tat saferstats.");
  }

  @Test
  void categoriesTakesDebugToo() {
    Cli r = Cli.run("categories", "--debug");

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("csp-2023");
  }

  @Test
  void quietGivenAfterASubcommandReachesTheTopLevelOption() {
    SaferstatsCommand root = new SaferstatsCommand();
    new CommandLine(root, new CommandFactory(Clock.systemDefaultZone()))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .parseArgs("trends", "x", "--area", "Harrow", "--quiet");

    assertThat(root.quiet).isTrue();
    assertThat(root.debug).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"inspect", "trends", "quarterly", "hotspots", "categories"})
  void helpCommandShowsEachCommandsOwnUsage(String command) {
    Cli r = Cli.run("help", command);

    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("Usage: saferstats " + command);
    assertThat(r.out()).contains("--debug");
  }

  @Test
  void topLevelHelpSaysWhatTheToolReadsToday() {
    Cli r = Cli.run("--help");

    String oneLine = r.out().replaceAll("\\s+", " ");
    assertThat(oneLine).contains("Metropolitan Police London Datastore tables");
    assertThat(oneLine).doesNotContain("later");
    assertThat(r.out()).contains("help");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"--window=foo", "--top=0", "--periods=1", "--cell-size=5", "--cell-size=big"})
  void badHotspotValuesFailAtParseTimeBeforeAnyInputIsRead(String option) {
    // The input does not exist: reading it would exit 3, so exit 2 proves nothing was read.
    Cli r = Cli.run("hotspots", MISSING, "--area", "Harrow", option);

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("saferstats: Invalid value for option '" + option.split("=")[0]);
    assertThat(r.err()).doesNotContain(MISSING);
  }

  @Test
  void windowIsAcceptedByTheNameTheOutputUses() {
    Cli r = Cli.run("hotspots", MISSING, "--area", "Harrow", "--window", "quarter");

    assertThat(r.exit()).isEqualTo(3);
  }
}
