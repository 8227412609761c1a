package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.model.UserError;

/**
 * A run stopped mid-write (Ctrl-C, SIGTERM) leaves no temporary beside its outputs, which keep
 * their old contents; one killed outright (SIGKILL) leaves temporaries that the next write to the
 * same output removes. At 48d5c94 an interrupted run left a half-written {@code .NAME<digits>.tmp}
 * for good. A test cannot send itself SIGINT: these call the hook's Runnable as the JVM would.
 */
class OutputTemporariesTest {
  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theHookDeletesEveryTemporaryStillThereAndRefusesNewOnes(@TempDir Path dir)
      throws IOException {
    OutputTemporaries temps = new OutputTemporaries();
    Path report = dir.resolve("report.json");
    Path a = temps.create(report, ".tmp");
    Path b = temps.create(dir.resolve("cells.geojson"), ".bak");
    Files.write(a, new byte[1 << 20]);
    Files.writeString(b, "backup");
    assertThat(a.getFileName().toString())
        .startsWith(".report.json." + ProcessHandle.current().pid() + "-")
        .endsWith(".tmp");
    temps.run();
    assertThat(names(dir)).isEmpty();
    assertThatThrownBy(() -> temps.create(report, ".tmp"))
        .isInstanceOfSatisfying(
            UserError.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo("cannot write " + report + ": the run was stopped"));
    assertThat(names(dir)).isEmpty();
  }

  @Test
  void aStopAsTheWriteBeginsWritesNothingAndKeepsTheOldOutput(@TempDir Path dir)
      throws IOException {
    Path report = Files.writeString(dir.resolve("report.json"), "old report");
    OutputFiles files =
        new OutputFiles(
            OutputFiles::rename,
            cleanup -> {
              cleanup.run(); // the signal arrives as soon as the hook is in place
              return () -> {};
            });
    assertThatThrownBy(() -> files.write(List.of(new OutputFiles.Target(report, "new report"))))
        .isInstanceOf(UserError.class);
    assertThat(Files.readString(report)).isEqualTo("old report");
    assertThat(names(dir)).containsExactly("report.json");
  }

  @Test
  void aStopDuringTheRenamesWaitsForThemSoTheSetIsWholeAndNothingIsLeft(@TempDir Path dir)
      throws Exception {
    Path report = Files.writeString(dir.resolve("report.json"), "old report");
    Path cells = Files.writeString(dir.resolve("cells.geojson"), "old cells");
    AtomicReference<Runnable> hook = new AtomicReference<>();
    AtomicReference<Thread> stopping = new AtomicReference<>();
    AtomicInteger added = new AtomicInteger();
    AtomicInteger removed = new AtomicInteger();
    OutputFiles files =
        new OutputFiles(
            (from, to) -> {
              if (stopping.get() == null) {
                // SIGINT between the two renames: the JVM runs the hook on its own thread.
                Thread t = new Thread(hook.get());
                stopping.set(t);
                t.start();
                try {
                  t.join(300);
                } catch (InterruptedException e) {
                  throw new java.io.InterruptedIOException();
                }
                assertThat(t.isAlive()).as("the hook waits for the renames").isTrue();
              }
              OutputFiles.rename(from, to);
            },
            cleanup -> {
              hook.set(cleanup);
              added.incrementAndGet();
              return removed::incrementAndGet;
            });
    files.write(
        List.of(
            new OutputFiles.Target(report, "new report"),
            new OutputFiles.Target(cells, "new cells")));
    stopping.get().join(5_000);
    assertThat(stopping.get().isAlive()).isFalse();
    assertThat(Files.readString(report)).isEqualTo("new report");
    assertThat(Files.readString(cells)).isEqualTo("new cells");
    assertThat(names(dir)).containsExactly("cells.geojson", "report.json");
    assertThat(List.of(added.get(), removed.get())).containsExactly(1, 1);
  }

  @Test
  void theNextWriteSweepsWhatAKilledRunLeftButNotARunningOnes(@TempDir Path dir) throws Exception {
    Process done = new ProcessBuilder("true").start();
    done.waitFor();
    long dead = done.pid();
    long running = ProcessHandle.current().pid();
    Path report = Files.writeString(dir.resolve("report.json"), "old report");
    Path killed = Files.writeString(dir.resolve(".report.json." + dead + "-11.tmp"), "half");
    Path killedBackup = Files.writeString(dir.resolve(".report.json." + dead + "-12.bak"), "old");
    Path another = Files.writeString(dir.resolve(".report.json." + running + "-13.tmp"), "busy");
    // As 48d5c94 named them: removed once an hour old, kept while they may be a running write's.
    Path legacyOld = Files.writeString(dir.resolve(".report.json3278874294347188445.tmp"), "half");
    Files.setLastModifiedTime(legacyOld, FileTime.from(Instant.now().minusSeconds(2 * 3600)));
    Path legacyNew = Files.writeString(dir.resolve(".report.json4278874294347188445.tmp"), "half");
    Path otherTarget = Files.writeString(dir.resolve(".other.json." + dead + "-14.tmp"), "x");

    OutputWriter.writeFiles(List.of(new OutputFiles.Target(report, "new report")));

    assertThat(Files.readString(report)).isEqualTo("new report");
    assertThat(killed).doesNotExist();
    assertThat(killedBackup).doesNotExist();
    assertThat(legacyOld).doesNotExist();
    assertThat(another).exists();
    assertThat(legacyNew).exists();
    assertThat(otherTarget).exists();
  }
}
