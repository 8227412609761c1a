package saferstats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;

/**
 * The report's summary on the real City of London months, against an independent count of the
 * street files, not against trends' own JSON. The figures below are the output of
 *
 * <pre>
 * python3 src/test/scripts/count_area.py --residents 10938 "City of London" 2024-08 \
 *     ../shared/real-data/police-uk/city-of-london
 * </pre>
 *
 * which reads the gzipped street files itself, keeps the last file's rows of each (Reported by,
 * Month) partition, drops rows identical to an earlier one with a Crime ID (SPEC 1.3), selects LSOA
 * names "City of London NNNx", counts per crime type in 2023-09..2024-08 and 2022-09..2023-08, and
 * prints change % and current12 per 1,000 of the 10,938 residents of the City's six LSOAs (ONS
 * mid-2020, per the data README). All crime, 8,666 per 10,938 residents, is 792 per 1,000: above
 * 250, so every row carries resident-denominator.
 */
@Tag("real-data")
class CityReportTest {
  /** Crime type → current 12, previous 12, change %, per 1,000: count_area.py's output. */
  private static final Map<String, List<String>> COUNTED = new LinkedHashMap<>();

  static {
    COUNTED.put("Anti-social behaviour", List.of("328", "626", "-47.6%", "30.0"));
    COUNTED.put("Bicycle theft", List.of("219", "192", "+14.1%", "20.0"));
    COUNTED.put("Burglary", List.of("316", "312", "+1.3%", "28.9"));
    COUNTED.put("Criminal damage and arson", List.of("376", "260", "+44.6%", "34.4"));
    COUNTED.put("Drugs", List.of("457", "481", "-5.0%", "41.8"));
    COUNTED.put("Other crime", List.of("100", "128", "-21.9%", "9.1"));
    COUNTED.put("Other theft", List.of("1,894", "1,925", "-1.6%", "173.2"));
    COUNTED.put("Possession of weapons", List.of("62", "56", "+10.7%", "5.7"));
    COUNTED.put("Public order", List.of("591", "506", "+16.8%", "54.0"));
    COUNTED.put("Robbery", List.of("153", "135", "+13.3%", "14.0"));
    COUNTED.put("Shoplifting", List.of("1,412", "739", "+91.1%", "129.1"));
    COUNTED.put("Theft from the person", List.of("1,177", "1,151", "+2.3%", "107.6"));
    COUNTED.put("Vehicle crime", List.of("118", "133", "-11.3%", "10.8"));
    COUNTED.put("Violence and sexual offences", List.of("1,463", "1,267", "+15.5%", "133.8"));
  }

  private static final List<String> CITY_LSOAS =
      List.of("E01000001", "E01000002", "E01000003", "E01000005", "E01032739", "E01032740");

  @Test
  void everySummaryFigureIsTheIndependentCount(@TempDir Path tmp) throws Exception {
    Path boundaries = RealData.folder("boundaries").resolve("london-lsoa21-boundaries-bng.csv.gz");
    Path html = tmp.resolve("city.html");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "report",
                RealData.folder("police-uk/city-of-london").toString(),
                "--area",
                "City of London",
                "--population",
                RealData.folder("population")
                    .resolve("london-lsoa11-mid2020-population.csv.gz")
                    .toString(),
                "--boundaries",
                boundaries.toString(),
                "--output",
                html.toString(),
                "--quiet"));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    Document page = Jsoup.parse(Files.readString(html));
    // Columns by their heading, so a column added to the summary moves none of these.
    List<String> headings = page.select("table.summary thead th").eachText();
    int perThousand = headings.indexOf("Per 1,000");
    int comparator = headings.indexOf("Comparator");
    int flags = headings.indexOf("Flags");
    Map<String, Element> rows = new LinkedHashMap<>();
    for (Element row : page.select("table.summary tbody tr")) {
      rows.put(row.child(0).text(), row);
    }
    assertThat(rows.keySet()).containsExactlyElementsOf(COUNTED.keySet());
    COUNTED.forEach(
        (type, want) -> {
          Element row = rows.get(type);
          assertThat(List.of(row.child(1).text(), row.child(2).text(), row.child(3).text()))
              .as(type)
              .containsExactlyElementsOf(want.subList(0, 3));
          // The City's residents are not its population at risk (¶: compare on change), so its
          // summary prints no rate (review finding 13); the rate counted independently
          // (want.get(3)) stays in trends' JSON (rate.current12Per1000).
          assertThat(want.get(3)).isNotEmpty();
          assertThat(row.child(perThousand).text()).as(type + " per 1,000").isEqualTo("n/a ¶");
          // resident-denominator, as a mark with its footnote under the table (issue 26.3).
          assertThat(row.child(flags).text()).as(type).contains("¶");
          // The City's "rest of force" is smaller than the City itself (SPEC 4.5).
          assertThat(row.child(comparator).text()).as(type).isEqualTo("too small");
          assertThat(row.select("figure.sparkline svg")).as(type).hasSize(1);
        });
    // No token strings in the summary a person reads: marks, one footnote per kind (issue 26.3).
    // The verdict column is prose and may say "a step down ...; test: ..." (issue 26.2): the flag
    // names and token lists are what must not appear.
    String words = page.select("table.summary td:not(.spark)").text();
    assertThat(words).doesNotContainPattern("[a-z]+-[a-z]+;");
    for (String token :
        List.of(
            "resident-denominator",
            "comparator-too-small",
            "unlocated-share-changed",
            "abrupt-month",
            "known-break")) {
      assertThat(words).as(token).doesNotContain(token);
    }
    assertThat(page.select("#summary p.note").eachText())
        .anySatisfy(n -> assertThat(n).startsWith("‡ comparator too small"))
        .anySatisfy(n -> assertThat(n).startsWith("† step").contains("down from 2023-03"));
    // Harm share beside volume share (SPEC 4.8) in the priority matrix, the most harmful first,
    // as trends gives them for the City: robbery 153 × 799.63 of the crime weighed by the City of
    // London's 2019/20 offence mix is 15.6 % of its harm from 1.8 % of its crimes, second to
    // violence (41.1 %); anti-social behaviour, unweighed, last.
    List<List<String>> matrix =
        page.select("table.matrix tbody tr").stream().map(tr -> tr.children().eachText()).toList();
    assertThat(matrix.get(0).get(0)).isEqualTo("Violence and sexual offences");
    // The change carries the summary's marks for it (review finding 20): robbery's # (the force's
    // unlocated share moved), ASB's * † # (abrupt months, a step), shoplifting's † #.
    assertThat(matrix.get(1).subList(0, 5))
        .containsExactly("Robbery", "153", "+13.3% #", "15.6%", "1.8%");
    assertThat(matrix.get(matrix.size() - 1).subList(0, 5))
        .containsExactly("Anti-social behaviour", "328", "-47.6% * † #", "by volume", "n/a");
    assertThat(matrix)
        .anySatisfy(
            row ->
                assertThat(row.subList(0, 3))
                    .containsExactly("Shoplifting", "1,412", "+91.1% † #"));
    assertThat(page.select("ol.findings li")).hasSizeBetween(1, 8);
    assertThat(page.text()).contains("ONS Crime Severity Score");
    assertThat(page.text()).contains("10,938").contains("Open Government Licence v3.0");
    // Every City LSOA is a titled shape on each priority's map (hover names it), and the OS
    // attribution is printed wherever ONS boundaries are drawn.
    for (String code : CITY_LSOAS) {
      assertThat(page.select("figure.map g[data-key=" + code + "] > title").text())
          .as(code)
          .contains(code)
          .contains("City of London");
    }
    assertThat(page.text()).contains("Contains OS data © Crown copyright");
    // The City's residents are not its population at risk: its maps shade crimes, not a rate per
    // resident, and say so (issue 26.6). ASB's top LSOA, E01032739, holds 214 crimes.
    assertThat(page.select("figure.map figcaption").eachText())
        .hasSize(14)
        .allSatisfy(c -> assertThat(c).contains("crimes, not a rate"))
        // six LSOAs are too few for quantile classes: each map writes every LSOA's figure on it
        .allSatisfy(c -> assertThat(c).contains("each LSOA's figure is written on it"));
    assertThat(page.select("figure.map").first().select("text").eachText()).contains("214");
    // The pages draw LSOA maps, not the grid: no paragraph describes cells the page does not show
    // (hot cells with no crime of their own, each cell's counts), only one line of how many and
    // where to find them; "hover" is for the screen, hidden in print.
    assertThat(page.text())
        .doesNotContain("hold no crime of their own")
        .doesNotContain("hot cells hold none")
        .contains(
            "not drawn on this LSOA map; the cells and their figures: hotspots --format json.");
    assertThat(page.select("figure.map figcaption span.screen-only").eachText())
        .hasSize(14)
        .allSatisfy(h -> assertThat(h).isEqualTo("Hover an area or cell for its figures."));
    assertThat(page.select("figure.map g[data-key=E01032739] > title").first().text())
        .contains("214");
    // Shoplifting at Circus Place: 90 in 2023-09..2024-08 against 6 in 2022-09..2023-08 (counted
    // from the street files' Location column); 6 is under the guard's 10, so the percentage is
    // withheld and the change reads 90 − 6 = +84 crimes (review finding 19), not n/a.
    Element shoplifting =
        page.select("section.priority").stream()
            .filter(s -> s.select("h2").text().contains("Shoplifting"))
            .findFirst()
            .orElseThrow();
    assertThat(
            shoplifting.select("table.streets tbody tr").stream()
                .map(tr -> tr.children().eachText())
                .filter(row -> row.get(1).equals("On or near Circus Place"))
                .findFirst()
                .orElseThrow())
        .endsWith("90", "6.4%", "6", "+84 crimes");
    // The section's ¶ line once, with the City's own figures: all crime in the current 12 months is
    // the 14 rows above summed, 328 + 219 + 316 + 376 + 457 + 100 + 1,894 + 62 + 591 + 153 + 1,412
    // + 1,177 + 118 + 1,463 = 8,666; 8,666 / 10,938 residents × 1,000 = 792.3, "792".
    List<String> asbFlags =
        page.select("section.priority").first().select("ul.flags li").eachText();
    assertThat(asbFlags.stream().filter(f -> f.startsWith("¶"))).hasSize(1);
    assertThat(asbFlags.stream().filter(f -> f.startsWith("¶")).findFirst().orElseThrow())
        .contains("all crime is 792 per 1,000 of its 10,938 residents a year");
  }
}
