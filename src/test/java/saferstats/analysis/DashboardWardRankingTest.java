package saferstats.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;
import saferstats.model.Month;

/**
 * Wards ranked from the MPS Monthly Crime Dashboard's Safer Neighbourhood Team rows for the
 * priorities it measures (SPEC 1.4b, issue 25.2), beside hand-written MPS borough and ward tables.
 * Everything covers 2022-05..2024-04, so the end is 2024-04: current 12 = 2023-05..2024-04,
 * previous 12 = 2022-05..2023-04.
 *
 * <pre>
 * SNT rows (Harrow)               previous months        current months
 * Greenhill E05013546 Hate crime  2 a month              2 a month, no row in 2024-01 (a 0)
 *                     Racist 2, Faith 1 a month (strands, overlapping the total)
 *                     DA VWI      1 a month              1 a month
 * Roxbourne E05013558 Hate crime  3 a month              1 a month; 2024-04 refreshed 1 → 9
 * Belmont   E05013542 Hate crime  no row                 no row
 *                     DA VWI      no row                 1 a month
 * Borough rows        Hate crime 4 a month, DA VWI 3 a month
 * Ward tables         Sexual Offences/Rape: Greenhill 1, Roxbourne 3 a month (no Belmont row)
 * Borough table       Sexual Offences/Rape: Harrow 4 a month
 * </pre>
 */
class DashboardWardRankingTest {
  private static final Month FIRST = Month.of(2022, 5);
  private static final Month LAST = Month.of(2024, 4);
  private static final Month CURRENT = Month.of(2023, 5);

  private static Path folder(Path dir, boolean withJune2022) throws IOException {
    List<Month> months = FIRST.through(LAST);
    StringBuilder header = new StringBuilder();
    months.forEach(
        m -> header.append(',').append(m.year()).append(String.format("%02d", m.month())));
    Files.writeString(
        dir.resolve("borough.csv"),
        "MajorText,MinorText,BoroughName"
            + header
            + "\nSexual Offences,Rape,Harrow"
            + ",4".repeat(months.size())
            + "\n");
    Files.writeString(
        dir.resolve("ward.csv"),
        "MajorText,MinorText,WardName,WardCode,LookUp_BoroughName"
            + header
            + "\nSexual Offences,Rape,Greenhill,E05013546,Harrow"
            + ",1".repeat(months.size())
            + "\nSexual Offences,Rape,Roxbourne,E05013558,Harrow"
            + ",3".repeat(months.size())
            + "\n");
    List<String> d = new ArrayList<>();
    d.add(
        "month_year,area_type,borough_snt,area_name,area_code,crime_type,crime_subtype,measure,"
            + "financial_year,fy_fyindex,count,refresh_date,sheet");
    for (Month m : months) {
      boolean now = !m.isBefore(CURRENT);
      d.add(borough(m, "Hate crime", "Hate crime", 4));
      d.add(borough(m, "Domestic Abuse", "Domestic Abuse violence with injury", 3));
      if (!withJune2022 && m.equals(Month.of(2022, 6))) {
        continue; // no SNT row at all this month: the file does not cover it for Harrow's wards
      }
      if (!m.equals(Month.of(2024, 1))) {
        d.add(snt(m, "Greenhill", "E05013546", "Hate crime", 2, "2024-05-02"));
      }
      d.add(snt(m, "Greenhill", "E05013546", "Racist Crime", 2, "2024-05-02"));
      d.add(snt(m, "Greenhill", "E05013546", "Faith Crime", 1, "2024-05-02"));
      d.add(dava(m, "Greenhill", "E05013546"));
      d.add(snt(m, "Roxbourne", "E05013558", "Hate crime", now ? 1 : 3, "2024-05-02"));
      if (now) {
        d.add(dava(m, "Belmont", "E05013542"));
      }
    }
    // A later refresh of one key (Roxbourne, April 2024) replaces that key alone.
    d.add(snt(LAST, "Roxbourne", "E05013558", "Hate crime", 9, "2024-05-21"));
    Files.write(dir.resolve("dashboard.csv"), d);
    return dir;
  }

  private static String borough(Month m, String group, String subgroup, int n) {
    return m
        + ",Borough,Harrow,Harrow,E09000015,"
        + group
        + ","
        + subgroup
        + ",Offences,fy,i,"
        + n
        + ",2024-05-02,Other";
  }

  private static String snt(Month m, String ward, String code, String sub, int n, String refresh) {
    return m
        + ",Safer Neighbourhood Teams,Harrow "
        + ward
        + ","
        + ward
        + ","
        + code
        + ",Hate crime,"
        + sub
        + ",Offences,fy,i,"
        + n
        + ","
        + refresh
        + ",Other";
  }

  private static String dava(Month m, String ward, String code) {
    return m
        + ",Safer Neighbourhood Teams,Harrow "
        + ward
        + ","
        + ward
        + ","
        + code
        + ",Domestic Abuse,Domestic Abuse violence with injury,Offences,fy,i,1,2024-05-02,Other";
  }

  private static JsonNode hotspots(Path dir, String priority) {
    return Cli.json(
        "hotspots",
        dir.toString(),
        "--area",
        "Harrow",
        "--categories",
        "csp-2023",
        "--priority",
        priority);
  }

  private static List<org.assertj.core.groups.Tuple> ranks(JsonNode report) {
    List<org.assertj.core.groups.Tuple> out = new ArrayList<>();
    for (JsonNode w : report.get("wards")) {
      out.add(
          tuple(
              w.get("rank").asInt(),
              w.get("name").asText(),
              w.get("count").asLong(),
              w.get("previous").isNull() ? null : w.get("previous").asLong()));
    }
    return out;
  }

  @Test
  void hateCrimeWardsRankOnTheTotalSubgroupWithTheNewestRefreshAndNoRowAsZero(@TempDir Path dir)
      throws IOException {
    JsonNode h = hotspots(folder(dir, true), "Hate crime");
    // Greenhill: current 11 months × 2 + 2024-01's missing row as 0 = 22 (summing its strands
    // would add 12 × (2 + 1) = 36 more); previous 12 × 2 = 24.
    // Roxbourne: current 11 × 1 + 9 (2024-04's later refresh replaces its 1, the other months
    // keep theirs) = 20; previous 12 × 3 = 36.
    // Belmont: SNT rows (domestic abuse) in every current month, none of hate crime: 0 and 0.
    assertThat(ranks(h))
        .containsExactly(
            tuple(1, "Greenhill", 22L, 24L),
            tuple(2, "Roxbourne", 20L, 36L),
            tuple(3, "Belmont", 0L, 0L));
    assertThat(h.at("/wardBasis/basis").asText())
        .isEqualTo("the MPS Monthly Crime Dashboard's SNT rows");
    // Shares are of the wards' 42: 22 / 42 = 52.4 %.
    assertThat(h.at("/wards/0/share").asDouble()).isEqualTo(52.4);
    // The borough rows: 12 × 4 = 48, of which the wards hold 42.
    assertThat(h.get("notes").toString())
        .contains("The wards hold 42 of the 48 offences of Hate crime/Hate crime")
        .contains("the other 6 are recorded to no ward")
        .contains("a ward with no row counts 0");
  }

  @Test
  void aMonthNoSntRowCoversIsMissingNotZero(@TempDir Path dir) throws IOException {
    // Without any SNT row in 2022-06 (the borough rows have it), that month is missing for the
    // wards: the previous window is incomplete, so no previous counts or changes, while the
    // current counts are as above.
    JsonNode h = hotspots(folder(dir, false), "Hate crime");
    assertThat(ranks(h))
        .containsExactly(
            tuple(1, "Greenhill", 22L, null),
            tuple(2, "Roxbourne", 20L, null),
            tuple(3, "Belmont", 0L, null));
    assertThat(h.get("notes").toString()).contains("the data lack 2022-06");
  }

  @Test
  void aPriorityFromBothSourcesAddsTheTablesPartWardByWard(@TempDir Path dir) throws IOException {
    JsonNode h = hotspots(folder(dir, true), "Violence against women and girls");
    // VAWG = the tables' Sexual Offences + the dashboard's DA violence with injury:
    // Roxbourne 12 × 3 + 0 = 36 (previous 36); Greenhill 12 × 1 + 12 × 1 = 24 (previous 24);
    // Belmont, in no ward table, 0 + 12 × 1 = 12 (previous 0 + 0 = 0).
    assertThat(ranks(h))
        .containsExactly(
            tuple(1, "Roxbourne", 36L, 36L),
            tuple(2, "Greenhill", 24L, 24L),
            tuple(3, "Belmont", 12L, 0L));
    assertThat(h.at("/wardBasis/basis").asText())
        .isEqualTo("MPS ward tables and the MPS Monthly Crime Dashboard's SNT rows");
    // Borough DA VWI 12 × 3 = 36; the wards' 24 (Greenhill 12, Belmont 12).
    assertThat(h.get("notes").toString())
        .contains("adds the MPS ward tables' Sexual Offences/Rape to the dashboard's")
        .contains("The wards hold 24 of the 36 offences");
  }

  @Test
  void aPriorityFromTheTablesAloneStillRanksTheWardTables(@TempDir Path dir) throws IOException {
    // No dashboard category: the ward tables as before (all categories: Rape alone here).
    JsonNode h =
        Cli.json(
            "hotspots",
            folder(dir, true).toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023");
    assertThat(ranks(h))
        .containsExactly(tuple(1, "Roxbourne", 36L, 36L), tuple(2, "Greenhill", 12L, 12L));
    assertThat(h.at("/wardBasis/basis").asText()).isEqualTo("MPS ward tables");
  }

  @Test
  void theReportRanksTheDashboardPrioritysWards(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectory(out);
    Path in = Files.createDirectory(dir.resolve("in"));
    folder(in, true);
    Cli c =
        Cli.run(
            "report",
            in.toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023",
            "--output",
            out.resolve("r.html").toString(),
            "--quiet");
    assertThat(c.exit()).as(c.err()).isZero();
    String html = Files.readString(out.resolve("r.html"));
    // The hate crime section's where part ranks its wards from the SNT rows (Greenhill 22 against
    // 24, as above), where before it said it had no ward table.
    int section = html.indexOf("Wards (from the MPS Monthly Crime Dashboard&#39;s SNT rows)");
    assertThat(section).as("no dashboard ward table in the report").isPositive();
    assertThat(html.substring(section, html.indexOf("</table>", section)))
        .contains(
            "<td>E05013546</td><td>Greenhill</td><td class=\"n\">22</td><td class=\"n\">52.4%</td>")
        .contains("<td>Roxbourne</td><td class=\"n\">20</td>");
  }

  @Test
  void theDashboardAloneRanksWardsPerPriorityNeverAllSubgroupsAdded(@TempDir Path dir)
      throws IOException {
    folder(dir, true);
    Files.delete(dir.resolve("borough.csv"));
    Files.delete(dir.resolve("ward.csv"));
    // The same SNT counts as with the tables (the code before refused: no MPS ward table).
    JsonNode h = hotspots(dir, "Hate crime");
    assertThat(ranks(h))
        .containsExactly(
            tuple(1, "Greenhill", 22L, 24L),
            tuple(2, "Roxbourne", 20L, 36L),
            tuple(3, "Belmont", 0L, 0L));
    // Without a priority every subgroup would be added, strands and totals alike: refused.
    Cli all = Cli.run("hotspots", dir.toString(), "--area", "Harrow", "--categories", "csp-2023");
    assertThat(all.exit()).isEqualTo(2);
    assertThat(all.err()).contains("give --priority").hasLineCount(1);
  }
}
