package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Runs the real {@link Main} in-process and captures what it prints. */
public record Cli(int exit, String out, String err) {
  public static final String FIXTURES = "src/test/resources/fixtures/";

  /**
   * Every {@link #cached} run of this test JVM, by argument list. Reading sample-data or a
   * real-data folder costs seconds, and many test classes check the same report (the trends JSON of
   * sample-data for Harrow alone is read by six), so each distinct command runs once per test JVM,
   * by whichever class asks for it first; the others in that JVM share its output. A class's own
   * time therefore depends on which classes ran before it, never its result: the runs read files
   * and print, nothing else. A command asked for on two threads at once runs once, the second
   * waiting for the first.
   */
  private static final Map<List<String>, Memo> RUNS = new ConcurrentHashMap<>();

  /** One command's run, made by the first caller of {@link #get}. */
  private static final class Memo {
    private final String[] args;
    private Cli result;

    Memo(List<String> args) {
      this.args = args.toArray(String[]::new);
    }

    synchronized Cli get() {
      if (result == null) {
        result = run(args);
      }
      return result;
    }
  }

  public static Cli run(String... args) {
    return runOn(Clock.systemDefaultZone(), args);
  }

  /** Runs with today's date fixed by {@code clock}. */
  public static Cli runOn(Clock clock, String... given) {
    String[] args = readsItsOwnInputs(given);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            clock);
    return new Cli(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * {@link #run}, memoised for the whole test JVM. Only for commands that write nothing but stdout
   * and stderr: a run that writes a file (--output, --geojson) must run in its own test.
   */
  public static Cli cached(String... args) {
    List<String> key = List.of(args);
    if (key.contains("--output") || key.contains("--geojson") || key.contains("-o")) {
      throw new IllegalArgumentException("cached runs must not write files: " + key);
    }
    return RUNS.computeIfAbsent(key, Memo::new).get();
  }

  /**
   * The command's JSON report, run once per JVM: {@code args} followed by {@code --format json
   * --quiet}, so that every test asking for the same report shares one run. Fails unless it exits
   * 0.
   */
  public static JsonNode json(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json", "--quiet"));
    Cli r = cached(all.toArray(String[]::new));
    assertThat(r.exit()).as(all + ": " + r.err()).isZero();
    try {
      return new ObjectMapper().readTree(r.out());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The priority called {@code name} in a trends report; fails if there is none. */
  public static JsonNode priority(JsonNode report, String name) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no priority " + name + " in " + report.get("priorities"));
  }

  /**
   * {@code inspect} says of each input whether it came from the parse cache, so its tests read
   * every input afresh rather than from the test run's shared cache ({@link SessionParseCache}),
   * unless they name a cache of their own.
   */
  private static String[] readsItsOwnInputs(String... args) {
    List<String> all = List.of(args);
    if (all.isEmpty()
        || !all.get(0).equals("inspect")
        || all.contains("--cache")
        || all.contains("--no-cache")) {
      return args;
    }
    List<String> fresh = new ArrayList<>(all);
    fresh.add("--no-cache");
    return fresh.toArray(String[]::new);
  }
}
