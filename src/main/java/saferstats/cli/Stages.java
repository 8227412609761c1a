package saferstats.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Timer;
import java.util.TimerTask;
import java.util.function.Supplier;

/**
 * One line on stderr for each stage of a long command that takes over a second, said when the
 * second has passed ("saferstats: ranking places for 31 priorities…") so that a run never sits
 * silent; a stage done sooner prints nothing. Off with --quiet.
 */
final class Stages implements AutoCloseable {
  static final long DELAY_MILLIS = 1_000;

  private final boolean enabled;
  private final PrintStream err;
  private final long delayMillis;
  private Timer timer;

  Stages(boolean enabled, PrintStream err, long delayMillis) {
    this.enabled = enabled;
    this.err = err;
    this.delayMillis = delayMillis;
  }

  Stages(boolean enabled) {
    this(enabled, System.err, DELAY_MILLIS);
  }

  /** Runs {@code work}, saying {@code what} on stderr if it is still running after the delay. */
  <T> T run(String what, Supplier<T> work) {
    if (!enabled) {
      return work.get();
    }
    if (timer == null) {
      timer = new Timer("saferstats-stages", true);
    }
    long start = System.nanoTime();
    // Both under err's lock, so the line "…" can never come after the line "done".
    boolean[] saidDone = new boolean[2];
    TimerTask say =
        new TimerTask() {
          @Override
          public void run() {
            synchronized (err) {
              if (!saidDone[1]) {
                saidDone[0] = true;
                err.println("saferstats: " + what + "…");
                err.flush();
              }
            }
          }
        };
    timer.schedule(say, delayMillis);
    try {
      return work.get();
    } finally {
      say.cancel();
      synchronized (err) {
        saidDone[1] = true;
        if (saidDone[0]) {
          err.println(
              String.format(
                  Locale.UK,
                  "saferstats: %s done in %.1f s",
                  what,
                  (System.nanoTime() - start) / 1e9));
          err.flush();
        }
      }
    }
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.cancel();
    }
  }
}
