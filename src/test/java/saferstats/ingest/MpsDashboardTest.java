package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.cli.Cli;
import saferstats.ingest.result.Selection;
import saferstats.model.Month;
import saferstats.mps.DashboardData;
import saferstats.mps.DashboardMeasure;
import saferstats.mps.MpsLayout.Level;

/** The MPS Monthly Crime Dashboard read by the rules of SPEC 1.4b, each pinned on a tiny file. */
class MpsDashboardTest {
  static final String SNAKE =
      "month_year,area_type,borough_snt,area_name,area_code,crime_type,crime_subtype,measure,"
          + "financial_year,fy_fyindex,count,refresh_date,sheet\n";
  static final String PUBLISHED =
      "Month_Year,Area Type,Borough_SNT,Area name,Area code,Offence Group,Offence Subgroup,"
          + "Measure,Financial Year,FY_FYIndex,Count,Refresh Date\n";

  /** One snake_case row of Harrow's borough figures. */
  static String harrow(
      String month, String group, String subgroup, String measure, int n, String refresh) {
    return month
        + ",Borough,Harrow,Harrow,E09000015,"
        + group
        + ","
        + subgroup
        + ","
        + measure
        + ",fy,idx,"
        + n
        + ","
        + refresh
        + ",Other\n";
  }

  static DashboardData read(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    return IngestTestSupport.read(new Selection.Area("Harrow"), dir.toString()).dashboard();
  }

  static SortedMap<Month, Long> offences(DashboardData d, String category) {
    return d.counts(Level.BOROUGH, Set.of("E09000015"), DashboardMeasure.OFFENCES).get(category);
  }

  static Month m(String ym) {
    return Month.parse(ym).orElseThrow();
  }

  @Test
  void publishedAndSnakeCaseLayoutsReadAlike(@TempDir Path dir) throws IOException {
    DashboardData snake =
        read(
            Files.createDirectories(dir.resolve("a")),
            "s.csv",
            SNAKE + harrow("2024-01", "Hate crime", "Hate crime", "Offences", 30, "2025-08-02"));
    // The London Datastore's own layout: month as the first of the month, refresh as a UK date.
    DashboardData published =
        read(
            Files.createDirectories(dir.resolve("b")),
            "p.csv",
            PUBLISHED
                + "01/01/2024,Borough,Harrow,Harrow,E09000015,Hate crime,Hate crime,Offences,"
                + "2023-24,23-24_10,30,02/08/2025\n");
    assertThat(offences(snake, "Hate crime/Hate crime"))
        .containsExactly(Map.entry(m("2024-01"), 30L));
    assertThat(offences(published, "Hate crime/Hate crime"))
        .containsExactly(Map.entry(m("2024-01"), 30L));
  }

  @Test
  void aCoveredMonthWithNoRowIsZeroAndOtherMonthsAreNotThere(@TempDir Path dir) throws IOException {
    // The file covers 2024-01..2024-03 (hate crime has all three); knife crime has no 2024-02 row.
    DashboardData d =
        read(
            dir,
            "d.csv",
            SNAKE
                + harrow("2024-01", "Hate crime", "Hate crime", "Offences", 30, "2025-08-02")
                + harrow("2024-02", "Hate crime", "Hate crime", "Offences", 31, "2025-08-02")
                + harrow("2024-03", "Hate crime", "Hate crime", "Offences", 32, "2025-08-02")
                + harrow("2024-01", "Knife Crime", "Knife Crime", "Offences", 4, "2025-08-02")
                + harrow("2024-03", "Knife Crime", "Knife Crime", "Offences", 6, "2025-08-02"));
    assertThat(offences(d, "Knife Crime/Knife Crime"))
        .containsExactly(
            Map.entry(m("2024-01"), 4L), Map.entry(m("2024-02"), 0L), Map.entry(m("2024-03"), 6L));
    assertThat(d.coverage(Level.BOROUGH).covers(m("2024-04"))).isFalse();
  }

  @Test
  void theNewestRefreshWinsPerKeyWhateverTheOrder(@TempDir Path dir) throws IOException {
    // Knife crime 2024-01: 5 in the refresh of 2025-08-02, 7 in 2025-08-21 (newer, read first) → 7.
    // Hate crime has only the older refresh: its 30 stands (a refresh replaces per key, not month).
    DashboardData d =
        read(
            dir,
            "d.csv",
            SNAKE
                + harrow("2024-01", "Knife Crime", "Knife Crime", "Offences", 7, "2025-08-21")
                + harrow("2024-01", "Knife Crime", "Knife Crime", "Offences", 5, "2025-08-02")
                + harrow("2024-01", "Hate crime", "Hate crime", "Offences", 30, "2025-08-02"));
    assertThat(offences(d, "Knife Crime/Knife Crime")).containsEntry(m("2024-01"), 7L);
    assertThat(offences(d, "Hate crime/Hate crime")).containsEntry(m("2024-01"), 30L);
    assertThat(String.join(" ", d.notes()))
        .contains("newest refresh is used (1 older rows set aside)");
  }

  @Test
  void aNewerFileWinsOverAnOlderOneGivenAfterIt(@TempDir Path dir) throws IOException {
    // a.csv (read first, by path) is the newer refresh: 9; b.csv the older: 3 → 9, not 3 nor 12.
    Files.writeString(
        dir.resolve("a.csv"),
        SNAKE + harrow("2024-01", "Domestic Abuse", "Domestic Abuse", "Offences", 9, "2025-09-01"));
    DashboardData d =
        read(
            dir,
            "b.csv",
            SNAKE
                + harrow(
                    "2024-01", "Domestic Abuse", "Domestic Abuse", "Offences", 3, "2025-08-02"));
    assertThat(offences(d, "Domestic Abuse/Domestic Abuse")).containsEntry(m("2024-01"), 9L);
  }

  @Test
  void spellingsAreFoldedAcrossMeasuresAndTheMisspeltGroup(@TempDir Path dir) throws IOException {
    DashboardData d =
        read(
            dir,
            "d.csv",
            SNAKE
                + harrow(
                    "2024-01",
                    "Domestic Abuse",
                    "Domestic Abuse violence with injury",
                    "Offences",
                    8,
                    "2025-08-02")
                + harrow(
                    "2024-01",
                    "Domestic Abuse",
                    "Domestic Abuse Violence with Injury",
                    "Positive Outcomes",
                    2,
                    "2025-08-02")
                + harrow(
                    "2024-01", "Miscalleneous", "Robbery Mobile phone", "Offences", 5, "2025-08-02")
                + harrow(
                    "2024-01",
                    "Miscellaneous",
                    "Robbery  Mobile phone",
                    "Offences",
                    5,
                    "2025-08-02"));
    // One DA-with-injury category, named as its Offences rows spell it, holding both measures.
    assertThat(d.categories().values())
        .containsExactly(
            "Domestic Abuse/Domestic Abuse violence with injury",
            "Miscalleneous/Robbery Mobile phone");
    assertThat(
            d.counts(Level.BOROUGH, Set.of("E09000015"), DashboardMeasure.POSITIVE_OUTCOMES)
                .get("Domestic Abuse/Domestic Abuse violence with injury"))
        .containsEntry(m("2024-01"), 2L);
    // The corrected spelling is the same key, repeated in the same refresh: counted once, 5 not 10.
    assertThat(offences(d, "Miscalleneous/Robbery Mobile phone")).containsEntry(m("2024-01"), 5L);
  }

  @Test
  void aWardCodeUnderASecondNameIsOneWard(@TempDir Path dir) throws IOException {
    String ward =
        "2024-02,Safer Neighbourhood Teams,Harrow Belmont,%s,E05013542,Miscalleneous,"
            + "TNO Victim Based,Offences,fy,idx,%d,2025-08-02,Other\n";
    DashboardData d =
        read(
            dir,
            "w.csv",
            SNAKE + String.format(ward, "Belmont", 30) + String.format(ward, "Belmont (QA)", 2));
    // Both names are ward E05013542 of Harrow: 30 + 2 = 32 in one ward.
    assertThat(d.areas(Level.WARD)).containsOnlyKeys("E05013542");
    assertThat(d.areas(Level.WARD).get("E05013542").borough()).isEqualTo("Harrow");
    assertThat(
            d.counts(Level.WARD, Set.of("E05013542"), DashboardMeasure.OFFENCES)
                .get("Miscalleneous/TNO Victim Based"))
        .containsEntry(m("2024-02"), 32L);
    assertThat(String.join(" ", d.notes()))
        .contains("ward code E05013542 is named Belmont and Belmont (QA); read as one ward");
  }

  @Test
  void anUnknownMeasureIsOneLineWithFileAndLineAndNothingWritten(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("d.csv"),
        SNAKE
            + harrow("2024-01", "Hate crime", "Hate crime", "Offences", 30, "2025-08-02")
            + harrow(
                "2024-01", "Hate crime", "Hate crime", "Sanction Detections", 3, "2025-08-02"));
    Path out = dir.resolve("out").resolve("t.json");
    Files.createDirectories(out.getParent());
    Cli r =
        Cli.run(
            "trends",
            dir.resolve("d.csv").toString(),
            "--area",
            "Harrow",
            "--format",
            "json",
            "--output",
            out.toString());
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith(
            "saferstats: "
                + dir.resolve("d.csv")
                + ", line 3: unknown measure 'Sanction Detections' — ");
    assertThat(out.getParent()).isEmptyDirectory();
  }
}
