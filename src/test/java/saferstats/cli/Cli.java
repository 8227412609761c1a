package saferstats.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Runs the real {@link Main} in-process and captures what it prints. */
public record Cli(int exit, String out, String err) {
  public static final String FIXTURES = "src/test/resources/fixtures/";

  public static Cli run(String... args) {
    return runOn(Clock.systemDefaultZone(), args);
  }

  /** Runs with today's date fixed by {@code clock}. */
  public static Cli runOn(Clock clock, String... args) {
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
}
