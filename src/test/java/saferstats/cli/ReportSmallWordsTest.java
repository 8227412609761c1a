package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Small things a reader trips on (finding 25): the help's list of the report's parts, what a
 * police.uk "on or near" location is, and the grid-cell table split to fit a terminal.
 */
class ReportSmallWordsTest {
  @Test
  void reportHelpNamesThePartsTheReportHasNotTheQuarterlySentences() {
    Cli r = Cli.run("report", "--help");
    assertThat(r.exit()).isZero();
    String help = r.out().replaceAll("\\s+", " ");
    assertThat(help)
        .doesNotContain("quarterly sentences")
        .contains("the key findings and the priority matrix")
        .contains("a summary row per priority with a sparkline and its verdict");
  }

  @Test
  void aTopStreetsTableSaysItsLocationsAreAnonymisedPoints() {
    // persistent: every Burglary row is "On or near High Street" or another police.uk location
    Cli r = Cli.run("report", Cli.FIXTURES + "persistent", "--area", "Testham", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    Element streets = Jsoup.parse(r.out()).selectFirst("table.streets");
    assertThat(streets).isNotNull();
    assertThat(streets.nextElementSibling().text())
        .isEqualTo(
            "police.uk gives each crime an anonymised point \"on or near\" a street or a place (a"
                + " shopping area, a supermarket), not the exact street or address.");
  }

  @Test
  void theGridCellTableSplitToFitRepeatsRowAndColumnAndSaysWhatBinIs() {
    Cli r = Cli.run("hotspots", "sample-data", "--area", "Harrow", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = Arrays.asList(r.out().split("\n"));
    // the 120-column layout splits the 15-column cell table in two: both parts start with the
    // cell's row and column, so the second part's rows are cells, not bare grid rows
    List<String> headers = lines.stream().filter(l -> l.startsWith("Row ")).toList();
    assertThat(headers).hasSize(2);
    assertThat(headers).allSatisfy(h -> assertThat(h).startsWith("Row  Col  "));
    assertThat(headers.get(1)).contains("Bin", "Class");
    assertThat(String.join(" ", lines).replaceAll("\\s+", " "))
        .contains("Bin: the cell's confidence bin, as ArcGIS's Gi_Bin: 3, 2 or 1 when its p");
  }
}
