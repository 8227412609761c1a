package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code saferstats report} on the last 1 to 12 months of the {@code persistent} fixture (which
 * ends 2024-06, 3 Burglary rows a month with coordinates): every span draws what it can and says
 * what it cannot, never an internal error. At 48d5c94 a span of under three complete quarters
 * crashed drawing the grid (a cell with no class looked up in {@code Map.of}).
 */
class ShortSpanReportTest {
  private static final Path FIXTURE = Path.of(Cli.FIXTURES + "persistent");

  @Test
  void everySpanOfOneToTwelveMonthsGivesAPageThatSaysWhatItCannotDraw(@TempDir Path tmp)
      throws IOException {
    List<String> months;
    try (Stream<Path> s = Files.list(FIXTURE)) {
      months = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(months).endsWith("2024-06");
    for (int n = 1; n <= 12; n++) {
      Path in = tmp.resolve("in" + n);
      for (String m : months.subList(months.size() - n, months.size())) {
        copyFolder(FIXTURE.resolve(m), in.resolve(m));
      }
      Path html = tmp.resolve("r" + n + ".html");
      Cli r =
          Cli.run(
              "report", in.toString(), "--area", "Testham", "--output", html.toString(), "--quiet");
      assertThat(r.exit()).as(n + " months: " + r.err()).isZero();
      Document page = Jsoup.parse(Files.readString(html));
      String text = page.text();
      // The data end 2024-06, the end of a financial quarter (2024-25 Q1, April to June), so n
      // months hold n / 3 complete quarters: 1-2 → 0, 3-5 → 1, 6-8 → 2, 9-11 → 3, 12 → 4. Classes
      // need 3 (HotspotClass.MIN_PERIODS) and ask for 8.
      int quarters = n / 3;
      assertThat(text)
          .as(n + " months")
          .contains(
              "Cell classes need 8 complete quarters; the data give "
                  + quarters
                  + (quarters < 3 ? ", too few to classify." : "."));
      String grid = page.select("figure.map svg").last().text();
      if (quarters < 3) {
        assertThat(grid).as(n + " months").contains("No cell classes");
      } else {
        assertThat(grid).as(n + " months").contains("persistent").doesNotContain("No cell classes");
      }
      // Under 12 months there is no control chart (SPEC 4.2): the chart says so, and its caption
      // promises no limits.
      String chart = page.select("figure.chart").first().text();
      if (n < 12) {
        assertThat(chart)
            .as(n + " months")
            .contains(
                "No control limits: only "
                    + n
                    + " of "
                    + n
                    + (n == 1 ? " month has" : " months have")
                    + " data, too few for a control chart")
            .doesNotContain("centre and limits");
      } else {
        assertThat(chart).contains("with the control chart's centre and limits");
      }
      // Under 24 months the trend is withheld and flagged, in every span here: the flag's short
      // word in the row, its footnote under the table.
      assertThat(page.select("table.summary tbody tr").first().text())
          .contains("withheld")
          .contains("short");
      assertThat(page.select("#summary p.note").text())
          .contains("short: too few months for the trend, which is withheld");
    }
  }

  @Test
  void placesAreComparedOnlyWithAWindowTheDataCover(@TempDir Path tmp) throws Exception {
    List<String> months;
    try (Stream<Path> s = Files.list(FIXTURE)) {
      months = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (int n : new int[] {1, 13, 24}) {
      Path in = tmp.resolve("in" + n);
      for (String m : months.subList(months.size() - n, months.size())) {
        copyFolder(FIXTURE.resolve(m), in.resolve(m));
      }
      Cli r = Cli.run("hotspots", in.toString(), "--area", "Testham", "--format", "json");
      assertThat(r.exit()).as(r.err()).isZero();
      JsonNode h = new ObjectMapper().readTree(r.out());
      JsonNode top = h.get("lsoas").get(0);
      // Testham 001A: 2 Burglary a month, so 2 x min(n, 12) in the 12 months to 2024-06.
      assertThat(top.get("code").asText()).isEqualTo("E01900001");
      assertThat(top.get("count").asLong()).isEqualTo(2L * Math.min(n, 12));
      if (n < 24) {
        // The previous 12 months (2022-07 to 2023-06) lack data: no count, change or test, and
        // never the 0 that made every place a "significant increase" at 48d5c94.
        assertThat(top.get("previous").isNull()).as(n + " months").isTrue();
        assertThat(top.get("p").isNull()).isTrue();
        assertThat(top.get("significance").isNull()).isTrue();
        assertThat(h.get("notes").toString())
            .contains("No comparison with 12 months to 2023-06 (2022-07 to 2023-06): the data lack")
            .contains("a missing month is not zero");
      } else {
        // 24 months: both windows covered, 24 against 24.
        assertThat(top.get("previous").asLong()).isEqualTo(24);
        assertThat(top.get("significance").asText()).isEqualTo("no significant change");
        assertThat(h.get("notes").toString()).doesNotContain("No comparison");
      }
      if (n < 12) {
        assertThat(h.get("notes").toString())
            .contains("The data cover " + n + " of the 12 months of 12 months to 2024-06");
      }
    }
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : s.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
