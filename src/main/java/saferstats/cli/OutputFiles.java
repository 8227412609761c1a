package saferstats.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import saferstats.model.UserError;

/**
 * Writes a run's output files whole or not at all: each regular file through a temporary in its own
 * folder, every temporary written before any rename, and the renamed files restored when a later
 * one fails. What is not a regular file (a device, a named pipe) is written directly: a rename
 * would replace it with a file.
 */
final class OutputFiles {
  /** One file to write, as the user named it: its bytes. */
  record Target(Path path, byte[] bytes) {
    /** A text file, in UTF-8. */
    Target(Path path, String text) {
      this(path, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Moves a temporary over its target; a seam for tests that make a rename fail. */
  interface Renamer {
    void rename(Path from, Path to) throws IOException;
  }

  /**
   * Registers the cleanup of a write's temporaries to run if the JVM stops mid-write; returns what
   * unregisters it. A seam for tests, which call the cleanup themselves.
   */
  interface Hooks {
    Runnable add(Runnable cleanup);
  }

  /** A target made ready: its real path, and its temporary (null when written directly). */
  private static final class Staged {
    final Target target;
    final Path real;
    Path temporary;
    Path backup;
    boolean renamed;

    Staged(Target target, Path real) {
      this.target = target;
      this.real = real;
    }
  }

  private final Renamer renamer;
  private final Hooks hooks;

  OutputFiles(Renamer renamer) {
    this(renamer, OutputFiles::shutdownHook);
  }

  OutputFiles(Renamer renamer, Hooks hooks) {
    this.renamer = renamer;
    this.hooks = hooks;
  }

  void write(List<Target> targets) {
    refuseTwice(targets);
    OutputTemporaries temps = new OutputTemporaries();
    Runnable unhook = hooks.add(temps);
    List<Staged> staged = new ArrayList<>();
    try {
      for (Target t : targets) {
        staged.add(stage(t, temps));
      }
      commit(staged, staged.size() > 1, temps);
    } finally {
      staged.forEach(s -> deleteQuietly(s.temporary, s.backup));
      unhook.run();
    }
  }

  /**
   * Ctrl-C or SIGTERM mid-write runs {@code cleanup} as the JVM stops, so no half-written temporary
   * is left beside the targets (SIGKILL runs nothing: the next write sweeps those).
   */
  private static Runnable shutdownHook(Runnable cleanup) {
    Thread hook = new Thread(cleanup, "saferstats-output-cleanup");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException stopping) {
      cleanup.run();
      return () -> {};
    }
    return () -> {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException stopping) {
        // The JVM is stopping and runs the hook itself.
      }
    };
  }

  /**
   * Two targets naming one file (--output inside the --charts folder under a chart's name) would
   * leave only the last: refused before anything is written. The commands refuse the clashes they
   * can see before reading (OutputClashes); this catches those known only once drawn.
   */
  private static void refuseTwice(List<Target> targets) {
    Set<Path> seen = new HashSet<>();
    for (Target t : targets) {
      Path real;
      try {
        real = OutputPaths.resolve(t.path()).normalize();
      } catch (IOException e) {
        throw failed(t.path(), e);
      }
      if (!seen.add(real)) {
        throw UserError.usage(
            "two outputs of this run are the same file, " + t.path(),
            "give --output a name outside the --charts folder, or another name");
      }
    }
  }

  private static Staged stage(Target t, OutputTemporaries temps) {
    Staged s;
    try {
      s = new Staged(t, OutputPaths.resolve(t.path()));
    } catch (IOException e) {
      throw failed(t.path(), e);
    }
    checkPlace(t.path(), s.real);
    if (Files.exists(s.real) && !Files.isRegularFile(s.real)) {
      return s;
    }
    try {
      Set<PosixFilePermission> permissions = OutputPaths.permissionsFor(s.real);
      s.temporary = temps.create(s.real, ".tmp");
      // Never CREATE: a temporary a stop has deleted must not come back through this write.
      Files.write(
          s.temporary, t.bytes(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      if (permissions != null) {
        Files.setPosixFilePermissions(s.temporary, permissions);
      }
      return s;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(s.temporary);
      if (s.temporary == null && e instanceof IOException && Files.isRegularFile(s.real)) {
        throw cannotReplace(t.path(), s.real, (IOException) e);
      }
      throw failed(t.path(), e);
    }
  }

  /**
   * The file exists, but no file can be made beside it to replace it whole (/proc/version: the
   * folder takes no new files). The folder's own error ("no such file or folder") would say the
   * file is missing, which the user can see it is not.
   */
  private static UserError cannotReplace(Path user, Path real, IOException e) {
    return new UserError(
        UserError.OUTPUT,
        "cannot write "
            + user
            + ": it exists but cannot be written (its folder "
            + real.getParent()
            + " takes no new file, which replacing it whole needs: "
            + reason(e)
            + ")",
        "choose a path in a folder you can write to",
        e);
  }

  private static void checkPlace(Path user, Path real) {
    if (Files.isDirectory(real)) {
      throw new UserError(
          UserError.OUTPUT,
          "cannot write " + user + ": it is a folder",
          "give a file name, e.g. " + user.resolve("report.txt"));
    }
    if (!Files.isDirectory(real.getParent())) {
      throw new UserError(
          UserError.OUTPUT,
          "cannot write " + user + ": folder " + real.getParent() + " does not exist",
          "create the folder or choose another path");
    }
  }

  /**
   * Renames the temporaries, then writes the direct targets; on a failure, puts back what the
   * renames replaced. Backups are kept only when there is something after a rename to fail.
   */
  private void commit(List<Staged> staged, boolean keepBackups, OutputTemporaries temps) {
    // Under the temporaries' lock: a stop waits for the renames, so it never leaves half a set.
    synchronized (temps) {
      temps.refuseWhenStopped(staged.isEmpty() ? null : staged.get(0).target.path());
      commitLocked(staged, keepBackups, temps);
    }
  }

  private void commitLocked(List<Staged> staged, boolean keepBackups, OutputTemporaries temps) {
    Staged current = null;
    try {
      for (Staged s : staged) {
        current = s;
        if (s.temporary != null && keepBackups && Files.isRegularFile(s.real)) {
          s.backup = temps.create(s.real, ".bak");
          Files.copy(
              s.real,
              s.backup,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
      for (Staged s : staged) {
        current = s;
        if (s.temporary != null) {
          renamer.rename(s.temporary, s.real);
          temps.forget(s.temporary);
          s.temporary = null;
          s.renamed = true;
        }
      }
      for (Staged s : staged) {
        current = s;
        if (s.temporary == null && !s.renamed) {
          Files.write(s.real, s.target.bytes(), StandardOpenOption.WRITE);
        }
      }
    } catch (IOException | RuntimeException e) {
      restore(staged);
      throw failed(current.target.path(), e);
    }
  }

  /** Puts back each replaced file from its backup; removes each file that did not exist. */
  private void restore(List<Staged> staged) {
    for (Staged s : staged) {
      if (!s.renamed) {
        continue;
      }
      try {
        if (s.backup != null) {
          rename(s.backup, s.real);
          s.backup = null;
        } else {
          Files.deleteIfExists(s.real);
        }
      } catch (IOException ignored) {
        // Already failing; the first error is the one to report.
      }
    }
  }

  static void rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The error names the user's path and the reason, never a temporary's name. */
  private static UserError failed(Path user, Exception e) {
    return new UserError(
        UserError.OUTPUT,
        "cannot write " + user + ": " + reason(e),
        "check the folder exists, is writable and has room",
        e);
  }

  private static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static void deleteQuietly(Path... paths) {
    for (Path p : paths) {
      if (p != null) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // Nothing more to do: the targets are as they were or as they should be.
        }
      }
    }
  }
}
