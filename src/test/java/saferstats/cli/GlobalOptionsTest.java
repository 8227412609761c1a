package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
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
    String[] args = {"trends", "x", "--area", "Harrow", "--quiet"};
    CommandLine cli = CommandLines.forArgs(args, new CommandFactory(Clock.systemDefaultZone()));
    cli.setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
    SaferstatsCommand root = cli.getCommand();

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

  @ParameterizedTest
  @ValueSource(
      strings = {"inspect", "trends", "quarterly", "hotspots", "categories", "report", "benchmark"})
  void everyCommandsHelpFormatsWithoutAWarning(String command) {
    // picocli formats descriptions with String.format and warns on System.err, not the command's
    // stream, when a bare % (as in "95 % limits") breaks it: the help then shows a raw "%n".
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stderr = System.err;
    System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
    Cli r;
    try {
      r = Cli.run(command, "--help");
    } finally {
      System.setErr(stderr);
    }
    assertThat(r.exit()).isZero();
    assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("WARN");
    assertThat(r.out()).doesNotContain("%n");
  }

  @Test
  void topLevelHelpSaysWhatTheToolReadsToday() {
    Cli r = Cli.run("--help");

    String oneLine = r.out().replaceAll("\\s+", " ");
    assertThat(oneLine).contains("Metropolitan Police London Datastore tables");
    assertThat(oneLine).doesNotContain("later");
    assertThat(r.out()).contains("help");
  }

  @Test
  void everyCommandIsListedWhenNoneIsNamedAndOneIsBuiltWhenNamed() {
    // Only the named subcommand is built (CommandLines); the listing must still hold all seven.
    Cli top = Cli.run("--quiet", "--help");
    for (String c :
        List.of("inspect", "trends", "quarterly", "categories", "hotspots", "report", "help")) {
      assertThat(top.out()).containsPattern("(?m)^  " + c + " ");
    }
    CommandLine one =
        CommandLines.forArgs(
            new String[] {"--quiet", "trends", "--help"}, new CommandFactory(Clock.systemUTC()));
    assertThat(one.getSubcommands().keySet()).containsExactly("trends");
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
