package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import saferstats.cli.Cli;

/** The CSV of each command on sample-data carries exactly its JSON's figures under its paths. */
class CsvMatchesJsonTest {
  private static String[] args(String command, String format) {
    List<String> a = new ArrayList<>(List.of(command, "sample-data"));
    switch (command) {
      case "inspect" -> {}
        // The same arguments as HotspotsGoldenTest, so the hotspots runs are shared with it.
      case "hotspots" ->
          a.addAll(List.of("--area", "Harrow", "--priority", "Robbery", "--cell-size", "500"));
      case "quarterly" -> a.addAll(List.of("--area", "Harrow", "--categories", "csp-2023"));
      default -> a.addAll(List.of("--area", "Harrow"));
    }
    // --quiet last, as Cli.json adds it, so these runs share the suite's cached ones.
    a.addAll(List.of("--format", format, "--quiet"));
    return a.toArray(String[]::new);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"trends", "quarterly", "hotspots", "inspect"})
  void everyJsonLeafIsOneCsvFigureAndBack(String command) throws IOException {
    Cli json = Cli.cached(args(command, "json"));
    Cli csv = Cli.cached(args(command, "csv"));
    assertThat(json.exit()).as(json.err()).isZero();
    assertThat(csv.exit()).as(csv.err()).isZero();
    CsvAgainstJson.check(json.out(), csv.out());
  }

  @Test
  void aPValueTooSmallForDecimalsInJsonIsAPlainDecimalInCsv() throws IOException {
    // Hand-made: the flattening must not fall back on Double.toString's exponent.
    String json = "{\"p\": 3.154839202014408E-22, \"n\": 3}";
    String csv =
        "section,key,figure,value\r\n,,p,0.0000000000000000000003154839202014408\r\n,,n,3\r\n";
    CsvAgainstJson.check(json, csv);
    assertThat(Leaf.text(new com.fasterxml.jackson.databind.node.DoubleNode(3.154839202014408E-22)))
        .isEqualTo("0.0000000000000000000003154839202014408");
  }

  @Test
  void theCheckFailsOnAMissingFigureAPositionalKeyOrAnExponent() {
    String json = "{\"a\": 1.0E-7, \"b\": [{\"month\": \"2021-07\", \"count\": 2}]}";
    String head = "section,key,figure,value\r\n";
    String good = head + ",,a,0.00000010\r\nb,2021-07,month,2021-07\r\nb,2021-07,count,2\r\n";
    String missing = head + ",,a,0.00000010\r\nb,2021-07,month,2021-07\r\n";
    String positional = head + ",,a,0.00000010\r\nb,0,month,2021-07\r\nb,0,count,2\r\n";
    String exponent = head + ",,a,1.0E-7\r\nb,2021-07,month,2021-07\r\nb,2021-07,count,2\r\n";
    assertThatThrownBy(() -> CsvAgainstJson.check(json, missing))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> CsvAgainstJson.check(json, positional))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> CsvAgainstJson.check(json, exponent))
        .isInstanceOf(AssertionError.class);
    assertThatCode(() -> CsvAgainstJson.check(json, good)).doesNotThrowAnyException();
  }
}
