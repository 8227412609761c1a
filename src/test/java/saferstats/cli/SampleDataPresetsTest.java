package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every preset on every kind of sample input: police.uk street files, the MPS borough tables and
 * the MPS ward table. Expected MPS figures are the generator's own tally of its crimes, printed in
 * sample-data/README.md ("Harrow, generation 3 borough file, 2023-07 .. 2024-06, per major
 * category"), which the reader never sees.
 */
class SampleDataPresetsTest {
  private static final List<List<String>> INPUTS =
      List.of(
          List.of("sample-data", "--area", "Harrow"),
          List.of("sample-data/mps/borough", "--area", "Harrow"),
          List.of("sample-data/mps/ward", "--area", "E05013545"));

  @ParameterizedTest
  @ValueSource(
      strings = {"source", "police-uk", "mopac7", "london-2019", "csp-2023", "serious-violence"})
  void everyPresetRunsOnPoliceUkAndMpsSampleInputs(String preset) throws Exception {
    for (List<String> input : INPUTS) {
      JsonNode t = trends(input, preset);
      // Every priority is either measured or listed as not measurable, never dropped.
      int measured = t.get("priorities").size();
      int unmeasurable = t.get("unmeasurable").size();
      assertThat(measured).as(input + " " + preset).isPositive();
      for (JsonNode p : t.get("priorities")) {
        assertThat(p.at("/windows/current12/count").isNumber()).as(input + " " + p).isTrue();
      }
      for (JsonNode u : t.get("unmeasurable")) {
        assertThat(u.toString()).as(input + " " + preset).contains("needs");
      }
    }
  }

  @Test
  void mpsBoroughFiguresMatchTheGeneratorsTally() throws Exception {
    Map<String, Long> m =
        current12(trends(List.of("sample-data/mps", "--area", "Harrow"), "police-uk"));
    // README tally: ROBBERY 959, DRUG OFFENCES 987, POSSESSION OF WEAPONS 259,
    // VIOLENCE AGAINST THE PERSON 5255 + SEXUAL OFFENCES 581 = 5836.
    assertThat(m.get("Robbery")).isEqualTo(959);
    assertThat(m.get("Drugs")).isEqualTo(987);
    assertThat(m.get("Possession of weapons")).isEqualTo(259);
    assertThat(m.get("Violence and sexual offences")).isEqualTo(5836);
    // All eleven majors add to the README's total 20217; police-uk splits THEFT and VEHICLE
    // OFFENCES among its types but loses nothing (ASB is not in the MPS tables).
    assertThat(m.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20217);
  }

  @Test
  void aRepeatedWardNameAsksForTheCode() {
    Cli r = Cli.run("trends", "sample-data/mps/ward", "--area", "Edgware");
    assertThat(r.exit()).isEqualTo(4);
    assertThat(r.err())
        .contains("ward name 'Edgware' is used in 2 boroughs")
        .contains("E05013545 (Harrow)")
        .contains("E05013637 (Barnet)");
  }

  @Test
  void policeUkFilesWinOverMpsTablesAndSaySo() throws Exception {
    JsonNode t = trends(List.of("sample-data", "--area", "Harrow"), "police-uk");
    assertThat(t.get("notes").toString())
        .contains("3 MPS table(s) in the inputs were not used: police.uk street files take");
  }

  private static JsonNode trends(List<String> input, String preset) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("trends"));
    args.addAll(input);
    args.addAll(List.of("--categories", preset, "--format", "json", "--quiet"));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(input + " " + preset + ": " + r.err()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  private static Map<String, Long> current12(JsonNode t) {
    Map<String, Long> m = new HashMap<>();
    t.get("priorities")
        .forEach(p -> m.put(p.get("name").asText(), p.at("/windows/current12/count").asLong()));
    return m;
  }
}
