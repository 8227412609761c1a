package saferstats.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.IntSupplier;
import picocli.CommandLine;
import saferstats.model.UserError;

/** Entry point: runs a command and turns every failure into one line and an exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Warmup.start(args);
    System.exit(run(args, System.out, System.err));
  }

  /** Runs saferstats with the given streams; returns the exit code (SPEC 6). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Clock.systemDefaultZone());
  }

  /** As {@link #run(String[], PrintStream, PrintStream)}, with today's date from {@code clock}. */
  public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    boolean debug = Arrays.asList(args).contains("--debug");
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    CommandLine cli = CommandLines.forArgs(args, new CommandFactory(clock));
    cli.setOut(outWriter);
    cli.setErr(errWriter);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, debug, errWriter));
    int code = guarded(() -> cli.execute(args), debug, errWriter);
    if (code == 0 && outWriter.checkError()) {
      // Help and other text picocli prints go through the same stream: a lost write is a failure.
      errWriter.println(OutputWriter.stdoutFailed().line());
      code = UserError.OUTPUT;
    }
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  /**
   * Runs {@code body}, keeping even a {@link Error} (an OutOfMemoryError, say) to one line and exit
   * 1: picocli hands only Exceptions to the execution handler and lets Errors escape.
   */
  static int guarded(IntSupplier body, boolean debug, PrintWriter err) {
    try {
      return body.getAsInt();
    } catch (Error e) {
      return failure(e, debug, err);
    }
  }

  /** A usage error is one line too, pointing at the command's help (exit 2). */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr()
        .println(
            "saferstats: "
                + e.getMessage().replaceAll("[\\s.]+$", "")
                + " — see '"
                + name
                + " --help' for the options and examples");
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  private static int failure(Throwable e, boolean debug, PrintWriter err) {
    if (e instanceof UserError u) {
      err.println(u.line());
      if (debug) {
        e.printStackTrace(err);
      }
      return u.exitCode();
    }
    err.println(
        "saferstats: internal error ("
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage())
            + ") — this is a bug; rerun with --debug and report the stack trace");
    if (debug) {
      e.printStackTrace(err);
    }
    return 1;
  }
}
