package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Main on sample-data/. Expected figures come from src/test/scripts/count_area.py, an
 * independent Python count (run: {@code python3 src/test/scripts/count_area.py Harrow 2024-06
 * sample-data}), and from sample-data/README.md, which the generator writes.
 */
class SampleDataEndToEndTest {
  private static JsonNode trends;
  private static JsonNode inspect;

  @BeforeAll
  static void runBoth() {
    trends = Cli.json("trends", "sample-data", "--area", "Harrow");
    inspect = Cli.json("inspect", "sample-data");
  }

  private static JsonNode priority(String name) {
    for (JsonNode p : trends.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p.get("windows");
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void harrowTwelveMonthFiguresMatchTheIndependentCount() {
    assertThat(trends.get("force").asText()).isEqualTo("Metropolitan Police Service");
    assertThat(trends.get("end").asText()).isEqualTo("2024-06");
    // count_area.py: Robbery 918 vs 815, Shoplifting 1188 vs 1000, Burglary 1378 vs 1510,
    // Anti-social behaviour 4853 vs 5174, Violence and sexual offences 5635 vs 5610.
    assertThat(priority("Robbery").at("/current12/count").asLong()).isEqualTo(918);
    assertThat(priority("Robbery").at("/previous12/count").asLong()).isEqualTo(815);
    // 100 * 103 / 815 = 12.64 -> 12.6
    assertThat(priority("Robbery").at("/changePct").asDouble()).isEqualTo(12.6);
    assertThat(priority("Shoplifting").at("/current12/count").asLong()).isEqualTo(1188);
    assertThat(priority("Shoplifting").at("/previous12/count").asLong()).isEqualTo(1000);
    assertThat(priority("Burglary").at("/current12/count").asLong()).isEqualTo(1378);
    assertThat(priority("Burglary").at("/previous12/count").asLong()).isEqualTo(1510);
    assertThat(priority("Anti-social behaviour").at("/current12/count").asLong()).isEqualTo(4853);
    assertThat(priority("Violence and sexual offences").at("/previous12/count").asLong())
        .isEqualTo(5610);
  }

  @Test
  void theMissingMetMonthIsNullNotZero() {
    JsonNode robbery = null;
    for (JsonNode p : trends.get("priorities")) {
      if (p.get("name").asText().equals("Robbery")) {
        robbery = p;
      }
    }
    // monthly runs 2021-07..2024-06; 2021-11 is the fifth month.
    assertThat(robbery.at("/monthly/4/month").asText()).isEqualTo("2021-11");
    assertThat(robbery.at("/monthly/4/count").isNull()).isTrue();
    // 2021-10: 63 Harrow robberies in its street file (csv.reader, identical rows dropped).
    assertThat(robbery.at("/monthly/3/month").asText()).isEqualTo("2021-10");
    assertThat(robbery.at("/monthly/3/count").asLong()).isEqualTo(63);
  }

  @Test
  void inspectAccountsForEveryRowAndFindsEachQuirk() {
    JsonNode t = inspect.get("totals");
    assertThat(t.get("read").asLong())
        .isEqualTo(
            t.get("kept").asLong() + t.get("rejected").asLong() + t.get("duplicates").asLong());
    long read = 0;
    for (JsonNode in : inspect.get("inputs")) {
      JsonNode r = in.get("rows");
      assertThat(r.get("read").asLong())
          .as(in.get("path").asText())
          .isEqualTo(
              r.get("kept").asLong() + r.get("rejected").asLong() + r.get("duplicates").asLong());
      read += r.get("read").asLong();
    }
    assertThat(read).isEqualTo(t.get("read").asLong());
    // Generator README: 135 identical duplicate rows over the 35 Met street files, 4 of them in
    // 2024-03 and carried into the refresh; the refresh's 7,712 rows supersede the original's.
    JsonNode dup = inspect.get("duplicatePartitions");
    assertThat(dup).hasSize(1);
    assertThat(dup.at("/0/month").asText()).isEqualTo("2024-03");
    assertThat(dup.at("/0/identical").asBoolean()).isFalse();
    assertThat(dup.at("/0/usedInstead").asText()).contains("police-uk-refresh");
    JsonNode met = null;
    for (JsonNode f : inspect.get("forces")) {
      if (f.get("force").asText().equals("Metropolitan Police Service")) {
        met = f;
      }
    }
    assertThat(met.get("missing").toString()).isEqualTo("[\"2021-11\"]");
    assertThat(met.get("months").asInt()).isEqualTo(35);
  }

  @Test
  void inspectsMpsBoroughSumsAddUpToItsCategorySums() {
    // Both lists sum the same borough cells, once by borough and once by category, so their
    // totals must agree; a join that lost matches (Tablesaw 0.44.1 drops them for a left-side key
    // repeated ~1,000 times) left Harrow at 0 and the borough total short.
    JsonNode mps = inspect.get("mps");
    long byBorough = 0;
    long byCategory = 0;
    long harrow = -1;
    for (JsonNode b : mps.get("boroughs")) {
      byBorough += b.get("rows").asLong();
      harrow = b.get("name").asText().equals("Harrow") ? b.get("rows").asLong() : harrow;
    }
    for (JsonNode c : mps.get("categories")) {
      byCategory += c.get("rows").asLong();
    }
    assertThat(byBorough).isEqualTo(byCategory).isEqualTo(221_884);
    assertThat(harrow).isEqualTo(59_993);
  }

  @Test
  void bomAndCrlfFilesAreReadLikeTheOthers() {
    // sample-data/README.md per-month table: 2022-06 (BOM) 8,547 Met rows with 4 identical
    // repeats, 2023-01 (CRLF) 7,599 with 5; nothing is rejected, so 8,543 and 7,594 are kept.
    java.util.Map<String, String> rows = new java.util.TreeMap<>();
    for (JsonNode in : inspect.get("inputs")) {
      String path = in.get("path").asText();
      if (path.endsWith("2022-06-metropolitan-street.csv")
          || path.endsWith("2023-01-metropolitan-street.csv")) {
        JsonNode r = in.get("rows");
        rows.put(
            path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('/') + 8),
            in.get("kind").asText()
                + " "
                + r.get("read").asLong()
                + "/"
                + r.get("kept").asLong()
                + "/"
                + r.get("rejected").asLong()
                + "/"
                + r.get("duplicates").asLong());
      }
    }
    assertThat(rows)
        .containsExactly(
            java.util.Map.entry("2022-06", "police-uk-street 8547/8543/0/4"),
            java.util.Map.entry("2023-01", "police-uk-street 7599/7594/0/5"));
  }
}
