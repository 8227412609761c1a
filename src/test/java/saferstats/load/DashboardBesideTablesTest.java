package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;
import saferstats.model.Month;

/**
 * The MPS Monthly Crime Dashboard beside the MPS borough table (SPEC 1.4b): its subgroups measure
 * the presets' hate crime, domestic abuse and knife crime priorities, its total subgroup never the
 * sum of its strands, and the figures end where the first source ends.
 *
 * <p>The sample tables cover 2021-07..2024-06. The dashboard written here covers 2022-04..2024-03
 * for Harrow: hate crime (total) 10 a month to 2023-03 and 12 a month from 2023-04, with no row in
 * 2023-10 (a 0: the dashboard has no zero rows); strands Racist Crime 8 and Faith Crime 4 every
 * month; knife injury victims aged 1-24 2 a month; DA violence with injury 5 a month (offences) and
 * 1 a month (positive outcomes, spelled as published on that measure).
 */
public class DashboardBesideTablesTest {
  private static final Path TABLES = Path.of("sample-data/mps/borough");

  /** The two sample borough releases beside the hand-made dashboard file, in {@code dir}. */
  public static Path folder(Path dir) throws IOException {
    for (String release : new String[] {"2021-07_2023-06", "2022-07_2024-06"}) {
      Files.copy(
          TABLES.resolve(release).resolve("MPS Borough Level Crime (most recent 24 months).csv"),
          dir.resolve(release + ".csv"));
    }
    StringBuilder d =
        new StringBuilder(
            "month_year,area_type,borough_snt,area_name,area_code,crime_type,crime_subtype,"
                + "measure,financial_year,fy_fyindex,count,refresh_date,sheet\n");
    for (Month m : Month.of(2022, 4).through(Month.of(2024, 3))) {
      boolean late = !m.isBefore(Month.of(2023, 4));
      if (!m.equals(Month.of(2023, 10))) {
        d.append(row(m, "Hate crime", "Hate crime", "Offences", late ? 12 : 10));
      }
      d.append(row(m, "Hate crime", "Racist Crime", "Offences", 8));
      d.append(row(m, "Hate crime", "Faith Crime", "Offences", 4));
      d.append(row(m, "Knife Crime", "Knife Injury Victims (1-24)", "Offences", 2));
      d.append(row(m, "Domestic Abuse", "Domestic Abuse violence with injury", "Offences", 5));
      d.append(
          row(m, "Domestic Abuse", "Domestic Abuse Violence with Injury", "Positive Outcomes", 1));
    }
    Files.writeString(dir.resolve("dashboard.csv"), d);
    return dir;
  }

  private static String row(Month m, String group, String subgroup, String measure, int n) {
    return m
        + ",Borough,Harrow,Harrow,E09000015,"
        + group
        + ","
        + subgroup
        + ","
        + measure
        + ",fy,idx,"
        + n
        + ",2025-08-02,Other\n";
  }

  @Test
  void hateCrimeIsTheTotalSubgroupNeverItsStrandsSummed(@TempDir Path dir) throws IOException {
    JsonNode t =
        Cli.json("trends", folder(dir).toString(), "--area", "Harrow", "--categories", "csp-2023");
    JsonNode hate = Cli.priority(t, "Hate crime").get("windows");
    // Ends 2024-03 (the dashboard's last month, before the tables' 2024-06).
    assertThat(t.get("end").asText()).isEqualTo("2024-03");
    // 2023-04..2024-03: 11 months of 12 and 2023-10's 0 = 132; 2022-04..2023-03: 12 × 10 = 120.
    // Summing the strands would give 12 × (12 + 8 + 4) less 12 = 276.
    assertThat(hate.get("current12").get("count").asLong()).isEqualTo(132);
    assertThat(hate.get("previous12").get("count").asLong()).isEqualTo(120);
    assertThat(Cli.priority(t, "Hate crime").get("approximate").asBoolean()).isFalse();
    assertThat(t.get("notes").toString())
        .contains(
            "The MPS Monthly Crime Dashboard ended first: the dashboard runs to 2024-03, the MPS"
                + " tables to 2024-06");
  }

  @Test
  void aDashboardPriorityDoesNotCarryTheTablesReleaseSplice(@TempDir Path dir) throws IOException {
    // The 24 months to 2024-03 begin 2022-04, before the newer release's 2022-07, so the tables'
    // months are spliced from two releases and a priority read from them is flagged. Hate crime
    // comes from the dashboard alone (one file, one refresh): no splice applies to it. Violence
    // against women and girls takes the tables' sexual offences beside the dashboard's DA
    // violence with injury, so its table part is spliced and it keeps the flag.
    JsonNode t =
        Cli.json("trends", folder(dir).toString(), "--area", "Harrow", "--categories", "csp-2023");
    assertThat(Cli.priority(t, "Drugs").get("flags").toString()).contains("release-splice");
    assertThat(Cli.priority(t, "Violence against women and girls").get("flags").toString())
        .contains("release-splice");
    assertThat(Cli.priority(t, "Hate crime").get("flags").toString())
        .doesNotContain("release-splice");
    assertThat(Cli.priority(t, "Hate crime").at("/cautions/splices").toString()).isEqualTo("[]");
  }

  @Test
  void positiveOutcomesAreCountsAndATwelveMonthRatioNeverAMonthlyRate(@TempDir Path dir)
      throws IOException {
    JsonNode t =
        Cli.json("trends", folder(dir).toString(), "--area", "Harrow", "--categories", "csp-2023");
    JsonNode vawg = null;
    for (JsonNode p : t.get("positiveOutcomes")) {
      if (p.get("priority").asText().equals("Violence against women and girls")) {
        vawg = p;
      }
    }
    // Only the dashboard's DA violence with injury has outcomes (its Positive Outcomes rows spelled
    // "Violence with Injury", the same category): 12 × 1 = 12 outcomes against 12 × 5 = 60
    // offences, a ratio of 0.2 over the 12 months.
    assertThat(vawg).isNotNull();
    assertThat(vawg.get("categories").toString())
        .isEqualTo("[\"Domestic Abuse/Domestic Abuse violence with injury\"]");
    assertThat(vawg.get("current12").asLong()).isEqualTo(12);
    assertThat(vawg.get("previous12").asLong()).isEqualTo(12);
    assertThat(vawg.get("offences12").asLong()).isEqualTo(60);
    assertThat(vawg.get("ratio12").asDouble()).isEqualTo(0.2);
  }

  @Test
  void positiveOutcomesAreShownInTheTableAndMarkdownOutputs(@TempDir Path dir) throws IOException {
    // The same figures as the JSON above: 12 outcomes, 12 the year before, 60 offences, 0.200.
    String folder = folder(dir).toString();
    for (String format : new String[] {"table", "markdown"}) {
      Cli c =
          Cli.run(
              "trends", folder, "--area", "Harrow", "--categories", "csp-2023", "--format", format);
      assertThat(c.exit()).as(c.err()).isZero();
      assertThat(c.out()).as(format).contains("Positive outcomes (MPS Monthly Crime Dashboard");
      String line =
          c.out()
              .lines()
              .filter(l -> l.contains("Violence against women and girls") && l.contains("0.200"))
              .findFirst()
              .orElseThrow(() -> new AssertionError(format + ": no outcomes row\n" + c.out()));
      // The table fits 120 columns (issue 26.3): its subgroup column may go to a second part.
      assertThat(line.replaceAll("[|\\s]+", " ").strip())
          .as(format)
          .startsWith("Violence against women and girls 12 12 60 0.200")
          .satisfies(
              l -> {
                if (format.equals("markdown")) {
                  assertThat(l).endsWith("Domestic Abuse/Domestic Abuse violence with injury");
                }
              });
    }
  }

  @Test
  void theDashboardAloneIsReadWithoutTheTables(@TempDir Path dir) throws IOException {
    folder(dir);
    Files.delete(dir.resolve("2021-07_2023-06.csv"));
    Files.delete(dir.resolve("2022-07_2024-06.csv"));
    Cli c =
        Cli.run(
            "trends",
            dir.toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023",
            "--format",
            "json");
    assertThat(c.exit()).as(c.err()).isZero();
    JsonNode t = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.out());
    // The same hate crime as beside the tables: 132 against 120, to the dashboard's 2024-03.
    assertThat(t.get("end").asText()).isEqualTo("2024-03");
    JsonNode hate = Cli.priority(t, "Hate crime").get("windows");
    assertThat(hate.get("current12").get("count").asLong()).isEqualTo(132);
    assertThat(hate.get("previous12").get("count").asLong()).isEqualTo(120);
  }

  @Test
  void knifeInjuryVictimsUnder25MeasureTheSeriousViolencePriority(@TempDir Path dir)
      throws IOException {
    JsonNode t =
        Cli.json(
            "trends",
            folder(dir).toString(),
            "--area",
            "Harrow",
            "--categories",
            "serious-violence");
    JsonNode p = Cli.priority(t, "Serious violence against under-25s");
    // 12 months × 2 = 24 in each window; approximate (knife injury victims only).
    assertThat(p.get("windows").get("current12").get("count").asLong()).isEqualTo(24);
    assertThat(p.get("measurable").asBoolean()).isTrue();
    assertThat(p.get("approximate").asBoolean()).isTrue();
  }

  @Test
  void monthsTheDashboardDoesNotCoverAreMissingNotZero(@TempDir Path dir) throws IOException {
    // --end 2024-06: the table covers it, the dashboard stops at 2024-03, so hate crime's current
    // 12 months (2023-07..2024-06) miss 2024-04..06 and its count is withheld (null), not 9 × 12.
    JsonNode t =
        Cli.json(
            "trends",
            folder(dir).toString(),
            "--area",
            "Harrow",
            "--categories",
            "csp-2023",
            "--end",
            "2024-06");
    JsonNode current = Cli.priority(t, "Hate crime").get("windows").get("current12");
    assertThat(current.get("count").isNull()).isTrue();
    assertThat(current.get("missing").toString()).contains("2024-04");
  }

  @Test
  void aGroupStarForTheDashboardIsRefusedInOneLine(@TempDir Path dir) throws IOException {
    Path set = dir.resolve("mine.csv");
    Files.writeString(
        set,
        "priority,group,input,category,match,note\n"
            + "Hate crime,mine,mps-dashboard,Hate crime/*,exact,\n");
    Cli r = Cli.run("categories", set.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith(
            "saferstats: "
                + set
                + ", line 2: 'Hate crime/*' sums every subgroup of an MPS Monthly Crime Dashboard"
                + " group");
  }
}
