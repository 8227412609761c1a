package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import saferstats.cli.Cli;
import saferstats.harm.HarmBasis;
import saferstats.model.InputKind;

/**
 * The harm weights shipped in the jar against the two published tables in ../shared/real-data
 * (harm/, home-office/), and the Metropolitan Police's 2019/20 category averages against
 * src/test/scripts/harm_weights.py, an independent computation: {@code python3
 * src/test/scripts/harm_weights.py ../shared/real-data "Metropolitan Police"}.
 */
@Tag("real-data")
class MetHarmWeightsTest {
  private static final String MET = "Metropolitan Police";

  /** harm_weights.py, by police.uk category: the average CSS over the Met's 2019/20 mix. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Burglary, 391.3292",
    "Violence and sexual offences, 270.7445",
    "Vehicle crime, 52.4633",
    "Drugs, 37.4214",
    "Criminal damage and arson, 16.9796",
    "Public order, 16.4215",
    "Other crime, 126.9292",
    "Bicycle theft, 15.1757",
  })
  void policeUkCategoryAveragesEqualTheIndependentScript(String category, double script) {
    RealData.folder("harm");
    double java = HarmBasis.shipped().weight(InputKind.POLICE_UK, category, MET).average();
    assertThat(java).isCloseTo(script, within(0.00005));
  }

  /** harm_weights.py, by Home Office subgroup: the MPS categories that follow them one for one. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "Violence Against the Person/Violence with Injury, 333.0583",
    "Violence Against the Person/Violence without Injury, 73.7886",
    "Violence Against the Person/Stalking and Harassment, 25.3809",
    "Sexual Offences/Rape, 3087.5546",
    "Sexual Offences/Other Sexual Offences, 523.1174",
    "Burglary/Burglary - Residential, 486.0285",
    "Burglary/Burglary - Business and Community, 128.2474",
    "Drug Offences/Possession of Drugs, 2.6045",
    "Arson and Criminal Damage/Criminal Damage, 5.4931",
    "Theft/Other Theft, 48.4111",
  })
  void mpsCategoryAveragesEqualTheIndependentScript(String category, double script) {
    RealData.folder("home-office");
    double java = HarmBasis.shipped().weight(InputKind.MPS, category, MET).average();
    assertThat(java).isCloseTo(script, within(0.00005));
  }

  @Test
  void theShippedTablesAreThePublishedOnes() throws IOException {
    HarmBasis shipped = HarmBasis.shipped();
    Map<String, Double> css = new HashMap<>();
    for (CSVRecord r : read(RealData.folder("harm").resolve("policeuk-ons-code-join.csv.gz"))) {
      css.put(r.get("ONS_COUNTS_code"), Double.parseDouble(r.get("ONS_SEVERITY_weight")));
    }
    // Every shipped weight is the join's; the join's one extra row is the combined homicide code.
    shipped.codes().all().forEach(c -> assertThat(shipped.weights().of(c)).isEqualTo(css.get(c)));
    assertThat(css).hasSize(shipped.codes().all().size() + 1).containsKey("1/4.1/4.10/4.2");
    Map<String, Double> met = new HashMap<>();
    Path counts =
        RealData.folder("home-office").resolve("prc-pfa-2019-20-detailed-offence-counts.csv.gz");
    for (CSVRecord r : read(counts)) {
      if (r.get("Force Name").equals(MET)) {
        met.merge(
            r.get("Offence Code"), Double.parseDouble(r.get("Number of Offences")), Double::sum);
      }
    }
    Map<String, Long> mix = shipped.mix().of(MET);
    shipped.codes().all().forEach(c -> assertThat(mix.get(c)).isEqualTo(met.get(c).longValue()));
    // 905,604 offences less fraud (none of the Met's rows is fraud) is the mix's total.
    assertThat(mix.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(905_604L);
  }

  /**
   * Harrow over the Historical release to 2024-02: robbery of personal property's two codes share
   * one CSS, 799.6288702, so its harm is its crimes × that; stalking and harassment crosses May
   * 2023.
   */
  @Test
  void harrowFromTheMpsTablesCarriesHarmPerPriority() {
    JsonNode r =
        Cli.json(
            "trends",
            RealData.folder("mps/borough/historical_2010-04_2024-02").toString(),
            "--area",
            "Harrow");
    JsonNode robbery = Cli.priority(r, "Robbery/Robbery of Personal Property").get("harm");
    assertThat(robbery.get("force").asText()).isEqualTo(MET);
    assertThat(robbery.get("harm").asDouble())
        .isCloseTo(robbery.get("crimes").asLong() * 799.6288702, within(0.05));
    assertThat(
            Cli.priority(r, "Violence Against the Person/Stalking and Harassment")
                .at("/harm/flags")
                .toString())
        .contains("known-break");
    // The 2023 split of residential burglary is weighted as residential burglary in all (the
    // 2019/20 codes do not split it): 486.0285 (HarmBasisTest), said in its category's note.
    JsonNode home = Cli.priority(r, "Burglary/Res Burglary of a Home").get("harm");
    assertThat(home.get("averageWeight").asDouble()).isCloseTo(486.03, within(0.005));
    assertThat(home.at("/categories/0/note").asText())
        .contains("weighted as residential burglary in all");
  }

  private static List<CSVRecord> read(Path gz) throws IOException {
    try (Reader in =
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }
}
