package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sample council ASB extract read beside the police.uk sample. Expected figures are the
 * generator's own tally of the cases it drew (sample-data/README.md, "Council ASB extract"), not a
 * re-reading of the file.
 */
class SampleRecordsTest {
  private static final Path EXTRACT =
      Path.of("sample-data/records/harrow-council-asb-2021-07_2024-06.csv");

  @Test
  void trendsShowsTheCouncilsCategoriesBesideThePoliceFigures() throws Exception {
    JsonNode t = Cli.json("trends", "sample-data", "--area", "Harrow");
    Map<String, long[]> records = new HashMap<>();
    long police = 0;
    for (JsonNode p : t.get("priorities")) {
      long[] c = {
        p.at("/windows/current12/count").asLong(), p.at("/windows/previous12/count").asLong()
      };
      if (p.get("source").asText().equals("records")) {
        records.put(p.get("name").asText(), c);
      } else {
        police++;
      }
    }
    assertThat(police).isEqualTo(14);
    // README tally: Noise nuisance 934 / 952, Begging 82 / 55, Fly-tipping 334 / 352,
    // Rowdy or inconsiderate behaviour 556 / 591; nine categories, 3,222 / 3,220 in all.
    assertThat(records).hasSize(9);
    assertThat(records.get("Noise nuisance")).containsExactly(934, 952);
    assertThat(records.get("Begging")).containsExactly(82, 55);
    assertThat(records.get("Fly-tipping")).containsExactly(334, 352);
    assertThat(records.get("Rowdy or inconsiderate behaviour")).containsExactly(556, 591);
    assertThat(records.values().stream().mapToLong(c -> c[0]).sum()).isEqualTo(3222);
    assertThat(records.values().stream().mapToLong(c -> c[1]).sum()).isEqualTo(3220);
  }

  @Test
  void inspectFindsTheThreeBadRowsAndThePlaceQuality() throws Exception {
    JsonNode i = Cli.json("inspect", "sample-data/records");
    JsonNode in = i.get("inputs").get(0);
    assertThat(in.at("/rows/read").asLong()).isEqualTo(9887);
    assertThat(in.at("/rows/kept").asLong()).isEqualTo(9884);
    assertThat(in.get("rejections").toString())
        .contains("{\"line\":1002,\"reason\":\"bad date\"")
        .contains("{\"line\":5003,\"reason\":\"bad date\"")
        .contains("{\"line\":9004,\"reason\":\"date in the future\"");
    // README: 9,024 with LSOA and Easting/Northing, 763 ward only, 97 with no place.
    assertThat(i.at("/records/withLsoa").asLong()).isEqualTo(9024);
    assertThat(i.at("/records/withPoint").asLong()).isEqualTo(9024);
    assertThat(i.at("/records/wardOnly").asLong()).isEqualTo(763);
    assertThat(i.at("/records/noPlace").asLong()).isEqualTo(97);
  }

  @Test
  void theExtractLooksLikeACouncilSystemsExport() throws Exception {
    List<String> lines = Files.readAllLines(EXTRACT);
    assertThat(lines.get(0))
        .isEqualTo("Case Ref,Date Reported,Incident Type,Ward,LSOA,Easting,Northing,Status");
    assertThat(lines)
        .anyMatch(l -> l.matches("ASB/\\d{4}/\\d{6},\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d,.*"));
    assertThat(lines).anyMatch(l -> l.matches("ASB/\\d{4}/\\d{6},\\d\\d/\\d\\d/\\d{4},.*"));
    assertThat(lines).anyMatch(l -> l.contains(",NOISE NUISANCE,"));
    assertThat(lines).anyMatch(l -> l.contains(",noise nuisance ,"));
    // A ward-only row: ward named, LSOA and coordinates blank.
    assertThat(lines).anyMatch(l -> l.matches("[^,]*,[^,]*,[^,]*,[A-Za-z][^,]*,,,,[A-Za-z]+"));
  }

  @Test
  void recordsAloneMakeAHotspotMapFromTheirEastingsAndNorthings() throws Exception {
    JsonNode h = Cli.json("hotspots", "sample-data/records", "--area", "Harrow");
    assertThat(h.get("total").asLong()).isEqualTo(3222);
    // Counted from the extract with csv.DictReader: of the 3,222 cases reported 2023-07..2024-06,
    // 2,942 have an Easting/Northing; 3,192 name one of 22 wards, Wealdstone South 473 and
    // Greenhill 347 the most. The default --top 10 lists ten of them.
    assertThat(h.at("/grid/points").asLong()).isEqualTo(2942);
    assertThat(h.get("wards")).hasSize(10);
    assertThat(h.at("/wards/0/name").asText()).isEqualTo("Wealdstone South");
    assertThat(h.at("/wards/0/count").asLong()).isEqualTo(473);
    assertThat(h.at("/wards/1/name").asText()).isEqualTo("Greenhill");
    assertThat(h.at("/wards/1/count").asLong()).isEqualTo(347);
  }
}
