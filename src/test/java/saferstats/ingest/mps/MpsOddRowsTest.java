package saferstats.ingest.mps;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.ingest.mps.SampleMpsTables.BOROUGH;

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

/**
 * Rows an MPS table gains after download: a totals row is skipped with a note, never a borough or a
 * category of its own; a row repeated exactly is a repeat, counted once and said to be one, not a
 * cell that could not be counted; a second table joined on with its header is refused.
 */
class MpsOddRowsTest {
  private static final Path OLDER =
      Path.of(
          "sample-data/mps/borough/2021-07_2023-06/MPS Borough Level Crime (most recent 24 months).csv");

  /** Each of the 24 month columns summed over {@code rows} (fields 4..27). */
  private static String sums(List<String[]> rows) {
    List<String> out = new ArrayList<>();
    for (int c = 3; c < 27; c++) {
      long sum = 0;
      for (String[] r : rows) {
        sum += Long.parseLong(r[c]);
      }
      out.add(String.valueOf(sum));
    }
    return String.join(",", out);
  }

  @Test
  void totalsRowsAreSkippedWithANote(@TempDir Path dir) throws IOException {
    // After the last row, as a spreadsheet's subtotals leave them: "Harrow Total" in the borough
    // column with Harrow's 28 rows summed month by month, then "Total" in MajorText with all 112.
    List<String> lines = new ArrayList<>(SampleMpsTables.lines(BOROUGH));
    List<String[]> all = lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
    List<String[]> harrow = all.stream().filter(r -> r[2].equals("Harrow")).toList();
    lines.add(",,Harrow Total," + sums(harrow));
    lines.add("Total,,," + sums(all));
    SampleMpsTables.write(dir, "b.csv", lines);
    JsonNode i = Cli.json("inspect", dir.toString());
    // Read as rows, "Harrow Total" was a borough of 40,291 and "Total/" a category of 150,019
    // under a borough named "". Skipped, the boroughs are the sample's own: their 24-month sums
    // (python over the file) 56,751 + 52,505 + 40,291 + 472 = 150,019, the Total row's sum.
    assertThat(i.at("/mps/boroughs").findValuesAsText("name"))
        .containsExactly("Brent", "Barnet", "Harrow", "London Heathrow and London City Airports");
    assertThat(SampleMpsTables.count(i.at("/mps/boroughs"), "Harrow")).isEqualTo(40_291);
    assertThat(i.at("/mps/categories").findValuesAsText("name"))
        .noneMatch(c -> c.contains("Total") || c.equals("/"));
    assertThat(i.at("/inputs/0/rows/rejected").asLong()).isEqualTo(2);
    assertThat(i.get("notes").toString())
        .contains(
            "b.csv: 2 totals rows skipped (the first at line 114, 'Harrow Total' in"
                + " BoroughName): every figure is summed from the table's own rows");
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow");
    assertThat(t.get("priorities").findValuesAsText("name"))
        .noneMatch(c -> c.contains("Total") || c.equals("/"));
  }

  @Test
  void aRowRepeatedExactlyIsARepeatNotAMissingCell(@TempDir Path dir) throws IOException {
    // Harrow's first five rows again at the end (lines 114-118), every count the same.
    List<String> lines = new ArrayList<>(SampleMpsTables.lines(BOROUGH));
    lines.addAll(lines.stream().filter(l -> l.contains(",Harrow,")).limit(5).toList());
    SampleMpsTables.write(dir, "b.csv", lines);
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow");
    // Counted once: Harrow's Arson row, 2023-07..2024-06, sums to 41 as published.
    assertThat(t.get("priorities").get(0).get("name").asText())
        .isEqualTo("Arson and Criminal Damage/Arson");
    assertThat(t.get("priorities").get(0).at("/windows/current12/count").asLong()).isEqualTo(41);
    // Reported as 5 "MPS cells could not be counted", though every cell was.
    assertThat(t.get("notes").toString())
        .doesNotContain("could not be counted")
        .contains(
            "b.csv: 5 rows repeat an earlier row exactly (the first at line 114); each row was"
                + " counted once.");
    JsonNode i = Cli.json("inspect", dir.toString());
    assertThat(i.at("/mps/unreadCells").asLong()).isZero();
    assertThat(i.at("/inputs/0/rows/duplicates").asLong()).isEqualTo(5);
  }

  @Test
  void twoTablesJoinedIntoOneFileAreRefusedWithWhereToSplitThem(@TempDir Path dir)
      throws IOException {
    // cat of the sample's two borough releases: the older's header and 162 rows are lines 1-163,
    // so the newer's header is line 164. Read on, Harrow's Theft from Person over 2023-07..2024-06
    // was 1,655 (the newer rows read against the older's month columns), and "BoroughName" a
    // borough of 4,855,356 crimes.
    Path joined = dir.resolve("b.csv");
    Files.write(joined, Files.readAllBytes(OLDER));
    Files.write(joined, Files.readAllBytes(BOROUGH), java.nio.file.StandardOpenOption.APPEND);
    Cli r = Cli.run("trends", joined.toString(), "--area", "Harrow", "--quiet");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("saferstats: " + joined + ", line 164: a second header (MajorText,")
        .contains("two tables joined into one file — split the file before line 164");
    assertThat(new String(Files.readAllBytes(joined), StandardCharsets.UTF_8).lines().toList())
        .element(163)
        .asString()
        .startsWith("MajorText,MinorText,BoroughName,202207");
  }
}
