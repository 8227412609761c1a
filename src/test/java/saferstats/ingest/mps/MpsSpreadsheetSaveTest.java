package saferstats.ingest.mps;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.ingest.mps.SampleMpsTables.BOROUGH;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * An MPS table saved again by a spreadsheet program is read as the MPS published it: the empty
 * columns it adds after the last, the rows of nothing but commas it leaves where rows were cleared,
 * and counts it writes with thousands separators ("1,815"), with one note saying so.
 */
class MpsSpreadsheetSaveTest {
  /**
   * Harrow's Other Theft row of the sample borough table, 2023-07..2024-06 (its last 12 cells): 237
   * + 259 + 251 + 224 + 249 + 216 + 216 + 195 + 204 + 237 + 242 + 236 = 2,766.
   */
  private static final long OTHER_THEFT_CURRENT12 = 2_766;

  private static JsonNode otherTheft(JsonNode trends) {
    for (JsonNode p : trends.get("priorities")) {
      if (p.get("name").asText().equals("Theft/Other Theft")) {
        return p;
      }
    }
    throw new AssertionError("no Other Theft in " + trends.get("priorities"));
  }

  @Test
  void emptyColumnsAfterTheLastAreDropped(@TempDir Path dir) throws IOException {
    // Every line, the header's too, ends in two empty columns: ",," before the CRLF.
    SampleMpsTables.write(
        dir, "b.csv", SampleMpsTables.lines(BOROUGH).stream().map(l -> l + ",,").toList());
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow");
    // Read as 29 fields against a 27-column header, every row was shifted: every month missing.
    assertThat(otherTheft(t).at("/windows/current12/count").asLong())
        .isEqualTo(OTHER_THEFT_CURRENT12);
    // Harrow's 28 rows over 2023-07..2024-06 sum to 20,217 (a python sum over the sample file);
    // 2024-06 alone to 1,686.
    assertThat(SampleMpsTables.allCrime(t, "2024-06")).isEqualTo(1_686);
    assertThat(t.get("notes").toString())
        .contains("which changed it (empty columns added after the last)")
        .doesNotContain("could not be counted");
  }

  @Test
  void rowsOfNothingButCommasAreNoRowsAndNoCells(@TempDir Path dir) throws IOException {
    // Three rows of 26 commas (27 empty fields) after the last row, as a spreadsheet saves rows it
    // cleared. They were read as rows of a borough named "" with every cell blank: 74 "cells that
    // could not be counted" (24 + 24 + 24, plus repeats) and "" among the pseudo-boroughs.
    List<String> lines = new ArrayList<>(SampleMpsTables.lines(BOROUGH));
    for (int i = 0; i < 3; i++) {
      lines.add(",".repeat(26));
    }
    SampleMpsTables.write(dir, "b.csv", lines);
    JsonNode i = Cli.json("inspect", dir.toString());
    assertThat(i.at("/mps/unreadCells").asLong()).isZero();
    assertThat(i.at("/mps/pseudoBoroughs").toString())
        .isEqualTo("[\"London Heathrow and London City Airports\"]");
    // The sample's 112 rows, no more.
    assertThat(i.at("/inputs/0/rows/read").asLong()).isEqualTo(112);
    assertThat(i.at("/mps/tables/0/rows").asLong()).isEqualTo(112);
    assertThat(i.get("notes").toString()).contains("(3 rows of nothing but commas)");
  }

  @Test
  void countsWithThousandsSeparatorsAreCounts(@TempDir Path dir) throws IOException {
    // Harrow's Other Theft in 2024-06 (the last column) written "1,815", quoted, as a spreadsheet
    // writes a count formatted with separators.
    List<String> lines = new ArrayList<>();
    for (String line : SampleMpsTables.lines(BOROUGH)) {
      lines.add(
          line.startsWith("THEFT,OTHER THEFT,Harrow,")
              ? line.substring(0, line.lastIndexOf(',')) + ",\"1,815\""
              : line);
    }
    SampleMpsTables.write(dir, "b.csv", lines);
    JsonNode t = Cli.json("trends", dir.toString(), "--area", "Harrow");
    // 2023-07..2024-05 as published, 2,766 - 236 = 2,530, and 1,815 in 2024-06: 4,345.
    assertThat(otherTheft(t).at("/windows/current12/count").asLong()).isEqualTo(4_345);
    assertThat(t.get("notes").toString())
        .contains("counts written with thousands separators, such as '1,815'")
        .doesNotContain("could not be counted");
  }

  @Test
  void onlySeparatorsGroupedInThreesMakeACount() {
    MpsSpreadsheet s = new MpsSpreadsheet(27, 0);
    assertThat(s.count("1,815")).isEqualTo(1_815L);
    assertThat(s.count(" 12,345,678 ")).isEqualTo(12_345_678L);
    assertThat(s.count("0")).isZero();
    // Not a thousands separator: the cell stays a bad count, a missing month.
    assertThat(s.count("18,15")).isNull();
    assertThat(s.count("1,8150")).isNull();
    assertThat(s.count(",815")).isNull();
    assertThat(s.count("1.815")).isNull();
  }
}
