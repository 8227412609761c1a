package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saferstats.cli.Cli;

/**
 * Each format of each command against a reviewed golden file. Regenerate on purpose only: {@code
 * mvn test -Dtest=GoldenOutputTest -Dsaferstats.updateGolden=true}, then read the diff.
 */
class GoldenOutputTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest(name = "{0} as {1}")
  @CsvSource({
    "inspect, table, txt", "inspect, csv, csv", "inspect, json, json", "inspect, markdown, md",
    "trends, table, txt", "trends, csv, csv", "trends, json, json", "trends, markdown, md",
    "quarterly, table, txt", "quarterly, csv, csv", "quarterly, json, json",
        "quarterly, markdown, md",
    "categories, table, txt", "categories, csv, csv", "categories, json, json",
        "categories, markdown, md",
  })
  void outputMatchesTheGoldenFile(String command, String format, String ext) throws IOException {
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "inspect" -> args.add(Cli.FIXTURES + "quirks");
      case "categories" -> args.add("london-2019");
      case "quarterly" ->
          args.addAll(
              List.of(
                  Cli.FIXTURES + "windows",
                  "--area",
                  "Testham",
                  "--categories",
                  "london-2019",
                  "--population",
                  Cli.FIXTURES + "support/population-named.csv"));
      default -> args.addAll(List.of(Cli.FIXTURES + "windows", "--area", "Testham"));
    }
    args.addAll(List.of("--format", format));
    if (format.equals("table")) {
      // --wide: one line a row, as before issue 26.3; the fitted default is checked against the
      // README (ReadmeOutputTest) and for its width (FittedWidthTest).
      args.add("--wide");
    }
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).isZero();
    Path golden = GOLDEN.resolve(command + "." + ext);
    if (Boolean.getBoolean("saferstats.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
