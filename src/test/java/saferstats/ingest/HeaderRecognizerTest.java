package saferstats.ingest;

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
}
