package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Every window of SPEC 4.1 pinned on fixtures/windows, worked out by hand from its rule: Testham
 * Burglary = 1 + ((calendar month - 4) mod 3) a month (Apr 1, May 2, Jun 3, Jul 1, ...: 6 a
 * quarter, 24 a year), plus 1 a month from 2023-07; Robbery = 1 in 2024-05 only.
 */
class WindowsOnFixtureTest {
  private static final String W = Cli.FIXTURES + "windows";

  static JsonNode trends(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("trends"));
    all.addAll(List.of(args));
    all.addAll(List.of("--area", "Testham", "--format", "json"));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    return new ObjectMapper().readTree(r.out());
  }

  static JsonNode priority(JsonNode report, String name) {
    for (JsonNode p : report.get("priorities")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no priority " + name);
  }

  @Test
  void endingJune2024() throws Exception {
    JsonNode report = trends(W);
    assertThat(report.get("end").asText()).isEqualTo("2024-06");
    assertThat(report.get("force").asText()).isEqualTo("Test Constabulary");
    JsonNode w = priority(report, "Burglary").get("windows");
    // current12 2023-07..2024-06: 24 + 12 extra = 36; previous12 2022-07..2023-06: 24.
    assertThat(w.at("/current12/count").asLong()).isEqualTo(36);
    assertThat(w.at("/current12/from").asText()).isEqualTo("2023-07");
    assertThat(w.at("/previous12/count").asLong()).isEqualTo(24);
    assertThat(w.at("/change").asLong()).isEqualTo(12);
    // 100 * 12 / 24 = 50.0
    assertThat(w.at("/changePct").asDouble()).isEqualTo(50.0);
    // 2024-25 Q1 = Apr-Jun 2024: 6 + 3 = 9; 2023-24 Q1 = Apr-Jun 2023: 6 (before the extra).
    assertThat(w.at("/quarter/label").asText()).isEqualTo("2024-25 Q1");
    assertThat(w.at("/quarter/count").asLong()).isEqualTo(9);
    assertThat(w.at("/quarterLastYear/count").asLong()).isEqualTo(6);
    assertThat(w.at("/quarterChange").asLong()).isEqualTo(3);
    // 9 < 10: small-numbers guard withholds the percentage.
    assertThat(w.at("/quarterChangePct").isNull()).isTrue();
    // FYTD to June = the first quarter: 9 vs 6.
    assertThat(w.at("/fytd/count").asLong()).isEqualTo(9);
    assertThat(w.at("/fytdLastYear/count").asLong()).isEqualTo(6);
    assertThat(priority(report, "Burglary").get("flags").toString()).contains("small-numbers");
  }

  @Test
  void aMonthPresentWithNoRowsIsATrueZero() throws Exception {
    JsonNode robbery = priority(trends(W), "Robbery");
    JsonNode w = robbery.get("windows");
    assertThat(w.at("/current12/count").asLong()).isEqualTo(1);
    assertThat(w.at("/previous12/count").asLong()).isZero();
    assertThat(w.at("/change").asLong()).isEqualTo(1);
    assertThat(w.at("/changePct").isNull()).isTrue();
    JsonNode monthly = robbery.get("monthly");
    // 27 months 2022-04..2024-06 (fewer than 36, so from the first month with data).
    assertThat(monthly).hasSize(27);
    assertThat(monthly.get(0).get("month").asText()).isEqualTo("2022-04");
    assertThat(monthly.get(25).get("count").asLong()).isEqualTo(1);
    assertThat(monthly.get(24).get("count").isNull()).isFalse();
    assertThat(monthly.get(24).get("count").asLong()).isZero();
  }

  @Test
  void endingFebruary2024() throws Exception {
    JsonNode w = priority(trends(W, "--end", "2024-02"), "Burglary").get("windows");
    // current12 2023-03..2024-02: Mar 3 + Apr-Jun 6 + Jul-Feb (1+2+3+1+2+3+1+2 = 15, +8 extra) 23 =
    // 32.
    assertThat(w.at("/current12/count").asLong()).isEqualTo(32);
    // previous12 2022-03..2023-02 starts before the data (2022-04): null, 2022-03 listed.
    assertThat(w.at("/previous12/count").isNull()).isTrue();
    assertThat(w.at("/previous12/missing/0").asText()).isEqualTo("2022-03");
    assertThat(w.at("/change").isNull()).isTrue();
    // Latest complete quarter by Feb 2024: 2023-24 Q3 (Oct-Dec 2023) = 6 + 3 = 9; a year before 6.
    assertThat(w.at("/quarter/label").asText()).isEqualTo("2023-24 Q3");
    assertThat(w.at("/quarter/count").asLong()).isEqualTo(9);
    assertThat(w.at("/quarterLastYear/count").asLong()).isEqualTo(6);
    // FYTD 2023-04..2024-02 = 6 + 23 = 29; last year 2022-04..2023-02 = (1+2+3) * 3 + 1 + 2 = 21.
    assertThat(w.at("/fytd/count").asLong()).isEqualTo(29);
    assertThat(w.at("/fytdLastYear/count").asLong()).isEqualTo(21);
    // 100 * 8 / 21 = 38.095... -> 38.1
    assertThat(w.at("/fytdChange").asLong()).isEqualTo(8);
    assertThat(w.at("/fytdChangePct").asDouble()).isEqualTo(38.1);
  }

  @Test
  void aMissingMonthIsNullAndNullsEveryWindowThatTouchesIt() throws Exception {
    List<String> folders = new ArrayList<>();
    for (String m :
        List.of(
            "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09", "2022-10", "2022-11",
            "2022-12", "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07",
            "2023-08", "2023-09", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04",
            "2024-05", "2024-06")) {
      folders.add(W + "/" + m);
    }
    JsonNode report = trends(folders.toArray(String[]::new));
    JsonNode burglary = priority(report, "Burglary");
    JsonNode w = burglary.get("windows");
    assertThat(w.at("/current12/count").isNull()).isTrue();
    assertThat(w.at("/current12/missing/0").asText()).isEqualTo("2023-10");
    assertThat(w.at("/changePct").isNull()).isTrue();
    assertThat(w.at("/previous12/count").asLong()).isEqualTo(24);
    assertThat(w.at("/quarter/count").asLong()).isEqualTo(9);
    assertThat(burglary.at("/monthly/18/month").asText()).isEqualTo("2023-10");
    assertThat(burglary.at("/monthly/18/count").isNull()).isTrue();
    assertThat(burglary.get("flags").toString()).contains("incomplete-window");
    assertThat(report.get("notes").toString())
        .contains("Test Constabulary has no street file for 2023-10");
  }

  @Test
  void statisticsOfTheBurglarySeries() throws Exception {
    JsonNode b = priority(trends(W), "Burglary");
    // 36 vs 24: scipy 2*min(binom.cdf(36,60,.5), binom.sf(35,60,.5)) = 0.1550019040032606.
    assertThat(b.at("/significance/p").asDouble()).isCloseTo(0.1550019040032606, within(1e-12));
    // Dispersion: previous12 1,2,3 x4 around 2: (1 + 0 + 1)/2 x 4 = 4; current12 2,3,4 x4 around
    // 3: (1 + 0 + 1)/3 x 4 = 8/3. (4 + 8/3) / 22 = 0.303 <= 1, so the exact test decides.
    assertThat(b.at("/significance/test").asText()).isEqualTo("exact-poisson");
    assertThat(b.at("/significance/dispersion").asDouble())
        .isCloseTo((4 + 8.0 / 3) / 22, within(1e-12));
    assertThat(b.at("/significance/exactP").asDouble())
        .isEqualTo(b.at("/significance/p").asDouble());
    assertThat(b.at("/significance/label").asText()).isEqualTo("no significant change");
    // Trend over the 27 months 2022-04..2024-06 (fewer than 36 exist): x = (1,2,3) x 5 then
    // (2,3,4) x 4. numpy transcription of pymannkendall original_test: S 127,
    // p 0.005868905826478699.
    assertThat(b.at("/trend/n").asInt()).isEqualTo(27);
    assertThat(b.at("/trend/s").asLong()).isEqualTo(127);
    assertThat(b.at("/trend/p").asDouble()).isCloseTo(0.005868905826478699, within(1e-12));
    assertThat(b.at("/trend/direction").asText()).isEqualTo("increasing");
    // XmR: sum 5 * 6 + 4 * 9 = 66, mean 66 / 27; moving ranges sum to 33 over 26 (numpy);
    // UCL = 66/27 + 2.66 * 33/26 = 5.82; LCL = 2.44 - 3.38 < 0, so 0.
    assertThat(b.at("/control/mean").asDouble()).isCloseTo(66.0 / 27, within(1e-12));
    assertThat(b.at("/control/ucl").asDouble())
        .isCloseTo(66.0 / 27 + 2.66 * 33 / 26, within(1e-12));
    assertThat(b.at("/control/lcl").asDouble()).isZero();
  }

  @Test
  void comparatorIsTheForceWithAndWithoutTheArea() throws Exception {
    JsonNode c = priority(trends(W), "Burglary").get("comparator");
    assertThat(c.get("name").asText()).isEqualTo("Test Constabulary");
    // Force Burglary = Testham + 1 Otherton + 1 No Location a month.
    // current12: 36 + 12 + 12 = 60; previous12: 24 + 12 + 12 = 48; 100 * 12 / 48 = 25.0.
    assertThat(c.get("current12").asLong()).isEqualTo(60);
    assertThat(c.get("previous12").asLong()).isEqualTo(48);
    assertThat(c.get("changePct").asDouble()).isEqualTo(25.0);
    // rest = force - Testham: 24 vs 24, 0.0%.
    assertThat(c.at("/rest/current12").asLong()).isEqualTo(24);
    assertThat(c.at("/rest/previous12").asLong()).isEqualTo(24);
    assertThat(c.at("/rest/changePct").asDouble()).isEqualTo(0.0);
  }

  @Test
  void ratePerThousandJoinsNamedLsoasCodesOrTheBridge() throws Exception {
    String sup = Cli.FIXTURES + "support/";
    // Named: Testham 001A + 002B = 1,000 + 1,500 = 2,500; Burglary current12 36 -> 36 * 1000 / 2500
    // = 14.4.
    JsonNode named =
        priority(trends(W, "--population", sup + "population-named.csv"), "Burglary").get("rate");
    assertThat(named.get("population").asLong()).isEqualTo(2500);
    assertThat(named.get("populationYear").asInt()).isEqualTo(2021);
    assertThat(named.get("current12Per1000").asDouble()).isEqualTo(14.4);
    assertThat(named.get("unjoined").asLong()).isZero();
    // Codes only: E01900002 is missing (listed under its 2021 code), so 1,000 residents, 1
    // unjoined:
    // 36 * 1000 / 1000 = 36.0.
    JsonNode codes =
        priority(trends(W, "--population", sup + "population-codes.csv"), "Burglary").get("rate");
    assertThat(codes.get("population").asLong()).isEqualTo(1000);
    assertThat(codes.get("unjoined").asLong()).isEqualTo(1);
    assertThat(codes.get("current12Per1000").asDouble()).isEqualTo(36.0);
    // With the 2011/2021 bridge both join again: 2,500 residents, 14.4.
    JsonNode bridged =
        priority(
                trends(
                    W,
                    "--population",
                    sup + "population-codes.csv",
                    "--lsoa-lookup",
                    sup + "lsoa-bridge.csv"),
                "Burglary")
            .get("rate");
    assertThat(bridged.get("population").asLong()).isEqualTo(2500);
    assertThat(bridged.get("unjoined").asLong()).isZero();
    assertThat(bridged.get("current12Per1000").asDouble()).isEqualTo(14.4);
  }

  @Test
  void forceWideSelectionIncludesRowsWithNoLocation() throws Exception {
    Cli r = Cli.run("trends", W, "--force", "test constabulary", "--format", "json");
    JsonNode w = priority(new ObjectMapper().readTree(r.out()), "Burglary").get("windows");
    // current12: Testham 36 + Otherton 12 + No Location 12 = 60.
    assertThat(w.at("/current12/count").asLong()).isEqualTo(60);
  }
}
