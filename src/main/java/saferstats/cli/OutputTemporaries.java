package saferstats.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import saferstats.model.UserError;

/**
 * The temporaries and backups of one write, beside its targets, and their removal when the run is
 * stopped. Run as a shutdown hook, {@link #run} deletes those still there (Ctrl-C and SIGTERM run
 * the hooks; the targets keep their old contents) and refuses any made after. A temporary's name
 * carries the process id ({@code .report.json.4242-123.tmp}), so that a later write to the same
 * target removes those a killed run (SIGKILL, power loss) left, and not a running one's.
 */
final class OutputTemporaries implements Runnable {
  /** Left by saferstats before its temporaries carried a process id: stale after this long. */
  static final Duration LEGACY_AGE = Duration.ofHours(1);

  private final Set<Path> live = new LinkedHashSet<>();
  private boolean stopped;

  /** A new empty temporary ({@code suffix} ".tmp") or backup (".bak") beside {@code target}. */
  synchronized Path create(Path target, String suffix) throws IOException {
    refuseWhenStopped(target);
    sweep(target);
    Path p =
        Files.createTempFile(
            target.getParent(),
            "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-",
            suffix);
    live.add(p);
    return p;
  }

  /** A temporary renamed onto its target, or deleted: no longer this write's to remove. */
  synchronized void forget(Path p) {
    live.remove(p);
  }

  /**
   * Throws when the run is being stopped: nothing more is written, renamed or put back. Callers
   * hold this object's lock around each step, so the hook never runs between a step's parts.
   */
  synchronized void refuseWhenStopped(Path target) {
    if (stopped) {
      throw new UserError(
          UserError.OUTPUT,
          "cannot write " + target + ": the run was stopped",
          "run the command again; the file keeps its old contents");
    }
  }

  /** The shutdown hook: deletes every temporary and backup still there. */
  @Override
  public synchronized void run() {
    stopped = true;
    for (Path p : live) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // The JVM is stopping; a later write to the same target sweeps what is left.
      }
    }
    live.clear();
  }

  /**
   * Deletes the temporaries and backups of {@code target} that earlier runs left: those whose
   * process is gone, and ones of the older unnumbered naming once an hour old.
   */
  static void sweep(Path target) {
    String name = target.getFileName().toString();
    Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.(\\d+)-\\d+\\.(tmp|bak)");
    Pattern legacy = Pattern.compile("\\." + Pattern.quote(name) + "-?\\d+\\.(tmp|bak)");
    Instant before = Instant.now().minus(LEGACY_AGE);
    try (DirectoryStream<Path> s =
        Files.newDirectoryStream(target.getParent(), p -> isCandidate(p, name))) {
      for (Path p : s) {
        String n = p.getFileName().toString();
        Matcher m = ours.matcher(n);
        boolean stale =
            m.matches() ? !alive(m.group(1)) : legacy.matcher(n).matches() && olderThan(p, before);
        if (stale && Files.isRegularFile(p)) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException ignored) {
      // Sweeping is tidying: a folder that cannot be listed fails the write itself, more clearly.
    }
  }

  private static boolean isCandidate(Path p, String name) {
    String n = p.getFileName().toString();
    return n.startsWith("." + name) && (n.endsWith(".tmp") || n.endsWith(".bak"));
  }

  private static boolean alive(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static boolean olderThan(Path p, Instant when) throws IOException {
    FileTime t = Files.getLastModifiedTime(p);
    return t.toInstant().isBefore(when);
  }
}
