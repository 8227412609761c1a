package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import saferstats.ingest.result.Selection;
import saferstats.model.Month;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout;
import saferstats.mps.MpsLayout.Level;
import saferstats.mps.MpsRelease;

/** The hand-made tables in fixtures/mps (see its README); expected values read off the files. */
class MpsTablesTest {
  private static final String D = "src/test/resources/fixtures/mps/";
  private static final String BURGLARY = "Burglary/Burglary - Residential";

  static MpsData read(String... inputs) {
    return IngestTestSupport.read(new Selection.None(), inputs).mps();
  }

  @Test
  void eachHeaderGenerationAndLevelIsRecognised() {
    MpsData m = read(D + "gen1.csv", D + "gen2.csv", D + "gen3.csv", D + "ward/ward.csv");
    assertThat(m.tables())
        .extracting(t -> t.layout().level(), t -> t.layout().generation())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Level.BOROUGH, 1),
            org.assertj.core.groups.Tuple.tuple(Level.BOROUGH, 2),
            org.assertj.core.groups.Tuple.tuple(Level.BOROUGH, 3),
            org.assertj.core.groups.Tuple.tuple(Level.WARD, 2));
    assertThat(
            MpsLayout.of(
                List.of(
                    "MajorText", "MinorText", "LSOA Code", "LSOA Name", "BoroughName", "202401")))
        .get()
        .extracting(MpsLayout::level)
        .isEqualTo(Level.LSOA);
    assertThat(MpsLayout.of(List.of("Borough", "Count"))).isEmpty();
  }

  @Test
  void overlappingReleasesAreRankedByTheMonthsTheyCoverNotByInputOrder() {
    for (MpsData m :
        List.of(read(D + "gen2.csv", D + "gen3.csv"), read(D + "gen3.csv", D + "gen2.csv"))) {
      // 2022-03 is in both: Harrow burglary 32 (gen2) vs 33 (gen3), Harrow theft from person 9 = 9,
      // Brent burglary 42 = 42: 3 cells in both releases, 1 differing. gen3 ends later (2022-04),
      // so it ranks first and gives 2022-03 whichever way round the files are listed.
      assertThat(m.overlappingCells()).isEqualTo(3);
      assertThat(m.revisedCells()).isEqualTo(1);
      assertThat(m.releases(Level.BOROUGH))
          .extracting(MpsRelease::name)
          .containsExactly(D + "gen3.csv", D + "gen2.csv");
      assertThat(m.cells().get(cell("Harrow", BURGLARY, 2022, 3))).isEqualTo(33L);
      // "Domestic Burglary" (gen2) and " BURGLARY  - RESIDENTIAL " (gen3) are one category.
      assertThat(m.cells().get(cell("Harrow", BURGLARY, 2022, 1))).isEqualTo(30L);
      assertThat(m.cells().get(cell("Brent", BURGLARY, 2022, 4))).isEqualTo(43L);
      assertThat(m.cells().get(cell("Harrow", "Theft/Theft from Person", 2022, 4))).isEqualTo(10L);
      assertThat(m.pseudoBoroughs()).containsExactly("London Heathrow and London City Airports");
    }
  }

  @Test
  void wardsAreKeyedOnCodeBecauseNamesRepeatAcrossBoroughs() {
    MpsData m = read(D + "ward/ward.csv");
    assertThat(m.areas(Level.WARD))
        .containsOnlyKeys("E05013555", "E05013560", "E05099999", "E05013570");
    assertThat(m.areas(Level.WARD).get("E05099999").borough()).isEqualTo("Otherborough");
    assertThat(m.pseudoBoroughs()).containsExactly("Aviation Security (SO18)");
  }

  @Test
  void aMonthComesWholeFromOneReleaseSoCategoryDetailIsNeverCountedTwice() {
    for (MpsData m :
        List.of(
            read(D + "detail/a-detailed.csv", D + "detail/b-aggregate.csv"),
            read(D + "detail/b-aggregate.csv", D + "detail/a-detailed.csv"))) {
      String misc = "Miscellaneous Crimes Against Society/";
      // a: Bail Offences 3, 4 and Perjury 1, 1 in 2022-01..02; b (ends later, ranks first): the
      // aggregate 5, 6 in 2022-02..03. 2022-02 comes whole from b: the major sums to 5, not 10.
      assertThat(m.cells().get(cell("Harrow", misc + "Bail Offences", 2022, 2))).isNull();
      assertThat(m.cells().get(cell("Harrow", misc + "Bail Offences", 2022, 1))).isEqualTo(3L);
      assertThat(m.cells().get(cell("Harrow", misc + "Misc Crimes Against Society", 2022, 2)))
          .isEqualTo(5L);
    }
  }

  private static MpsData.Cell cell(String area, String category, int y, int mo) {
    return new MpsData.Cell(Level.BOROUGH, area, category, Month.of(y, mo));
  }
}
