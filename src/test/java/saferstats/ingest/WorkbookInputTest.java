package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.result.Selection;
import saferstats.model.Month;
import saferstats.mps.DashboardData;
import saferstats.mps.DashboardMeasure;
import saferstats.mps.MpsLayout.Level;

/**
 * An Excel workbook is read wherever a CSV is (SPEC 1.4b, 1.5): the MPS dashboard as the London
 * Datastore publishes it ({@code M1045_MonthlyCrimeDashboard_*.xlsx}, its month a date cell and its
 * counts numbers), first sheet by default. The test writes its own workbook.
 */
class WorkbookInputTest {
  private static final String[] HEADER = {
    "Month_Year", "Area Type", "Borough_SNT", "Area name", "Area code", "Offence Group",
    "Offence Subgroup", "Measure", "Financial Year", "FY_FYIndex", "Count", "Refresh Date"
  };

  private static void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Other");
      for (int c = 0; c < HEADER.length; c++) {
        ws.value(0, c, HEADER[c]);
      }
      // Hate crime (total) 30 in 2024-08 and 25 in 2024-09; the racist strand 20 in 2024-08.
      Object[][] rows = {
        {LocalDate.of(2024, 8, 1), "Hate crime", "Hate crime", 30},
        {LocalDate.of(2024, 9, 1), "Hate crime", "Hate crime", 25},
        {LocalDate.of(2024, 8, 1), "Hate crime", "Racist Crime", 20}
      };
      for (int r = 0; r < rows.length; r++) {
        int row = r + 1;
        ws.value(row, 0, (LocalDate) rows[r][0]);
        ws.style(row, 0).format("dd/mm/yyyy").set();
        String[] text = {"Borough", "Harrow", "Harrow", "E09000015"};
        for (int c = 0; c < text.length; c++) {
          ws.value(row, c + 1, text[c]);
        }
        ws.value(row, 5, (String) rows[r][1]);
        ws.value(row, 6, (String) rows[r][2]);
        ws.value(row, 7, "Offences");
        ws.value(row, 8, "2024-25");
        ws.value(row, 9, "24-25_05");
        ws.value(row, 10, (Integer) rows[r][3]);
        ws.value(row, 11, LocalDate.of(2025, 8, 2));
        ws.style(row, 11).format("yyyy-mm-dd").set();
      }
      // A second sheet the default does not read.
      wb.newWorksheet("TNO").value(0, 0, "not read");
      wb.finish();
    }
  }

  @Test
  void thePublishedDashboardWorkbookIsReadFromItsFirstSheet(@TempDir Path dir) throws IOException {
    write(dir.resolve("M1045_MonthlyCrimeDashboard_2025-08.xlsx"));
    DashboardData d =
        IngestTestSupport.read(new Selection.Area("Harrow"), dir.toString()).dashboard();
    // Date cells 01/08/2024 and 01/09/2024 are months 2024-08 and 2024-09; counts as numbers.
    assertThat(
            d.counts(Level.BOROUGH, Set.of("E09000015"), DashboardMeasure.OFFENCES)
                .get("Hate crime/Hate crime"))
        .containsEntry(Month.of(2024, 8), 30L)
        .containsEntry(Month.of(2024, 9), 25L);
    // The strand has no 2024-09 row: a covered month, so 0.
    assertThat(
            d.counts(Level.BOROUGH, Set.of("E09000015"), DashboardMeasure.OFFENCES)
                .get("Hate crime/Racist Crime"))
        .containsEntry(Month.of(2024, 9), 0L);
  }

  @Test
  void aLocalRecordExtractWorkbookIsReadWithItsColumnMap(@TempDir Path dir) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve("asb.xlsx"))) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("ASB log");
      ws.value(0, 0, "Date Reported");
      ws.value(0, 1, "Incident Type");
      Object[][] rows = {
        {LocalDate.of(2024, 5, 3), "Fly-tipping"},
        {LocalDate.of(2024, 6, 1), "Noise"},
        {LocalDate.of(2024, 6, 30), "Noise"}
      };
      for (int r = 0; r < rows.length; r++) {
        ws.value(r + 1, 0, (LocalDate) rows[r][0]);
        ws.style(r + 1, 0).format("dd/mm/yyyy").set();
        ws.value(r + 1, 1, (String) rows[r][1]);
      }
      wb.finish();
    }
    com.fasterxml.jackson.databind.JsonNode t =
        saferstats.cli.Cli.json(
            "trends",
            dir.resolve("asb.xlsx").toString(),
            "--area",
            "Harrow",
            "--columns",
            "date=Date Reported,category=Incident Type");
    // Noise: 2 in 2024-06 (the 1st and the 30th); fly-tipping 1 in 2024-05.
    assertThat(saferstats.cli.Cli.priority(t, "Noise").at("/monthly").toString())
        .contains("{\"month\":\"2024-06\",\"count\":2}");
    assertThat(saferstats.cli.Cli.priority(t, "Fly-tipping").at("/monthly").toString())
        .contains("{\"month\":\"2024-05\",\"count\":1}");
  }

  /** A dashboard sheet's rows: month, group, subgroup, count, for Harrow's borough row. */
  private static java.util.List<java.util.List<Object>> dashboardSheet(Object[][] rows) {
    java.util.List<java.util.List<Object>> out = new java.util.ArrayList<>();
    out.add(java.util.List.of((Object[]) HEADER));
    for (Object[] r : rows) {
      out.add(
          java.util.List.of(
              r[0],
              "Borough",
              "Harrow",
              "Harrow",
              "E09000015",
              r[1],
              r[2],
              "Offences",
              "2024-25",
              "24-25_05",
              r[3],
              LocalDate.of(2025, 8, 2)));
    }
    return out;
  }

  @Test
  void theDashboardWorkbooksDataSheetsAreAllReadAndItsNotesSheetIsNot(@TempDir Path dir)
      throws IOException {
    // A cover sheet first, then the dashboard split over two data sheets, as the London Datastore's
    // workbook splits it (TNO and Other): both are one table, so both are read.
    new TestWorkbook()
        .sheet("Notes", java.util.List.of(java.util.List.of("MPS Monthly Crime Dashboard")))
        .sheet(
            "Other",
            dashboardSheet(
                new Object[][] {{LocalDate.of(2024, 8, 1), "Hate crime", "Hate crime", 30}}))
        .sheet(
            "TNO",
            dashboardSheet(
                new Object[][] {{LocalDate.of(2024, 8, 1), "Knife Crime", "Knife Crime", 7}}))
        .write(dir.resolve("M1045_MonthlyCrimeDashboard_2025-08.xlsx"));
    IngestResult read = IngestTestSupport.read(new Selection.Area("Harrow"), dir.toString());
    var counts =
        read.dashboard().counts(Level.BOROUGH, Set.of("E09000015"), DashboardMeasure.OFFENCES);
    assertThat(counts.get("Hate crime/Hate crime")).containsEntry(Month.of(2024, 8), 30L);
    assertThat(counts.get("Knife Crime/Knife Crime")).containsEntry(Month.of(2024, 8), 7L);
    assertThat(read.notes())
        .anyMatch(
            n ->
                n.endsWith(
                    "M1045_MonthlyCrimeDashboard_2025-08.xlsx: read sheets 'Other', 'TNO',"
                        + " recognised by header, of its 3 sheets (not read: 'Notes'); --sheet"
                        + " NAME reads another"));
  }
}
