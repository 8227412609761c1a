package saferstats.cli;

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
    this.enabled = enabled && System.console() != null && totalBytes > 0;
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
