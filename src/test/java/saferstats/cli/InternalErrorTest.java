package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** SPEC 6: even a java.lang.Error is one line and exit 1, its stack trace only with --debug. */
class InternalErrorTest {
  private static final String HEAP = "Java heap space";

  private static String run(boolean debug, int[] code) {
    StringWriter text = new StringWriter();
    code[0] =
        Main.guarded(
            () -> {
              throw new OutOfMemoryError(HEAP);
            },
            debug,
            new PrintWriter(text, true));
    return text.toString();
  }

  @Test
  void anOutOfMemoryErrorIsOneLineAndExitOne() {
    int[] code = new int[1];
    String err = run(false, code);
    assertThat(code[0]).isEqualTo(1);
    assertThat(err.lines())
        .containsExactly(
            "saferstats: internal error (OutOfMemoryError: Java heap space) — this is a bug; rerun"
                + " with --debug and report the stack trace");
  }

  @Test
  void withDebugTheStackTraceFollowsTheLine() {
    int[] code = new int[1];
    String err = run(true, code);
    assertThat(code[0]).isEqualTo(1);
    assertThat(err.lines().count()).isGreaterThan(2);
    assertThat(err).contains("at saferstats.cli.InternalErrorTest");
  }

  @Test
  void aNormalRunPassesItsExitCodeThrough() {
    assertThat(Main.guarded(() -> 4, false, new PrintWriter(new StringWriter()))).isEqualTo(4);
  }
}
