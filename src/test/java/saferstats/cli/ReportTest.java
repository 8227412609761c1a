package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.model.UserError;

/**
 * {@code saferstats report} on the {@code persistent} fixture: 36 months 2021-07..2024-06, each
 * with 2 Burglary rows in Testham 001A and 1 in Testham 002B, so each 12-month window holds 3 × 12
 * = 36 Burglary crimes, a change of 0.
 */
class ReportTest {
  private static final String P = Cli.FIXTURES + "persistent";

  @Test
  void twoRunsGiveTheSameBytesAndNoDateUnlessAsked(@TempDir Path tmp) throws Exception {
    Path a = tmp.resolve("a.html");
    Path b = tmp.resolve("b.html");
    assertThat(
            Cli.run("report", P, "--area", "Testham", "--output", a.toString(), "--quiet").exit())
        .isZero();
    assertThat(
            Cli.run("report", P, "--area", "Testham", "--output", b.toString(), "--quiet").exit())
        .isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    // No date of the run anywhere: the text has no calendar date (the data's months are YYYY-MM);
    // numbers in the charts' coordinates may contain any digits, so only the page text is read.
    assertThat(Jsoup.parse(Files.readString(a)).text())
        .doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b")
        .doesNotContainPattern(
            "\\b\\d{1,2} (January|February|March|April|May|June|July|August|September|October"
                + "|November|December) \\d{4}\\b");
    Cli dated = Cli.run("report", P, "--area", "Testham", "--date", "2024-10-01", "--quiet");
    assertThat(dated.exit()).isZero();
    assertThat(Jsoup.parse(dated.out()).select("p.lead").text()).endsWith("1 October 2024");
  }

  @Test
  void theSummaryRowIsTheFixturesHandCount() {
    Cli r = Cli.run("report", P, "--area", "Testham", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    Document page = Jsoup.parse(r.out());
    Element burglary =
        page.select("table.summary tbody tr").stream()
            .filter(tr -> tr.child(0).text().equals("Burglary"))
            .findFirst()
            .orElseThrow();
    // 36 against 36: change +0.0%.
    assertThat(
            List.of(burglary.child(1).text(), burglary.child(2).text(), burglary.child(3).text()))
        .containsExactly("36", "36", "+0.0%");
    // Its section, linked from the summary, with its chart and both LSOAs: 24 and 12 of 36.
    Element section = page.getElementById(burglary.selectFirst("a").attr("href").substring(1));
    assertThat(section.select("figure.chart svg")).isNotEmpty();
    assertThat(section.select("table.lsoas").text())
        .contains("E01900001")
        .contains("24")
        .contains("66.7%")
        .contains("12")
        .contains("33.3%");
    assertThat(page.select("section.priority").first().attr("class")).contains("priority");
    assertThat(r.out()).contains("@page { size: A4").contains("break-before: page");
  }

  @Test
  void chartsWritesAPngAndAnSvgPerChart(@TempDir Path tmp) throws Exception {
    Path charts = tmp.resolve("charts");
    Cli r =
        Cli.run(
            "report",
            P,
            "--area",
            "Testham",
            "--charts",
            charts.toString(),
            "--output",
            tmp.resolve("r.html").toString(),
            "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> svgs;
    try (Stream<Path> s = Files.list(charts)) {
      svgs =
          s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().toList();
    }
    String page = Files.readString(tmp.resolve("r.html"));
    Document doc = Jsoup.parse(page);
    // One file pair per drawing inlined in the page: sparklines, trend charts, grids.
    assertThat(svgs).hasSize(doc.select("figure svg").size()).contains("p3-trend.svg");
    for (String svg : svgs) {
      Path png = charts.resolve(svg.replace(".svg", ".png"));
      byte[] bytes = Files.readAllBytes(png);
      assertThat(bytes).as(png.toString()).startsWith(0x89, 'P', 'N', 'G');
      assertThat(Files.readString(charts.resolve(svg))).startsWith("<svg");
    }
  }

  @Test
  void chartsOntoAFileFailsInOneLineAndWritesNothing(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("charts"), "not a folder");
    Path html = tmp.resolve("r.html");
    Cli r =
        Cli.run(
            "report",
            P,
            "--area",
            "Testham",
            "--charts",
            file.toString(),
            "--output",
            html.toString(),
            "--quiet");
    assertThat(r.exit()).isEqualTo(UserError.OUTPUT);
    assertThat(r.err().strip()).doesNotContain("\n").contains("it is a file").contains("--charts");
    assertThat(html).doesNotExist();
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  @Test
  void aBadDateIsAUsageError() {
    Cli r = Cli.run("report", P, "--area", "Testham", "--date", "2024-13-01", "--quiet");
    assertThat(r.exit()).isEqualTo(UserError.USAGE);
    assertThat(r.err().strip()).doesNotContain("\n").contains("--date");
  }

  @Test
  void anLsoaWithNoPolygonIsNamedAndNoneAtAllIsAnInputError() {
    // The persistent fixture's crimes lie in E01900001 and E01900002; the file has a polygon for
    // the first only, so the map leaves the second out and says so, with the crimes it loses: 1
    // Burglary a month in E01900002, 12 in the 12 months mapped.
    Cli one =
        Cli.run(
            "report",
            P,
            "--area",
            "Testham",
            "--boundaries",
            Cli.FIXTURES + "boundaries/testham-one-of-two.csv",
            "--quiet");
    assertThat(one.exit()).as(one.err()).isZero();
    assertThat(Jsoup.parse(one.out()).text())
        .contains("1 of Testham's 2 LSOAs has no polygon in")
        .contains("not on the maps: E01900002 (12 crimes)");
    // three-squares-bng.csv holds E01000001..3, none of Testham's: one line, exit 3.
    Cli none =
        Cli.run(
            "report",
            P,
            "--area",
            "Testham",
            "--boundaries",
            Cli.FIXTURES + "boundaries/three-squares-bng.csv",
            "--quiet");
    assertThat(none.exit()).isEqualTo(3);
    assertThat(none.err().strip().lines()).hasSize(1);
    assertThat(none.err()).contains("has no polygon for any of Testham's 2 LSOAs");
  }
}
