package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An area whose residents are not its population at risk prints no rate where the report tells the
 * reader to compare on change (review finding 13: the City's summary showed 133.8 per 1,000 and its
 * LSOA tables 638.6 beside the ¶ footnote "compare on change, not rate"). fixtures/persistent:
 * Testham's 108 crimes over 36 months, 3 a month, 36 a year, in 2 LSOAs of 10 residents each: 36
 * per 20 residents is 1,800 per 1,000, over the 250 above which residents are not the population at
 * risk.
 */
class ReportResidentRatesTest {
  @Test
  void perThousandCellsSayNotApplicableWithTheResidentsMark(@TempDir Path dir) throws Exception {
    Path pop = dir.resolve("pop.csv");
    Files.writeString(
        pop,
        "code,population,name,year\nE01900001,10,Testham 001A,2022\nE01900002,10,Testham 002B,2022\n");
    Cli r =
        Cli.run(
            "report",
            Cli.FIXTURES + "persistent",
            "--area",
            "Testham",
            "--population",
            pop.toString(),
            "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    Document page = Jsoup.parse(r.out());
    List<String> headings = page.select("table.summary thead th").eachText();
    int rate = headings.indexOf("Per 1,000");
    List<String> cells =
        page.select("table.summary tbody tr").stream().map(tr -> tr.child(rate).text()).toList();
    assertThat(cells).isNotEmpty().containsOnly("n/a ¶");
    assertThat(page.select("#summary p.note").text()).contains("¶ residents are not");
    // Each LSOA table's Per 1,000 column: the 6th of its 8 cells.
    List<String> lsoaRates =
        page.select("section.priority table.lsoas tbody tr").stream()
            .filter(tr -> tr.childrenSize() == 8)
            .map(tr -> tr.child(5).text())
            .toList();
    assertThat(lsoaRates).isNotEmpty().containsOnly("n/a ¶");
  }
}
