package saferstats.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.harm.SeverityWeights;
import saferstats.model.UserError;

/**
 * {@code --weights}: a file in the shipped weights' shape, every bad line refused with its line.
 */
class HarmWeightsReaderTest {
  private static final Set<String> KNOWN = Set.of("34B", "8N", "105A");

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("weights.csv"), text);
  }

  private UserError refused(String text) throws IOException {
    Path f = file(text);
    UserError e = catchThrowableOfType(UserError.class, () -> HarmWeightsReader.read(f, KNOWN));
    assertThat(e).as("no error for %s", text).isNotNull();
    assertThat(e.exitCode()).isEqualTo(UserError.INPUT);
    assertThat(e.getMessage()).startsWith(f.toString());
    return e;
  }

  @Test
  void readsCodeAndWeightAndTheDaysOfACrimeHarmIndex() throws IOException {
    SeverityWeights w = HarmWeightsReader.read(file("code,weight\n34B,800\n8N,189.5\n"), KNOWN);
    assertThat(w.byCode()).containsEntry("34B", 800.0).containsEntry("8N", 189.5).hasSize(2);
    assertThat(w.name()).endsWith("weights.csv");
    SeverityWeights days =
        HarmWeightsReader.read(file("\uFEFFOffence Code,Offence,Days\n105A,Assault,10\n"), KNOWN);
    assertThat(days.of("105A")).isEqualTo(10.0);
  }

  @Test
  void anUnknownOffenceCodeNamesItsLine() throws IOException {
    // Line 1 is the header: the unknown code is on line 3.
    assertThat(refused("code,weight\n34B,800\nXX9,5\n").getMessage())
        .contains("line 3")
        .contains("unknown offence code 'XX9'");
  }

  @Test
  void aNegativeWeightNamesItsLine() throws IOException {
    assertThat(refused("code,weight\n34B,-1\n").getMessage())
        .contains("line 2")
        .contains("negative");
  }

  @Test
  void aWeightThatIsNotANumberNamesItsLine() throws IOException {
    assertThat(refused("code,weight\n34B,800\n8N,high\n").getMessage())
        .contains("line 3")
        .contains("not a number: 'high'");
  }

  @Test
  void aMissingColumnNamesTheHeaderLine() throws IOException {
    assertThat(refused("code,offence\n34B,Robbery\n").getMessage())
        .contains("line 1")
        .contains("no weight column");
  }

  @Test
  void aLineWithoutTheWeightFieldAndACodeGivenTwiceAreRefused() throws IOException {
    assertThat(refused("code,weight\n34B\n").getMessage()).contains("line 2");
    assertThat(refused("code,weight\n34B,1\n34B,2\n").getMessage())
        .contains("line 3")
        .contains("twice");
  }
}
