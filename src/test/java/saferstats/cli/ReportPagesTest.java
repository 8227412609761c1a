package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26's "two pages a priority, nothing empty" and issue 25's funnel plot in the report, each
 * rule on a small fixture: a table with nothing to show is left out with a line saying why; the
 * "Not measurable" section only when something is; the inputs grouped by folder with relative
 * paths; attribution of the sources read and no other; a funnel plot per priority for an MPS area.
 */
class ReportPagesTest {
  /** 36 monthly police.uk street files of Testham, one folder each (see ReportTest). */
  private static final String P = Cli.FIXTURES + "persistent";

  private static final String TABLE =
      Cli.FIXTURES + "benchmark/MPS Borough Level Crime (most recent 24 months).csv";
  private static final String POP = Cli.FIXTURES + "benchmark/population.csv";

  private static Document report(String... args) {
    Cli r = Cli.run(args);
    assertThat(r.exit()).as(r.err()).isZero();
    return Jsoup.parse(r.out());
  }

  /**
   * The benchmark fixture's borough table (Harrow, Brent, Barnet, Camden and the airports'
   * pseudo-borough, 2023-01..2024-12) with a ward table for Harrow beside it, since the report's
   * places of an MPS area come from ward tables: one ward, Greenhill, holding all of Harrow.
   */
  private static Document mpsReport(Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("mps"));
    Files.copy(Path.of(TABLE), folder.resolve("borough.csv"));
    StringBuilder ward =
        new StringBuilder("MajorText,MinorText,WardName,WardCode,LookUp_BoroughName");
    for (int y = 2023; y <= 2024; y++) {
      for (int m = 1; m <= 12; m++) {
        ward.append(String.format(",%d%02d", y, m));
      }
    }
    ward.append("\nBURGLARY,BURGLARY - RESIDENTIAL,Greenhill,E05013555,Harrow,")
        .append("2,2,2,2,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,1,1,1,1")
        .append("\nTHEFT,SHOPLIFTING,Greenhill,E05013555,Harrow,")
        .append("2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,2,2,2,2,2,2\n");
    Files.writeString(folder.resolve("ward.csv"), ward);
    return report("report", folder.toString(), "--area", "Harrow", "--population", POP, "--quiet");
  }

  private static Element section(Document page, String label) {
    return page.select("section.priority").stream()
        .filter(s -> s.selectFirst("h2").text().equals(label))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anMpsAreasEmptyPlaceTablesAndMapAreLeftOutWithTheTrueReason(@TempDir Path dir)
      throws Exception {
    Document page = mpsReport(dir);
    Element burglary = section(page, "Burglary/Burglary - Residential");
    // MPS tables have no LSOA, street or coordinates: no empty table, no blank map.
    assertThat(burglary.select("table.lsoas")).isEmpty();
    assertThat(burglary.select("table.streets")).isEmpty();
    assertThat(burglary.select("figure.map")).isEmpty();
    assertThat(burglary.select("p.absent").eachText())
        .containsExactly(
            "MPS tables count wards, not LSOAs, streets or points: no LSOA or street table, LSOA"
                + " map or grid for this priority.",
            // no --boundaries: the ward map's line says what would draw it (issue 26.5)
            "No ward map: give --boundaries with ward polygons (a WD24CD code column), or LSOA"
                + " polygons with --lookup (the ONS LSOA to ward lookup) to join them into"
                + " best-fit wards.");
    // The ward table has rows, so it is shown: Greenhill, 2024's 20 burglaries (8 + 4 + 8).
    assertThat(burglary.select("table.wards tbody tr").first().text())
        .contains("Greenhill")
        .contains("20");
  }

  @Test
  void anMpsAreasPriorityCarriesItsFunnelPlotPositionAndMethod(@TempDir Path dir) throws Exception {
    Document page = mpsReport(dir);
    Element peers = section(page, "Burglary/Burglary - Residential").selectFirst("div.peers");
    assertThat(peers).isNotNull();
    assertThat(peers.select("figure.funnel svg")).hasSize(1);
    // 2024's burglaries: Harrow 8×2 + 4×1 = 20, Brent 4×4 + 8×3 = 40, Barnet 12×5 = 60, Camden
    // 4×14 + 8×13 = 160 (the airports are not a borough), 5,000 residents each: Harrow 4.0 per
    // 1,000, pooled 280 / 20,000 = 14.0 per 1,000.
    assertThat(peers.text())
        .contains(
            "Harrow has the lowest rate of burglary/burglary - residential per 1,000 residents of"
                + " London's 4 boroughs")
        // 4.0 < 14.0: the reading says which side of the pooled rate (review finding 15).
        .contains("4.0 per 1,000 against 14.0 pooled, below the pooled rate")
        .contains("Pooled rate 14.00 per 1,000; φ = ")
        .contains("DerSimonian–Laird");
  }

  @Test
  void aPoliceUkAreaSaysInOneLineWhyItHasNoFunnelPlot() {
    Element peers =
        section(report("report", P, "--area", "Testham", "--quiet"), "Burglary")
            .selectFirst("div.peers");
    assertThat(peers).isNotNull();
    assertThat(peers.select("figure")).isEmpty();
    assertThat(peers.select("p.absent").text())
        .startsWith(
            "No funnel plot: no peer group: ranking the force's community safety partnerships by"
                + " rate needs --population");
  }

  @Test
  void notMeasurableIsLeftOutWhenEveryPriorityIsMeasured() {
    // The default set of a police.uk folder: every crime type the files hold is measured.
    Document page = report("report", P, "--area", "Testham", "--quiet");
    assertThat(page.getElementById("unmeasurable")).isNull();
    assertThat(page.text())
        .doesNotContain("Every priority of the set is measured")
        .doesNotContain("Not measurable");
    assertThat(page.getElementById("method").selectFirst("h2").text()).isEqualTo("Data and method");
  }

  @Test
  void sectionHeadingsCarryNoNumbersThatSkipAndTheLastPagesBreakWhereTheyShould() {
    // The summary was "1.", the priorities' pages unnumbered, then "3." or "4.": a reader looked
    // for a section 2. No h2 starts with a number now.
    Document page = report("report", P, "--area", "Testham", "--quiet");
    assertThat(page.select("h2").eachText()).isNotEmpty().noneMatch(h -> h.matches("^\\d.*"));
    assertThat(page.select("h2").eachText()).contains("Summary", "Data and method");
    String style = page.select("style").html();
    // A definition's term keeps to its text, so "Definitions" with "Windows" never ends a page
    // (seen at the foot of Harrow's page 10); what cannot be measured follows the last priority
    // instead of filling a page with one bullet (Harrow's page 9).
    assertThat(style)
        .contains("dt { break-after: avoid;")
        .contains("section#unmeasurable { break-before: auto;");
  }

  @Test
  void theInputsAreOneRowPerFolderWithPathsRelativeToWhereTheCommandRan() {
    Document page = report("report", P, "--area", "Testham", "--quiet");
    List<Element> rows = page.select("table.inputs tbody tr");
    // 36 street files, one per month folder 2021-07..2024-06, all Testham's force: one row, the
    // folder as given relative to the working folder (the build runs from the project's root).
    assertThat(rows).hasSize(1);
    List<String> cells = rows.get(0).children().eachText();
    assertThat(cells.get(0)).isEqualTo("src/test/resources/fixtures/persistent");
    assertThat(cells.get(1)).isEqualTo("36 files");
    assertThat(cells.get(4)).isEqualTo("2021-07 to 2024-06 (36 months)");
    assertThat(page.select("table.inputs").text())
        .doesNotContain(Path.of("").toAbsolutePath().toString());
  }

  @Test
  void attributionNamesOnlyTheSourcesRead(@TempDir Path dir) throws Exception {
    String police =
        report("report", P, "--area", "Testham", "--quiet").getElementById("method").text();
    assertThat(police)
        .contains("Contains police.uk data published under the Open Government Licence v3.0.")
        .doesNotContain("Metropolitan Police")
        // No --population, --lookup or --boundaries: nothing of the ONS was read.
        .doesNotContain("Office for National Statistics");
    String mps = mpsReport(dir).getElementById("method").text();
    assertThat(mps)
        .contains("Contains Metropolitan Police Service data")
        .doesNotContain("police.uk data")
        // --population: the ONS is attributed, but no OS line without --boundaries.
        .contains("Source: Office for National Statistics")
        .doesNotContain("Contains OS data");
  }

  @Test
  void aSectionShowsOneMapNoCellTableAndKeepsItsHeadingsWithWhatFollows() {
    Document page = report("report", P, "--area", "Testham", "--quiet");
    Element burglary = section(page, "Burglary");
    assertThat(burglary.select("figure.map")).hasSizeLessThanOrEqualTo(1);
    // Cell coordinates and neighbourhood sums are hotspots' JSON, not the paper's.
    assertThat(burglary.select("table.cells")).isEmpty();
    assertThat(burglary.text()).contains("hotspots --format json");
    // Every h3 opens a block that breaks as one, or is kept to the next by the print rules.
    assertThat(page.select("style").html())
        .contains("h2, h3, h4 { break-after: avoid")
        .contains(".keep { break-inside: avoid");
    assertThat(burglary.select("h3").stream().filter(h -> h.parent().hasClass("keep")).count())
        .isGreaterThanOrEqualTo(2);
  }
}
