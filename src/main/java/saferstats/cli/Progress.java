package saferstats.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr that appears only when reading takes over a second and stderr is a
 * terminal; otherwise it only counts.
 */
final class Progress implements LongConsumer, AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;

  private final long total;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile ProgressBar bar;

  Progress(long totalBytes, boolean enabled) {
    this.total = totalBytes;
    this.enabled = enabled && stderrIsTerminal() && totalBytes > 0;
  }

  /**
   * Java cannot ask whether stderr is a terminal; on Linux /proc says where fd 2 points, elsewhere
   * a console (stdin and stdout both terminals) is the best sign there is.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  @Override
  public void accept(long bytes) {
    long now = done.addAndGet(bytes);
    if (!enabled) {
      return;
    }
    if (bar == null && System.nanoTime() - start > DELAY_NANOS) {
      startBar();
    }
    ProgressBar b = bar;
    if (b != null) {
      b.stepTo(Math.min(now, total));
    }
  }

  private synchronized void startBar() {
    if (bar == null) {
      bar =
          new ProgressBarBuilder()
              .setTaskName("Reading")
              .setInitialMax(total)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" MB", 1 << 20)
              .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
              .clearDisplayOnFinish()
              .build();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
