package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * --quiet silences the progress bar of every command that reads inputs: each command's {@link
 * InputOptions} sees it, whether mixed in directly (inspect) or inside {@link AreaReportOptions}
 * (trends, quarterly, hotspots, report, benchmark), where a mixin inside a mixin once never saw it.
 */
class QuietOptionTest {
  @ParameterizedTest
  @ValueSource(strings = {"inspect", "trends", "quarterly", "hotspots", "report", "benchmark"})
  void quietReachesTheInputsOfEveryCommand(String command) {
    assertThat(inputs(command, "--quiet").quiet()).isTrue();
    assertThat(inputs("--quiet", command).quiet()).isTrue();
    assertThat(inputs(command).quiet()).isFalse();
  }

  /** The inputs' options of {@code command} once parsed with {@code extra} around it. */
  private static InputOptions inputs(String... args) {
    java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
    String command = all.stream().filter(a -> !a.startsWith("-")).findFirst().orElseThrow();
    all.add("sample-data");
    if (!command.equals("inspect")) {
      all.addAll(java.util.List.of("--area", "Harrow"));
    }
    String[] argv = all.toArray(String[]::new);
    CommandLine cli = CommandLines.forArgs(argv, new CommandFactory(Clock.systemUTC()));
    cli.setCaseInsensitiveEnumValuesAllowed(true); // as Main sets it
    CommandLine.ParseResult parsed = cli.parseArgs(argv);
    Object sub = parsed.subcommand().commandSpec().userObject();
    if (sub instanceof InspectCommand c) {
      return c.input;
    }
    AreaReportOptions area =
        sub instanceof TrendsCommand c
            ? c.area
            : sub instanceof QuarterlyCommand c
                ? c.area
                : sub instanceof HotspotsCommand c
                    ? c.area
                    : sub instanceof ReportCommand c ? c.area : ((BenchmarkCommand) sub).area;
    return area.input;
  }
}
