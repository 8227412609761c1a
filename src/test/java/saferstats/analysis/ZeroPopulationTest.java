package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * A place whose population row says 0 residents has no rate per 1,000, and the output says why. On
 * the persistent fixture each 12-month window holds 24 Burglary crimes in Testham 001A (E01900001)
 * and 12 in Testham 002B (E01900002). At 48d5c94 the LSOA's rate was n/a with no reason given.
 */
class ZeroPopulationTest {
  private static final String P = Cli.FIXTURES + "persistent";

  private static JsonNode run(String... args) throws Exception {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void anLsoaWithNoResidentsIsNamedWithTheReasonItsRateIsNa(@TempDir Path tmp) throws Exception {
    Path pop =
        Files.writeString(
            tmp.resolve("pop.csv"),
            "code,population,name,year\n"
                + "E01900001,0,Testham 001A,2022\n"
                + "E01900002,1500,Testham 002B,2022\n");
    JsonNode h =
        run("hotspots", P, "--area", "Testham", "--population", pop.toString(), "--format", "json");
    // 002B: 12 crimes * 1000 / 1500 residents = 8.0 per 1,000; 001A: 24 crimes over 0 residents.
    JsonNode lsoas = h.get("lsoas");
    assertThat(lsoas.get(0).get("code").asText()).isEqualTo("E01900001");
    assertThat(lsoas.get(0).get("per1000").isNull()).isTrue();
    assertThat(lsoas.get(1).get("per1000").asDouble()).isEqualTo(8.0);
    assertThat(h.get("notes").toString())
        .contains(
            "Population 0 in "
                + pop
                + " for LSOA E01900001 Testham 001A — no rate per 1,000 (n/a).");
  }

  @Test
  void anAreaWithNoResidentsSaysSo(@TempDir Path tmp) throws Exception {
    Path pop =
        Files.writeString(
            tmp.resolve("pop.csv"),
            "code,population,name,year\n"
                + "E01900001,0,Testham 001A,2022\n"
                + "E01900002,0,Testham 002B,2022\n");
    JsonNode t =
        run("trends", P, "--area", "Testham", "--population", pop.toString(), "--format", "json");
    assertThat(t.get("notes").toString())
        .contains(
            "Population 0 from 2 LSOAs named Testham in " + pop + " — no rate per 1,000 (n/a).");
  }
}
