package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A line on stderr for a stage that outlasts the delay, and none for a quick one. */
class StagesTest {
  @Test
  void aSlowStageIsSaidWhileItRunsAndAQuickOneIsNot() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Stages stages = new Stages(true, err, 50)) {
      assertThat(stages.run("quick", () -> 1)).isEqualTo(1);
      stages.run(
          "ranking places",
          () -> {
            sleep(400);
            return 2;
          });
    }
    String said = bytes.toString(StandardCharsets.UTF_8);
    assertThat(said).doesNotContain("quick");
    assertThat(said.lines().toList()).hasSize(2);
    assertThat(said.lines().toList().get(0)).isEqualTo("saferstats: ranking places…");
    assertThat(said.lines().toList().get(1))
        .matches("saferstats: ranking places done in 0\\.\\d s");
  }

  @Test
  void quietSaysNothing() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Stages stages =
        new Stages(false, new PrintStream(bytes, true, StandardCharsets.UTF_8), 0)) {
      stages.run(
          "reading",
          () -> {
            sleep(100);
            return 0;
          });
    }
    assertThat(bytes.size()).isZero();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
