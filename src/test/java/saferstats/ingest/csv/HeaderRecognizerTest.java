package saferstats.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.model.SourceKind;

class HeaderRecognizerTest {
  @Test
  void caseSpacesAndBomMakeNoDifference() {
    List<String> odd = new java.util.ArrayList<>(HeaderRecognizer.STREET);
    odd.set(0, "\uFEFF  CRIME id ");
    odd.set(8, "lsoa   NAME");
    assertThat(HeaderRecognizer.recognise(odd)).contains(SourceKind.POLICE_UK_STREET);
    assertThat(HeaderRecognizer.recognise(HeaderRecognizer.OUTCOMES))
        .contains(SourceKind.POLICE_UK_OUTCOMES);
  }

  @Test
  void boundariesAreTheirOwnKindNotALookup() {
    // The header of sample-data/boundaries/ and shared/real-data/boundaries/ (ONS, as published).
    List<String> boundaries =
        List.of("LSOA21CD", "LSOA21NM", "MSOA21CD", "MSOA21NM", "LAD22CD", "LAD22NM", "geometry");
    assertThat(HeaderRecognizer.recognise(boundaries)).contains(SourceKind.BOUNDARIES);
    assertThat(HeaderRecognizer.recognise(boundaries.subList(0, 6)))
        .contains(SourceKind.LOOKUP_TABLE);
  }

  @Test
  void stopAndSearchIsRecognisedAndUnknownHeadersAreNot() {
    List<String> sas =
        List.of(
            "Type",
            "Date",
            "Part of a policing operation",
            "Policing operation",
            "Latitude",
            "Longitude",
            "Gender",
            "Age range",
            "Self-defined ethnicity",
            "Officer-defined ethnicity",
            "Legislation",
            "Object of search",
            "Outcome",
            "Outcome linked to object of search",
            "Removal of more than just outer clothing");
    assertThat(HeaderRecognizer.recognise(sas)).contains(SourceKind.POLICE_UK_STOP_AND_SEARCH);
    assertThat(HeaderRecognizer.recognise(List.of("a", "b"))).isEmpty();
    assertThat(HeaderRecognizer.recognise(HeaderRecognizer.STREET.subList(0, 11))).isEmpty();
  }

  @Test
  void theMpsDashboardIsRecognisedInEachLayoutItIsPublishedIn() {
    // The re-publication in shared/real-data/mps/dashboard (snake_case, crime_type) and the London
    // Datastore's own (Title Case, a space after each comma, Offence Group), in any case.
    List<String> snake =
        List.of(
            "month_year",
            "area_type",
            "borough_snt",
            "area_name",
            "area_code",
            "crime_type",
            "crime_subtype",
            "measure",
            "financial_year",
            "fy_fyindex",
            "count",
            "refresh_date",
            "sheet");
    List<String> published =
        List.of(
            "Month_Year",
            " Area Type",
            " Borough_SNT",
            " Area name",
            " Area code",
            " Offence Group",
            " Offence Subgroup",
            " Measure",
            " Financial Year",
            " FY_FYIndex",
            " Count",
            " Refresh Date");
    assertThat(HeaderRecognizer.recognise(snake)).contains(SourceKind.MPS_DASHBOARD);
    assertThat(HeaderRecognizer.recognise(published)).contains(SourceKind.MPS_DASHBOARD);
    assertThat(
            HeaderRecognizer.recognise(
                published.stream().map(h -> h.strip().toUpperCase(java.util.Locale.ROOT)).toList()))
        .contains(SourceKind.MPS_DASHBOARD);
    assertThat(MpsDashboardLayout.of(published))
        .contains(new MpsDashboardLayout(0, 1, 2, 3, 4, 5, 6, 7, 10, 11));
    // Without Borough_SNT (or Measure) it is some other month-by-area table, not the dashboard.
    List<String> noSnt = new java.util.ArrayList<>(snake);
    noSnt.remove("borough_snt");
    assertThat(HeaderRecognizer.recognise(noSnt)).isEmpty();
    List<String> noMeasure = new java.util.ArrayList<>(published);
    noMeasure.remove(" Measure");
    assertThat(HeaderRecognizer.recognise(noMeasure)).isEmpty();
  }

  @Test
  void saferstatsOwnPriorityFileIsRecognised() {
    assertThat(
            HeaderRecognizer.recognise(
                List.of("\uFEFFPriority", "Group", "Input", "Category", "Match", " Note ")))
        .contains(SourceKind.PRIORITY_SET);
    assertThat(
            HeaderRecognizer.recognise(List.of("priority", "group", "input", "category", "match")))
        .isEmpty();
  }
}
