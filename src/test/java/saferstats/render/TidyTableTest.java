package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import saferstats.cli.Cli;

/** {@code --table LIST}: one list of the output as a tidy table, one row per item. */
class TidyTableTest {
  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  @Test
  void cellsTableHasOneRowPerCellWithTheJsonFields() throws IOException {
    // The same run as the hotspots golden files, whose JSON is the reviewed output.
    Cli r =
        Cli.run(
            "hotspots",
            "sample-data",
            "--area",
            "Harrow",
            "--priority",
            "Robbery",
            "--cell-size",
            "500",
            "--quiet",
            "--format",
            "csv",
            "--table",
            "cells");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode cells =
        new ObjectMapper()
            .readTree(Files.readString(Path.of("src/test/resources/golden/hotspots.json")))
            .at("/grid/cells");
    List<CSVRecord> rows = parse(r.out());
    assertThat(rows).hasSize(cells.size());
    assertThat(rows.get(0).getParser().getHeaderNames())
        .containsExactly(
            "row",
            "col",
            "centreEasting",
            "centreNorthing",
            "centreLatitude",
            "centreLongitude",
            "topStreet",
            "topStreetFrom",
            "count",
            "neighbourhoodCount",
            "z",
            "p",
            "q",
            "bin",
            "hot",
            "cold",
            "previous",
            "changeP",
            "classification");
    for (int i = 0; i < rows.size(); i++) {
      JsonNode c = cells.get(i);
      CSVRecord row = rows.get(i);
      assertThat(row.get("row")).isEqualTo(c.get("row").asText());
      assertThat(row.get("col")).isEqualTo(c.get("col").asText());
      assertThat(row.get("count")).isEqualTo(c.get("count").asText());
      assertThat(row.get("neighbourhoodCount")).isEqualTo(c.get("neighbourhoodCount").asText());
      assertThat(row.get("topStreet")).isEqualTo(c.get("topStreet").asText(""));
      assertThat(Double.parseDouble(row.get("z"))).isEqualTo(c.get("z").asDouble());
      assertThat(row.get("classification")).isEqualTo(c.get("classification").asText());
    }
  }

  @Test
  void mappingsTableHasOneRowPerMappingLine() throws IOException {
    Cli r = Cli.run("categories", "csp-2023", "--format", "csv", "--table", "mappings");
    assertThat(r.exit()).as(r.err()).isZero();
    Cli json = Cli.run("categories", "csp-2023", "--format", "json");
    JsonNode mappings = new ObjectMapper().readTree(json.out()).get("mappings");
    List<CSVRecord> rows = parse(r.out());
    assertThat(rows).hasSize(mappings.size());
    assertThat(rows.get(0).get("priority")).isEqualTo(mappings.get(0).get("priority").asText());
  }

  @Test
  void anUnknownListOrAFormatOtherThanCsvIsAUsageError() {
    Cli unknown = Cli.run("categories", "csp-2023", "--format", "csv", "--table", "cells");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no list 'cells'").contains("mappings");
    Cli json = Cli.run("categories", "csp-2023", "--format", "json", "--table", "mappings");
    assertThat(json.exit()).isEqualTo(2);
    assertThat(json.err()).contains("--format csv");
  }
}
