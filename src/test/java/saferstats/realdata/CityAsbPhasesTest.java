package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * The real City of London ASB (36 months, 2021-09..2024-08): its chart gets a second phase from
 * 2023-03, where the step down found on the one-phase chart starts (18 months after it, 2023-03..
 * 2024-08, at least 12), and its verdict names the step and the two abrupt months before it says
 * "significant" (SPEC 4.6). The ASB counts of each phase (police.uk, worked outside the tool):
 * 2021-09..2023-02 sum to 1,291 over 18 months, mean 71.72; 2023-03..2024-08 sum to 487, mean
 * 27.06. Violence and sexual offences gets a phase at the May 2023 counting-rule change.
 */
@Tag("real-data")
class CityAsbPhasesTest {
  @Test
  void asbsChartHasASecondPhaseFromTheStepAndItsVerdictNamesTheStepFirst() throws Exception {
    String dir = RealData.folder("police-uk/city-of-london").toString();
    JsonNode t = Cli.json("trends", dir, "--area", "City of London");
    assertThat(t.get("schemaVersion").asInt()).isEqualTo(2);
    JsonNode asb = named(t, "Anti-social behaviour");
    JsonNode phases = asb.get("control").get("phases");
    assertThat(phases).hasSize(2);
    assertThat(phases.get(0).get("from").asText()).isEqualTo("2021-09");
    assertThat(phases.get(0).get("to").asText()).isEqualTo("2023-02");
    assertThat(phases.get(0).get("mean").asDouble()).isCloseTo(1291.0 / 18, within(1e-9));
    assertThat(phases.get(1).get("from").asText()).isEqualTo("2023-03");
    assertThat(phases.get(1).get("reason").asText()).isEqualTo("step-down");
    assertThat(phases.get(1).get("n").asInt()).isEqualTo(18);
    assertThat(phases.get(1).get("mean").asDouble()).isCloseTo(487.0 / 18, within(1e-9));
    assertThat(asb.get("control").get("mean").asDouble()).isCloseTo(487.0 / 18, within(1e-9));
    JsonNode vso = named(t, "Violence and sexual offences").get("control").get("phases");
    assertThat(vso.get(1).get("from").asText()).isEqualTo("2023-05");
    assertThat(vso.get(1).get("reason").asText()).isEqualTo("known-break");

    JsonNode q = Cli.json("quarterly", dir, "--area", "City of London");
    String sentence = named(q, "Anti-social behaviour").get("sentence").asText();
    assertThat(sentence)
        .startsWith(
            "Anti-social behaviour was 48% lower in the 12 months to August 2024 (328 vs 626) after"
                + " a step down from 2023-03, cause unknown (2023-08 and 2023-09 at 3 and 4 against"
                + " a usual 54 and 48); a shift in level, not a trend, though the test finds a"
                + " statistically significant decrease");
    assertThat(sentence.indexOf("step down")).isLessThan(sentence.indexOf("significant"));
    assertThat(named(q, "Violence and sexual offences").get("sentence").asText())
        .contains(
            "across the May 2023 counting-rule change (2023-05: it lowers counts from then on; with"
                + " all of the current and 4 of the previous 12 months after it, the rise is if"
                + " anything understated); a statistically significant increase");
  }

  private static JsonNode named(JsonNode report, String name) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no " + name);
  }
}
