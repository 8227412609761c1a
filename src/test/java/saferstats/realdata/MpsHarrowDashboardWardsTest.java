package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/**
 * Harrow's wards ranked from the MPS Monthly Crime Dashboard's Safer Neighbourhood Team rows over
 * the shared {@code mps/} folder (issue 25.2). Every expected figure is the output of {@code
 * python3 src/test/scripts/dashboard_wards.py
 * <real-data>/mps/dashboard/other_2021-08_2025-07/mps-monthly-crime-dashboard-other-harrow-wards.csv.gz}
 * (plain Python over the CSV: newest refresh per key, Belmont's two names added up, the subgroup
 * alone), 12 months to 2025-07 and the 12 before.
 */
@Tag("real-data")
class MpsHarrowDashboardWardsTest {
  private static JsonNode hotspots(String preset, String priority) {
    return Cli.json(
        "hotspots",
        RealData.folder("mps").toString(),
        "--area",
        "Harrow",
        "--categories",
        preset,
        "--priority",
        priority,
        "--top",
        "22");
  }

  private static List<Tuple> top(JsonNode report, int n) {
    List<Tuple> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonNode w = report.get("wards").get(i);
      out.add(tuple(w.get("code").asText(), w.get("count").asLong(), w.get("previous").asLong()));
    }
    return out;
  }

  private static long total(JsonNode report) {
    long sum = 0;
    for (JsonNode w : report.get("wards")) {
      sum += w.get("count").asLong();
    }
    return sum;
  }

  @Test
  void hateCrimeWardsMatchTheIndependentCount() {
    // script: Hate crime/Hate crime: wards total 332 (previous 12: 395);
    // 1,E05013546,Greenhill,54,65  2,E05013562,Wealdstone South,29,32
    // 3,E05013548,Harrow Weald,26,12  ...  22,E05013552,Kenton West,3,2
    JsonNode h = hotspots("csp-2023", "Hate crime");
    assertThat(top(h, 3))
        .containsExactly(
            tuple("E05013546", 54L, 65L),
            tuple("E05013562", 29L, 32L),
            tuple("E05013548", 26L, 12L));
    assertThat(h.get("wards")).hasSize(22);
    assertThat(total(h)).isEqualTo(332);
    // The borough rows count 337 (dashboard_counts.py): 5 are in no ward.
    assertThat(h.get("notes").toString())
        .contains("The wards hold 332 of the 337 offences of Hate crime/Hate crime");
  }

  @Test
  void domesticAbuseWardsMatchTheIndependentCount() {
    // script: Domestic Abuse/Domestic Abuse: wards total 1990 (previous 12: 1677);
    // 1,E05013546,Greenhill,160,126  2,E05013558,Roxbourne,152,98
    // 3,E05013545,Edgware,140,106  4,E05013548,Harrow Weald,140,120 (a tie: by code)
    JsonNode h = hotspots("source", "Domestic Abuse/Domestic Abuse");
    assertThat(top(h, 4))
        .containsExactly(
            tuple("E05013546", 160L, 126L),
            tuple("E05013558", 152L, 98L),
            tuple("E05013545", 140L, 106L),
            tuple("E05013548", 140L, 120L));
    assertThat(total(h)).isEqualTo(1990);
  }

  @Test
  void aWardsRateIsOverAllItsResidentsOrNone() {
    // Harrow Weald (E05013548): the 2025 best-fit lookup puts 9 LSOAs in it, all in the ONS
    // mid-2020 LSOA (2011) file: 1,635 + 1,371 + 1,780 + 1,746 + 2,044 + 1,512 + 1,632 + 1,512 +
    // 1,748 = 14,980 residents; 26 hate crimes / 14,980 × 1,000 = 1.74, printed 1.7. Greenhill
    // (E05013546) holds E01034595..98, LSOAs new in 2021 that the 2011 file lacks: no rate.
    Path lookup =
        RealData.folder("lookups")
            .resolve(
                "LSOA_(2021)_to_Electoral_Ward_(2025)_to_LAD_(2025)_Best_Fit_Lookup_in_EW_v2.csv.gz");
    JsonNode h =
        Cli.json(
            "hotspots",
            RealData.folder("mps").toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023",
            "--priority",
            "Hate crime",
            "--population",
            RealData.folder("population")
                .resolve("london-lsoa11-mid2020-population.csv.gz")
                .toString(),
            "--population-year",
            "2020",
            "--lookup",
            lookup.toString());
    JsonNode weald = h.get("wards").get(2);
    assertThat(weald.get("code").asText()).isEqualTo("E05013548");
    assertThat(weald.get("per1000").asDouble()).isEqualTo(1.7);
    JsonNode greenhill = h.get("wards").get(0);
    assertThat(greenhill.get("code").asText()).isEqualTo("E05013546");
    assertThat(greenhill.get("per1000").isNull()).isTrue();
    assertThat(h.get("notes").toString())
        .contains("No rate per 1,000 (n/a) for 6 wards: E05013546 Greenhill");
  }
}
