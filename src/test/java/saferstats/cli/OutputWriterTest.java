package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.model.UserError;

/** Output is written whole, where the user asked, or the run fails with exit 5. */
class OutputWriterTest {
  /** A stream whose every write fails, as on a full disk or {@code > /dev/full}. */
  private static final class FullStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void aFailedWriteToStandardOutputIsAnOutputError() {
    PrintWriter out = new PrintWriter(new FullStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OutputWriter.write("report\n", null, out))
        .isInstanceOfSatisfying(
            UserError.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(5);
              assertThat(e.line()).startsWith("saferstats: cannot write to standard output — ");
            });
  }

  @Test
  void aRunWhoseStandardOutputFailsExits5WithOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {"inspect", Cli.FIXTURES + "windows"},
            new PrintStream(new FullStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(5);
    assertThat(err.toString(StandardCharsets.UTF_8).lines())
        .containsExactly(
            "saferstats: cannot write to standard output — the disk it goes to may be full, or"
                + " the program reading it stopped early (as | head does); write with --output FILE"
                + " to keep the report whole");
  }

  @Test
  void aSymlinkedOutputStaysALinkAndItsTargetIsUpdated(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));
    OutputWriter.write("new", link, null);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsOnly("real.txt", "link.txt");
    }
  }

  @Test
  void aNamedPipeIsWrittenDirectlyNotReplaced(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeThat(made).as("mkfifo is available").isTrue();
    CompletableFuture<String> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    OutputWriter.write("through the pipe\n", fifo, null);
    assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
    assertThat(Files.exists(fifo)).isTrue();
    assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
  }

  @Test
  void aDeviceThatFailsIsAnOutputErrorAndStaysADevice() {
    Path full = Path.of("/dev/full");
    assumeThat(Files.exists(full) && !Files.isRegularFile(full)).isTrue();
    assertThatThrownBy(() -> OutputWriter.write("x", full, null))
        .isInstanceOfSatisfying(
            UserError.class,
            e -> assertThat(e.line()).startsWith("saferstats: cannot write /dev/full: "));
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void aNewFileGetsTheUmaskPermissionsNotThoseOfATemporary(@TempDir Path dir) throws IOException {
    // What any new file gets here: 0666 masked by the umask (0644 under umask 022).
    String usual =
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe"))));
    assumeThat(usual).as("a umask that differs from a temporary's 0600").isNotEqualTo("rw-------");
    Path out = dir.resolve("report.txt");
    OutputWriter.write("x", out, null);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo(usual);
  }

  @Test
  void aReplacedFileKeepsItsOwnMode(@TempDir Path dir) throws IOException {
    Path out = Files.writeString(dir.resolve("report.txt"), "old");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
    OutputWriter.write("new", out, null);
    assertThat(Files.readString(out)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void whenTheSecondRenameFailsTheFirstTargetIsAsItWas(@TempDir Path dir) throws IOException {
    Path report = Files.writeString(dir.resolve("report.json"), "old report");
    Path cells = Files.writeString(dir.resolve("cells.geojson"), "old cells");
    AtomicInteger renames = new AtomicInteger();
    OutputFiles files =
        new OutputFiles(
            (from, to) -> {
              if (renames.incrementAndGet() == 2) {
                throw new IOException(to + ": disk quota exceeded");
              }
              OutputFiles.rename(from, to);
            });
    assertThatThrownBy(
            () ->
                files.write(
                    List.of(
                        new OutputFiles.Target(report, "new report"),
                        new OutputFiles.Target(cells, "new cells"))))
        .isInstanceOfSatisfying(
            UserError.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(5);
              assertThat(e.getMessage()).startsWith("cannot write " + cells + ": ");
            });
    assertThat(Files.readString(report)).isEqualTo("old report");
    assertThat(Files.readString(cells)).isEqualTo("old cells");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no temporaries or backups left")
          .containsOnly("report.json", "cells.geojson");
    }
  }

  @Test
  void aFileThatExistsButCannotBeWrittenIsSaidToExist() {
    // /proc/version exists and is a regular file, and no file can be made in /proc (ENOENT, even
    // for root): at 48d5c94 the message said "no such file or folder" about a file that is there.
    Path version = Path.of("/proc/version");
    assumeThat(Files.isRegularFile(version)).as("a Linux /proc").isTrue();
    Cli r = Cli.run("categories", "--output", version.toString());
    assertThat(r.exit()).isEqualTo(UserError.OUTPUT);
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .startsWith("saferstats: cannot write /proc/version: it exists but cannot be written")
        .contains("its folder /proc takes no new file")
        .endsWith("— choose a path in a folder you can write to");
  }

  @Test
  void anErrorNamesTheUsersPathNotATemporary(@TempDir Path dir) throws IOException {
    Path ro = Files.createDirectory(dir.resolve("ro"));
    Path out = ro.resolve("report.txt");
    // A rename that fails as a full disk would: the message must not name the temporary.
    OutputFiles files =
        new OutputFiles(
            (from, to) -> {
              throw new java.nio.file.FileSystemException(
                  from.toString(), to.toString(), "No space left on device");
            });
    assertThatThrownBy(() -> files.write(List.of(new OutputFiles.Target(out, "x"))))
        .isInstanceOfSatisfying(
            UserError.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo("cannot write " + out + ": No space left on device")
                    .doesNotContain(".tmp"));
    try (var left = Files.list(ro)) {
      assertThat(left).isEmpty();
    }
  }
}
