package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.load.LoadInputs.count;
import static saferstats.load.LoadInputs.m;
import static saferstats.load.LoadInputs.months;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import saferstats.model.RecordRow;
import saferstats.model.StreetColumns;

/**
 * Local record extracts as an area of their own. Five incidents: Noise nuisance twice in 2024-01,
 * none at all in 2024-02 (a gap in the extract), Noise nuisance and Graffiti in 2024-03, Graffiti
 * in 2024-04.
 */
class RecordsTableTest {
  private static RecordRow row(String id, String date, String category) {
    LocalDate d = LocalDate.parse(date);
    return new RecordRow(
        id,
        d,
        m(date.substring(0, 7)),
        category,
        "E01002111",
        "Wealdstone North",
        "",
        null,
        null,
        515200.0,
        189900.0);
  }

  private static final List<RecordRow> ROWS =
      List.of(
          row("ASB/1", "2024-01-03", "Noise nuisance"),
          row("ASB/2", "2024-01-28", "Noise nuisance"),
          row("ASB/3", "2024-03-01", "Noise nuisance"),
          row("ASB/4", "2024-03-15", "Graffiti"),
          row("ASB/5", "2024-04-30", "Graffiti"));

  @Test
  void countsByCategoryAndMonthWithAMonthOfNoIncidentMissing() {
    AreaContext r = RecordsTable.of("Harrow", ROWS, Optional.empty());
    assertThat(r.area()).isEqualTo("Harrow");
    assertThat(r.force()).isEqualTo("local records");
    // Noise nuisance: 2 in 2024-01, 1 in 2024-03; Graffiti 1 in 2024-03, 1 in 2024-04.
    assertThat(count(r, "Noise nuisance", "2024-01")).isEqualTo(2);
    assertThat(count(r, "Noise nuisance", "2024-03")).isEqualTo(1);
    assertThat(months(r, "Graffiti")).containsExactly("2024-03", "2024-04");
    assertThat(r.categories()).containsExactly("Graffiti", "Noise nuisance");
    // 2024-02 has no incident of any category: missing (an extract with a gap), not zero.
    assertThat(r.coverage().first()).isEqualTo(m("2024-01"));
    assertThat(r.coverage().last()).isEqualTo(m("2024-04"));
    assertThat(r.coverage().missing()).containsExactly(m("2024-02"));
    assertThat(r.coverage().present()).isEqualTo(3);
    // Records have no force to compare with, and no unlocated rows kept apart.
    assertThat(r.comparatorName()).isNull();
    assertThat(r.forceCounts().categories()).isEmpty();
    assertThat(r.forceCounts().total()).isZero();
    assertThat(r.forceUnlocated()).isNull();
    // No spans of their own: every span reads the same counts.
    assertThat(r.splicedSpans()).isEmpty();
    assertThat(r.at(SeriesSpan.TWELVE)).isSameAs(r);
  }

  @Test
  void windowsEndAtTheRecordsLastMonthOrThePoliceFiguresEnd() {
    assertThat(RecordsTable.of("Harrow", ROWS, Optional.empty()).end()).isEqualTo(m("2024-04"));
    // Beside police figures ending 2024-06 the records use that end, so the windows match; the 12
    // months to 2024-06 start in 2023-07.
    AreaContext beside = RecordsTable.of("Harrow", ROWS, Optional.of(m("2024-06")));
    assertThat(beside.end()).isEqualTo(m("2024-06"));
    assertThat(beside.windows().twelve().now().from()).isEqualTo(m("2023-07"));
  }

  @Test
  void theTableHoldsEveryIncidentWithItsPlaceAndNoLsoaName() {
    var t = RecordsTable.of("Harrow", ROWS, Optional.empty()).table();
    assertThat(t.name()).isEqualTo("Harrow local records");
    assertThat(t.rowCount()).isEqualTo(5);
    assertThat(t.stringColumn(StreetColumns.CRIME_ID).asList())
        .containsExactly("ASB/1", "ASB/2", "ASB/3", "ASB/4", "ASB/5");
    assertThat(t.stringColumn(StreetColumns.LSOA_NAME).asList()).containsOnly("");
    assertThat(t.doubleColumn(StreetColumns.EASTING).getDouble(0)).isEqualTo(515200.0);
  }
}
