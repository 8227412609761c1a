package saferstats.ingest.mps;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.ingest.mps.SampleMpsTables.WARD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * MPS ward rows with a blank WardCode or a blank borough are placed from the table's other rows:
 * blank-code rows are never one "ward" of their own, and a ward's borough is the one most of its
 * rows name, never its first row's. Rows nothing can place are rejected, counted and said.
 *
 * <p>The sample ward table has 577 Harrow rows over 22 wards (lines 1218-1794); their 2022-07
 * column sums to 1,682 and all 24 months to 38,715 (python sums over the file). Every 5th of them,
 * the 1st, 6th, …, 576th, is 116 rows.
 */
class MpsBlankKeysTest {
  private static final long HARROW_2022_07 = 1_682;
  private static final long HARROW_24_MONTHS = 38_715;

  @Test
  void rowsWithABlankWardCodeTakeTheCodeTheirWardNameHas(@TempDir Path dir) throws IOException {
    SampleMpsTables.write(
        dir,
        "ward.csv",
        SampleMpsTables.everyNth(
            WARD,
            "Harrow",
            5,
            f -> {
              f[3] = "";
              return f;
            }));
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow");
    // Read as one ward "" (every blank-code row of a category a repeat of the others), Harrow was
    // 23 "wards" and most of its categories' months were missing.
    assertThat(t.get("area").asText()).isEqualTo("Harrow — sum of 22 MPS wards");
    assertThat(SampleMpsTables.allCrime(t, "2022-07")).isEqualTo(HARROW_2022_07);
    assertThat(t.get("notes").toString())
        .contains("ward.csv: 116 rows had a blank WardCode; each took the one code its WardName")
        .doesNotContain("could not be counted");
  }

  @Test
  void rowsWithABlankBoroughAreReadUnderTheirWardsBorough(@TempDir Path dir) throws IOException {
    SampleMpsTables.write(
        dir,
        "ward.csv",
        SampleMpsTables.everyNth(
            WARD,
            "Harrow",
            5,
            f -> {
              f[4] = "";
              return f;
            }));
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow");
    // Two wards' first rows were among those blanked; each took its first row's borough, "", and
    // Harrow was 20 wards and 1,603 in 2022-07.
    assertThat(t.get("area").asText()).isEqualTo("Harrow — sum of 22 MPS wards");
    assertThat(SampleMpsTables.allCrime(t, "2022-07")).isEqualTo(HARROW_2022_07);
    assertThat(t.get("notes").toString())
        .contains(
            "ward.csv: 116 rows had a blank LookUp_BoroughName; each was read under the borough"
                + " most of its area's other rows name.");
    JsonNode i = Cli.json("inspect", dir.toString());
    assertThat(SampleMpsTables.count(i.at("/mps/boroughs"), "Harrow")).isEqualTo(HARROW_24_MONTHS);
    assertThat(i.at("/mps/pseudoBoroughs").toString()).isEqualTo("[\"Aviation Security (SO18)\"]");
  }

  @Test
  void aWardsBoroughIsTheOneMostOfItsRowsName(@TempDir Path dir) throws IOException {
    // Belmont (E05013542): its first row, line 1218, says Brent; its other 23 say Harrow.
    List<String> lines = SampleMpsTables.lines(WARD);
    lines.set(1217, lines.get(1217).replace(",E05013542,Harrow,", ",E05013542,Brent,"));
    SampleMpsTables.write(dir, "ward.csv", lines);
    JsonNode i = Cli.json("inspect", dir.toString());
    // Read under its first row's borough, Belmont's 601 crimes went to Brent.
    assertThat(SampleMpsTables.count(i.at("/mps/boroughs"), "Harrow")).isEqualTo(HARROW_24_MONTHS);
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow");
    assertThat(t.get("area").asText()).isEqualTo("Harrow — sum of 22 MPS wards");
    assertThat(SampleMpsTables.allCrime(t, "2022-07")).isEqualTo(HARROW_2022_07);
  }

  @Test
  void rowsNamingNoAreaAreRejectedAndTheirCrimesSaid(@TempDir Path dir) throws IOException {
    // Harrow's first three rows (Belmont's, lines 1218-1220) with WardName and WardCode blank:
    // their 24 months sum to 41 + 49 + 18 = 108, 2022-07 to 2 + 2 + 1 = 5.
    List<String> lines = SampleMpsTables.lines(WARD);
    for (int n = 1217; n < 1220; n++) {
      lines.set(n, lines.get(n).replace(",Belmont,E05013542,", ",,,"));
    }
    SampleMpsTables.write(dir, "ward.csv", lines);
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow");
    // Read as a ward "" of Harrow: "sum of 23 MPS wards".
    assertThat(t.get("area").asText()).isEqualTo("Harrow — sum of 22 MPS wards");
    assertThat(SampleMpsTables.allCrime(t, "2022-07")).isEqualTo(HARROW_2022_07 - 5);
    assertThat(t.get("notes").toString())
        .contains(
            "ward.csv: 3 rows name no area or borough that other rows could supply (blank WardCode"
                + " or LookUp_BoroughName); their 108 crimes are in no area's figures");
    JsonNode i = Cli.json("inspect", dir.toString());
    assertThat(i.at("/inputs/0/rows/rejected").asLong()).isEqualTo(3);
    assertThat(i.at("/inputs/0/rejections/0/detail").asText())
        .isEqualTo("blank WardCode and WardName: the row names no area in Harrow");
  }
}
