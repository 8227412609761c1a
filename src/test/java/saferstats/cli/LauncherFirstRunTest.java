package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26.7: the launcher's first run (no jar yet) says how long the build takes and runs Maven so
 * that it writes no ANSI escape codes to stderr (Maven 3.8's jansi writes ESC[0m resets even with
 * -B; jansi.noreset stops them). The real launcher runs in a copy of the repository's shape with a
 * stand-in {@code mvn} that records how it was called and a stand-in {@code java}.
 */
class LauncherFirstRunTest {
  @Test
  void theFirstBuildSaysItsTimeAndRunsMavenWithoutColourResets(@TempDir Path dir)
      throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Path home = dir.resolve("saferstats");
    Files.createDirectories(home.resolve("src/main"));
    Files.writeString(home.resolve("pom.xml"), "");
    Files.writeString(home.resolve("product.pom.xml"), "");
    Path launcher = home.resolve("saferstats");
    Files.copy(Path.of("saferstats"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path called = dir.resolve("mvn-called");
    script(
        bin.resolve("mvn"),
        "printf 'MAVEN_OPTS=%s\\nargs=%s\\n' \"$MAVEN_OPTS\" \"$*\" > '"
            + called
            + "'\nmkdir -p '"
            + home.resolve("target")
            + "' && touch '"
            + home.resolve("target/saferstats.jar")
            + "'");
    script(bin.resolve("java"), "exit 0");
    ProcessBuilder pb = new ProcessBuilder("/bin/bash", launcher.toString(), "--version");
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().remove("MAVEN_OPTS");
    pb.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("err"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err)
        .contains("building the jar")
        .contains("about a minute")
        .doesNotContain("\u001b");
    String mvn = Files.readString(called, StandardCharsets.UTF_8);
    assertThat(mvn).contains("MAVEN_OPTS= -Djansi.noreset=true").containsPattern("args=.*-B ");
  }

  private static void script(Path file, String body) throws IOException {
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    assumeTrue(file.toFile().setExecutable(true), "cannot make " + file + " executable");
  }
}
