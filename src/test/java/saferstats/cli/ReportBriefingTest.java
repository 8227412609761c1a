package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.analysis.PriorityTrend;

/**
 * The top of the report on fixtures/mps-cautions: Harrow residential burglary 60 a month to
 * 2023-05, 40 from 2023-06 and 3 in 2023-08 (443 against 700 over the 12 months to 2024-06, a step
 * down from 2023-06); harassment a flat 20, its windows holding the May 2023 counting change.
 */
class ReportBriefingTest {
  private static final String F = Cli.FIXTURES + "mps-cautions/borough.csv";

  /** Every flag name trends writes: none may reach the summary a person reads. */
  static final List<String> TOKENS =
      List.of(
          PriorityTrend.SMALL_NUMBERS,
          PriorityTrend.INCOMPLETE,
          PriorityTrend.RELEASE_SPLICE,
          PriorityTrend.RESIDENT_DENOMINATOR,
          PriorityTrend.SHORT_SERIES,
          PriorityTrend.ABRUPT_MONTH,
          PriorityTrend.STEP,
          PriorityTrend.KNOWN_BREAK,
          PriorityTrend.COMPARATOR_TOO_SMALL,
          PriorityTrend.UNLOCATED_SHARE_CHANGED);

  @TempDir static Path dir;

  /**
   * The borough table beside a ward table of one Harrow ward holding all of it (the report ranks
   * wards for MPS tables; the ward's counts change none of the borough's figures).
   */
  private static Document report() throws IOException {
    return report(dir, l -> l);
  }

  /** The report on the fixture with each line edited, written into {@code into} once. */
  private static Document report(Path into, UnaryOperator<String> edit) throws IOException {
    Path borough = into.resolve("borough.csv");
    Path ward = into.resolve("ward.csv");
    if (!Files.exists(ward)) {
      List<String> lines = Files.readAllLines(Path.of(F)).stream().map(edit).toList();
      List<String> wards = new ArrayList<>();
      for (String l : lines) {
        String[] c = l.split(",", 4);
        wards.add(
            c[0]
                + ","
                + c[1]
                + (wards.isEmpty()
                    ? ",WardName,WardCode,LookUp_BoroughName,"
                    : ",Greenhill,E05013555,Harrow,")
                + c[3]);
      }
      Files.write(borough, lines);
      Files.write(ward, wards);
    }
    Cli r = Cli.run("report", into.toString(), "--area", "Harrow", "--quiet");
    assertThat(r.exit()).as(r.err()).isZero();
    return Jsoup.parse(r.out());
  }

  @Test
  void theReportOpensWithKeyFindingsThatNameTheStepAndTheAbruptMonth() throws IOException {
    Document page = report();
    // Key findings come before the summary.
    assertThat(page.select("section").first().id()).isEqualTo("findings");
    List<String> findings = page.select("ol.findings li").eachText();
    assertThat(findings).hasSizeBetween(1, 8);
    // 443 vs 700: -36.7 %, significant, resting on a step and an abrupt month: said in it.
    assertThat(findings)
        .filteredOn(f -> f.contains("(443 vs 700)"))
        .singleElement()
        .asString()
        .contains("2023-08 at 3 against a usual 60")
        .contains("step down from 2023-06");
  }

  @Test
  void summaryFlagsAreMarksWithOneFootnotePerKind() throws IOException {
    Document page = report();
    List<String> headings = page.select("table.summary thead th").eachText();
    int flags = headings.indexOf("Flags");
    List<String> cells =
        page.select("table.summary tbody tr").stream().map(tr -> tr.child(flags).text()).toList();
    // Burglary: abrupt month (*) and step (†); harassment: the known break (§).
    assertThat(cells).containsExactly("* †", "§");
    // The table's words, not the sparklines' titles.
    String summary = page.select("table.summary td:not(.spark)").text();
    // No token list: the only semicolons are the verdict's prose (issue 26.2's wording).
    assertThat(summary.replaceAll("\\([^)]*\\)", "")).doesNotContainPattern("[a-z]+-[a-z]+;");
    // Flag names are not printed: the verdict column may say "step" in prose, the flags may not.
    TOKENS.stream()
        .filter(t -> t.contains("-"))
        .forEach(t -> assertThat(summary).as(t).doesNotContain(t));
    TOKENS.forEach(t -> assertThat(String.join(" ", cells)).as(t).doesNotContain(t));
    List<String> notes = page.select("#summary p.note").eachText();
    assertThat(notes).hasSize(3);
    assertThat(notes.get(0)).startsWith("* abrupt month").contains("2023-08: 3 against a usual 60");
    assertThat(notes.get(1)).startsWith("† step").contains("down from 2023-06");
    assertThat(notes.get(2)).startsWith("§ known break").contains("2023-05");
  }

  @Test
  void theTrendColumnSaysStepWhereTheVerdictFindsAShiftInLevel() throws IOException {
    Document page = report();
    List<String> headings = page.select("table.summary thead th").eachText();
    int verdict = headings.indexOf("Significance");
    int trend = headings.indexOf("Trend");
    var burglary = page.select("table.summary tbody tr").first();
    // Burglary: 60 a month to 2023-05, then 40 (3 in 2023-08). Over 36 months Mann–Kendall reads
    // the drop as a decreasing trend; the verdict says "a shift in level, not a trend", so the
    // Trend cell names the step, with its mark, instead of "decreasing".
    assertThat(burglary.child(verdict).text()).contains("a shift in level, not a trend");
    assertThat(burglary.child(trend).text()).isEqualTo("step down †");
    // Harassment has no step: its Mann–Kendall word stays.
    assertThat(page.select("table.summary tbody tr").get(1).child(trend).text())
        .isNotEqualTo("step down †")
        .doesNotStartWith("step");
    assertThat(page.select("#summary").text()).contains("\"step\" where a step lies");
  }

  @Test
  void theMatrixSaysWhyThereIsNoPeerColumn() throws IOException {
    Document page = report();
    assertThat(page.select("table.matrix tbody tr")).hasSize(2);
    assertThat(page.select("table.matrix tbody td:last-child").eachText()).containsOnly("—");
    // MPS tables but no --population: the footnote says what would rank the area.
    assertThat(page.select("#findings p.note").text())
        .contains("— no peer group")
        .contains("--population");
  }

  @Test
  void theMixBreakFootnoteNamesTheMay2023ChangeNotOneInsideTheWindow(@TempDir Path own)
      throws IOException {
    // The fixture with harassment under its current name, Stalking and Harassment (offence codes
    // 8L;8M;8Q;8R, weighted, and touched by the May 2023 counting change). The harm window,
    // 2023-07..2024-06, lies wholly after May 2023: the § note names the change and the mix's
    // year, and does not put it inside the window.
    Document page = report(own, l -> l.replace(",HARASSMENT,", ",STALKING AND HARASSMENT,"));
    assertThat(page.select("table.matrix tbody").text()).contains("§");
    assertThat(page.select("#findings p.note").text())
        .contains("§ the 2019/20 offence mix predates the May 2023 counting-rule change")
        .doesNotContain("inside the window");
    assertThat(page.select("ol.findings").text()).doesNotContain("inside the window");
  }
}
