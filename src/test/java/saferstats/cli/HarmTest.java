package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.harm.HarmBasis;

/** Harm in trends on sample-data (Met street rows for Harrow), shipped weights and --weights. */
class HarmTest {
  /** The Crime Severity Score of both robbery codes (34A, 34B): any mix averages to it. */
  private static final double ROBBERY_CSS = 799.6288702;

  @TempDir Path dir;

  private static JsonNode harm(JsonNode report, String priority) {
    return Cli.priority(report, priority).get("harm");
  }

  @Test
  void everyPriorityCarriesItsHarmFromTheShippedWeights() {
    JsonNode r = Cli.json("trends", "sample-data", "--area", "Harrow");
    JsonNode robbery = harm(r, "Robbery");
    long crimes = Cli.priority(r, "Robbery").at("/windows/current12/count").asLong();
    assertThat(robbery.get("weights").asText()).isEqualTo("ons-css");
    assertThat(robbery.get("force").asText()).isEqualTo("Metropolitan Police");
    assertThat(robbery.get("year").asText()).isEqualTo("2019/20");
    assertThat(robbery.get("crimes").asLong()).isEqualTo(crimes);
    assertThat(robbery.get("averageWeight").asDouble()).isEqualTo(799.63);
    assertThat(robbery.get("harm").asDouble()).isCloseTo(crimes * ROBBERY_CSS, within(0.05));
    // The 13 crime types split the area's crime: their shares each add up to 1 (4 dp rounding).
    double harmShares = 0;
    double volumeShares = 0;
    for (JsonNode p : r.get("priorities")) {
      if (!p.get("name").asText().equals("Anti-social behaviour")) {
        harmShares += p.at("/harm/harmShare").asDouble();
        volumeShares += p.at("/harm/volumeShare").asDouble();
      }
    }
    assertThat(harmShares).isCloseTo(1.0, within(0.001));
    assertThat(volumeShares).isCloseTo(1.0, within(0.001));
    JsonNode asb = harm(r, "Anti-social behaviour");
    assertThat(asb.get("harm").isNull()).isTrue();
    assertThat(asb.get("reason").asText()).contains("shown by volume");
    assertThat(harm(r, "Violence and sexual offences").get("flags").toString())
        .contains("known-break");
    assertThat(r.get("notes").toString())
        .contains("an approximation")
        .contains("Open Government Licence v3.0");
  }

  @Test
  void weightsOfOneEverywhereMakeHarmTheCountAndTheSharesEqual() throws IOException {
    Path ones =
        Files.writeString(
            dir.resolve("ones.csv"),
            "code,weight\n"
                + HarmBasis.shipped().codes().all().stream()
                    .map(c -> c + ",1\n")
                    .collect(Collectors.joining()));
    JsonNode r =
        Cli.json("trends", "sample-data", "--area", "Harrow", "--weights", ones.toString());
    JsonNode burglary = harm(r, "Burglary");
    assertThat(burglary.get("weights").asText()).isEqualTo(ones.toString());
    assertThat(burglary.get("averageWeight").asDouble()).isEqualTo(1.0);
    assertThat(burglary.get("harm").asDouble()).isEqualTo(burglary.get("crimes").asDouble());
    assertThat(burglary.get("harmShare").asDouble())
        .isEqualTo(burglary.get("volumeShare").asDouble());
  }

  @Test
  void aFileWeighingOnlyShopliftingGivesItAllTheHarmItCanWeigh() throws IOException {
    Path shop = Files.writeString(dir.resolve("shop.csv"), "code,days\n46,10\n");
    JsonNode r =
        Cli.json("trends", "sample-data", "--area", "Harrow", "--weights", shop.toString());
    // Shoplifting: crimes × 10; the only weighted crime, so the area's harm is its own: share 1.
    JsonNode shoplifting = harm(r, "Shoplifting");
    assertThat(shoplifting.get("averageWeight").asDouble()).isEqualTo(10.0);
    assertThat(shoplifting.get("harmShare").asDouble()).isEqualTo(1.0);
    JsonNode burglary = harm(r, "Burglary");
    assertThat(burglary.get("harm").isNull()).isTrue();
    assertThat(burglary.get("reason").asText()).contains("none of its offence codes has a weight");
  }

  @Test
  void aBadWeightsFileIsOneLineExitThreeAndNothingWritten() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "code,weight\n46,10\n8N,-3\n");
    Path out = dir.resolve("out.json");
    Cli r =
        Cli.run(
            "trends",
            "sample-data",
            "--area",
            "Harrow",
            "--weights",
            bad.toString(),
            "--format",
            "json",
            "--output",
            out.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("saferstats: " + bad + ", line 3:").contains("negative");
    assertThat(out).doesNotExist();
    Cli unknown =
        Cli.run(
            "report",
            "sample-data",
            "--area",
            "Harrow",
            "--weights",
            Files.writeString(dir.resolve("unknown.csv"), "code,weight\nZZ,1\n").toString(),
            "--output",
            out.toString());
    assertThat(unknown.exit()).isEqualTo(3);
    assertThat(unknown.err()).contains("line 2: unknown offence code 'ZZ'");
    assertThat(out).doesNotExist();
  }
}
