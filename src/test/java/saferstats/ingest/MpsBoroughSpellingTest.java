package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;
import saferstats.ingest.result.Selection;
import saferstats.model.Month;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;

/**
 * A borough spelled two ways in an MPS table ("HARROW" on some rows, "Harrow" on others) is one
 * borough, read under one name, with a note: names match as area names do, case and spaces folded.
 */
class MpsBoroughSpellingTest {
  private static final Path BOROUGH =
      Path.of(
          "sample-data/mps/borough/2021-07_2023-06/MPS Borough Level Crime (most recent 24 months).csv");
  private static final Path WARD =
      Path.of(
          "sample-data/mps/ward/2022-07_2024-06/MPS Ward Level Crime (most recent 24 months).csv");

  /**
   * The sample's generation-2 borough table with every other Harrow row (the 2nd, 4th, … of its 54)
   * upper-cased to "HARROW": 27 rows each way. The borough is the only field holding "Harrow".
   */
  private static Path everyOtherHarrowRowUpperCased(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(BOROUGH, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    int harrow = 0;
    for (String line : lines) {
      if (line.contains(",Harrow,") && harrow++ % 2 == 1) {
        line = line.replace(",Harrow,", ",HARROW,");
      }
      out.add(line);
    }
    Path file = dir.resolve("borough.csv");
    Files.write(file, out, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void trendsReadBothSpellingsAsOneBoroughUnderItsTitleCaseName(@TempDir Path dir)
      throws IOException {
    Path file = everyOtherHarrowRowUpperCased(dir);
    JsonNode t =
        Cli.json("trends", dir.toString(), "--area", "Harrow", "--categories", "police-uk");
    assertThat(t.get("area").asText()).isEqualTo("Harrow — MPS borough table");
    // Harrow's 3rd row (Burglary Business and Community) kept "Harrow", its 4th (Domestic
    // Burglary) became "HARROW": their 2023-06 cells are 36 and 76, so Burglary/* is 36 + 76 = 112.
    // Read as two areas, --area Harrow took the HARROW rows only: 76.
    assertThat(monthly(Cli.priority(t, "Burglary"), "2023-06")).isEqualTo(112);
    assertThat(t.get("notes").toString())
        .contains(
            "borough spelled two ways in "
                + file
                + ": Harrow (27 rows), HARROW (27 rows) — read as one, Harrow.");
  }

  @Test
  void inspectListsOneBoroughWithTheNote(@TempDir Path dir) throws IOException {
    everyOtherHarrowRowUpperCased(dir);
    JsonNode i = Cli.json("inspect", dir.toString());
    // Harrow's 54 rows over 24 months sum to 39,778: 19,922 on the rows left "Harrow" and 19,856
    // on the rows upper-cased (the two sums worked out from the sample file's rows).
    assertThat(i.at("/mps/boroughs").findValuesAsText("name"))
        .containsExactlyInAnyOrder("Barnet", "Brent", "Harrow");
    assertThat(count(i.at("/mps/boroughs"), "Harrow")).isEqualTo(39_778);
    assertThat(i.at("/mps/sources").findValuesAsText("area"))
        .containsExactlyInAnyOrder("Barnet", "Brent", "Harrow");
    assertThat(i.get("notes").toString()).contains("borough spelled two ways in ");
  }

  @Test
  void wardRowsWhoseBoroughIsSpelledTwoWaysAreOneBorough(@TempDir Path dir) throws IOException {
    // Belmont (E05013542), one of Harrow's 22 wards: its 24 rows upper-cased to HARROW.
    List<String> lines = Files.readAllLines(WARD, StandardCharsets.UTF_8);
    Path file = dir.resolve("ward.csv");
    Files.write(
        file,
        lines.stream().map(l -> l.replace(",E05013542,Harrow,", ",E05013542,HARROW,")).toList(),
        StandardCharsets.UTF_8);
    JsonNode i = Cli.json("inspect", dir.toString());
    // Harrow's 577 ward rows sum to 38,715 over 24 months (Belmont's 24 rows 601 of it).
    assertThat(i.at("/mps/boroughs").findValuesAsText("name")).containsOnlyOnce("Harrow");
    assertThat(i.at("/mps/boroughs").findValuesAsText("name")).doesNotContain("HARROW");
    assertThat(count(i.at("/mps/boroughs"), "Harrow")).isEqualTo(38_715);
    assertThat(i.get("notes").toString())
        .contains(
            "borough spelled two ways in "
                + file
                + ": Harrow (553 rows), HARROW (24 rows) — read as one, Harrow.");
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "harrow");
    assertThat(t.get("area").asText()).isEqualTo("Harrow — sum of 22 MPS wards");
  }

  @Test
  void aCategoryRowUnderBothSpellingsIsARepeatNotASecondPart(@TempDir Path dir) throws IOException {
    // A table has one row per borough and category: the same category under "HARROW" again is
    // that row repeated (as an identical repeat is), never added. Where the two agree (2022-01:
    // 30 and 30) the month stands; where they differ (2022-02: 31 against 35) it is missing. Brent
    // and the other category are untouched.
    Files.writeString(
        dir.resolve("t.csv"),
        "MajorText,MinorText,LookUp_BoroughName,202201,202202\r\n"
            + "Burglary,Domestic Burglary,Harrow,30,31\r\n"
            + "Theft,Theft from Person,Harrow,7,8\r\n"
            + "Burglary,Domestic Burglary,HARROW,30,35\r\n"
            + "Burglary,Domestic Burglary,  Brent ,40,41\r\n");
    MpsData m = IngestTestSupport.read(new Selection.None(), dir.toString()).mps();
    assertThat(m.areas(Level.BOROUGH)).containsOnlyKeys("Brent", "Harrow");
    String burglary = "Burglary/Burglary - Residential";
    assertThat(m.cells()).containsEntry(cell("Harrow", burglary, 1), 30L);
    assertThat(m.cells()).doesNotContainKey(cell("Harrow", burglary, 2));
    assertThat(m.cells()).containsEntry(cell("Harrow", "Theft/Theft from Person", 2), 8L);
    assertThat(m.cells()).containsEntry(cell("Brent", burglary, 2), 41L);
    assertThat(m.files().get(0).duplicateRows()).isEqualTo(1);
  }

  @Test
  void releasesSpellingABoroughDifferentlyAreOneBorough(@TempDir Path dir) throws IOException {
    // One release writes HARROW throughout, the other Harrow: one area, read as Harrow (the name
    // in mixed case) though the upper-case release is read first, each month from the release
    // that covers it (2022-01 from a: 30; 2022-03 from b: 33).
    Files.writeString(
        dir.resolve("a.csv"),
        "MajorText,MinorText,LookUp_BoroughName,202201,202202\r\n"
            + "Burglary,Domestic Burglary,HARROW,30,31\r\n");
    Files.writeString(
        dir.resolve("b.csv"),
        "MajorText,MinorText,BoroughName,202202,202203\r\n"
            + "Burglary,Burglary - Residential,Harrow,32,33\r\n");
    MpsData m = IngestTestSupport.read(new Selection.None(), dir.toString()).mps();
    assertThat(m.areas(Level.BOROUGH)).containsOnlyKeys("Harrow");
    String burglary = "Burglary/Burglary - Residential";
    assertThat(m.cells()).containsEntry(cell("Harrow", burglary, 1), 30L);
    assertThat(m.cells()).containsEntry(cell("Harrow", burglary, 3), 33L);
  }

  private static MpsData.Cell cell(String area, String category, int month) {
    return new MpsData.Cell(Level.BOROUGH, area, category, Month.of(2022, month));
  }

  private static long monthly(JsonNode priority, String month) {
    for (JsonNode m : priority.get("monthly")) {
      if (m.get("month").asText().equals(month)) {
        return m.get("count").asLong();
      }
    }
    throw new AssertionError("no " + month + " in " + priority.get("monthly"));
  }

  private static long count(JsonNode namedCounts, String name) {
    for (JsonNode n : namedCounts) {
      if (n.get("name").asText().equals(name)) {
        return n.get("rows").asLong();
      }
    }
    throw new AssertionError("no " + name + " in " + namedCounts);
  }
}
