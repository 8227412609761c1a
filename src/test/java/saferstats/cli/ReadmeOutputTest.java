package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 26.3: the README's "Real output" is the command's real output, not a copy that drifts. Each
 * block after a {@code <!-- real-output: COMMAND -->} line is compared with {@code saferstats
 * COMMAND} run on the repository's sample data. Regenerate on purpose only: {@code mvn test -pl
 * product.pom.xml -Dtest=ReadmeOutputTest -Dsaferstats.updateReadme=true}, then read the diff.
 */
class ReadmeOutputTest {
  private static final Path README = Path.of("README.md");
  private static final Pattern BLOCK =
      Pattern.compile("<!-- real-output: (.+?) -->\n```text\n(.*?)```\n", Pattern.DOTALL);

  @Test
  void everyRealOutputBlockIsWhatTheCommandPrints() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(readme);
    StringBuilder updated = new StringBuilder();
    List<String> commands = new ArrayList<>();
    while (m.find()) {
      String command = m.group(1);
      commands.add(command);
      Cli r = Cli.cached((command + " --quiet").split(" "));
      assertThat(r.exit()).as(command + ": " + r.err()).isZero();
      FittedWidthTest.assertWithin(r.out(), command);
      if (Boolean.getBoolean("saferstats.updateReadme")) {
        String block = "<!-- real-output: " + command + " -->\n```text\n" + r.out() + "```\n";
        m.appendReplacement(updated, Matcher.quoteReplacement(block));
      } else {
        assertThat(m.group(2)).as("README block for: " + command).isEqualTo(r.out());
      }
    }
    assertThat(commands).as("real-output blocks in README.md").isNotEmpty();
    if (Boolean.getBoolean("saferstats.updateReadme")) {
      m.appendTail(updated);
      Files.writeString(README, updated.toString(), StandardCharsets.UTF_8);
    }
  }
}
