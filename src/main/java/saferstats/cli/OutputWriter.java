package saferstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import saferstats.model.UserError;

/** Writes a report to stdout, or to files whole: every temporary first, then the renames. */
final class OutputWriter {
  private OutputWriter() {}

  /** Writes {@code text} to {@code output}, or to {@code stdout} when there is no output file. */
  static void write(String text, Path output, PrintWriter stdout) {
    if (output == null) {
      toStdout(text, stdout);
    } else {
      writeFiles(List.of(new OutputFiles.Target(output, text)));
    }
  }

  /** Writes several files as one: either all of them are replaced or none is. */
  static void writeFiles(List<OutputFiles.Target> targets) {
    new OutputFiles(OutputFiles::rename).write(targets);
  }

  /**
   * A PrintWriter swallows write errors (a full disk under {@code > report.json}, {@code >
   * /dev/full}), so ask it: exiting 0 having written nothing would fool the script that called us.
   */
  static void toStdout(String text, PrintWriter stdout) {
    stdout.print(text);
    if (stdout.checkError()) {
      throw stdoutFailed();
    }
  }

  static UserError stdoutFailed() {
    return new UserError(
        UserError.OUTPUT,
        "cannot write to standard output",
        "the disk it goes to may be full, or the program reading it stopped early (as | head does);"
            + " write with --output FILE to keep the report whole");
  }
}
