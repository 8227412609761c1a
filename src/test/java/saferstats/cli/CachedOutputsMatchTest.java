package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output on sample-data is the same byte for byte whether its inputs were parsed or came from
 * the parse cache; inspect differs only in saying which came from the cache.
 */
class CachedOutputsMatchTest {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("trends", "sample-data", "--area", "Harrow"),
          List.of("quarterly", "sample-data", "--area", "Harrow"),
          List.of(
              "hotspots",
              "sample-data",
              "--area",
              "Harrow",
              "--priority",
              "Robbery",
              "--cell-size",
              "500"),
          List.of("inspect", "sample-data", "--area", "Harrow"));

  @TempDir static Path cache;

  /** One cold run per command fills the cache (inspect reads with the same options as trends). */
  @BeforeAll
  static void fillTheCache() {
    for (List<String> command : COMMANDS) {
      Cli cold = Cli.run(withCache(command, "json"));
      assertThat(cold.exit()).as(cold.err()).isZero();
    }
  }

  static Stream<Arguments> runs() {
    List<Arguments> all = new ArrayList<>();
    for (List<String> command : COMMANDS) {
      // markdown and csv are written from the same records as table and json (CsvMatchesJsonTest
      // holds csv to json), so the two show whether the cache changes any figure or word
      for (String format : List.of("table", "json")) {
        all.add(Arguments.of(command, format));
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("runs")
  void theOutputIsTheSameFromTheCache(List<String> command, String format) {
    List<String> plain = new ArrayList<>(command);
    // Without a cache, so this run parses every input (the test run's shared cache would not).
    plain.addAll(List.of("--format", format, "--quiet", "--no-cache"));
    Cli parsed = Cli.cached(plain.toArray(String[]::new));
    Cli cached = Cli.run(withCache(command, format));
    assertThat(cached.exit()).as(cached.err()).isZero();
    if (command.get(0).equals("inspect")) {
      // 112 sample-data inputs, every one of them read from the cache.
      assertThat(cached.out()).isNotEqualTo(parsed.out());
      assertThat(cacheColumnAsParsed(cached.out())).isEqualTo(cacheColumnAsParsed(parsed.out()));
    } else {
      assertThat(cached.out()).isEqualTo(parsed.out());
    }
  }

  private static String[] withCache(List<String> command, String format) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--format", format, "--quiet", "--cache", cache.toString()));
    return args.toArray(String[]::new);
  }

  /** The inspect output with its cache column or field saying "no" everywhere. */
  private static String cacheColumnAsParsed(String out) {
    return out.replace("\"fromCache\" : true", "\"fromCache\" : false")
        .replaceAll("(?m)(fromCache.*)true$", "$1false")
        .replaceAll("\\byes\\b", "no")
        .replaceAll(" +", " ")
        .replaceAll("-+", "-");
  }
}
