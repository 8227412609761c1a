package saferstats.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import saferstats.ingest.csv.ColumnMap.Field;
import saferstats.model.UserError;

class ColumnMapTest {
  @Test
  void inlineMapNamesEachField() {
    ColumnMap m = ColumnMap.of("date=Reported Date, category=Type,lsoa=LSOA,lat=Lat,lon=Lon");
    assertThat(m.columns())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                Field.DATE, "Reported Date",
                Field.CATEGORY, "Type",
                Field.LSOA, "LSOA",
                Field.LAT, "Lat",
                Field.LON, "Lon"));
  }

  @Test
  void mapFileSkipsCommentsAndFindsColumnsIgnoringCaseAndSpaces() {
    ColumnMap m = ColumnMap.of("src/test/resources/fixtures/records/council-asb.columns");
    assertThat(m.columns()).hasSize(7).containsEntry(Field.ID, "Case Ref");
    // Header in another case and with stray spaces: date is column 1, category column 2.
    assertThat(
            m.indexes(
                    List.of(
                        "case ref",
                        " DATE REPORTED",
                        "Incident  Type",
                        "Ward",
                        "LSOA",
                        "Easting",
                        "Northing"))
                .orElseThrow())
        .containsEntry(Field.DATE, 1)
        .containsEntry(Field.CATEGORY, 2);
  }

  @Test
  void aMissingColumnIsNamed() {
    ColumnMap m = ColumnMap.of("date=Date,category=Type");
    assertThat(m.indexes(List.of("Reported Date", "Type"))).isEmpty();
    assertThat(m.missingFrom(List.of("Reported Date", "Type"))).containsExactly("Date");
  }

  @Test
  void mistakesInTheMapAreErrorsThatSayWhatIsWrong() {
    assertThatThrownBy(() -> ColumnMap.of("date=D,colour=Type"))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("unknown key 'colour'");
    assertThatThrownBy(() -> ColumnMap.of("category=Type,lsoa=L"))
        .hasMessageContaining("needs date=COLUMN");
    assertThatThrownBy(() -> ColumnMap.of("date=D,category=T,lat=Y"))
        .hasMessageContaining("lat and lon go together");
    assertThatThrownBy(() -> ColumnMap.of("date=D,category=T,date=E"))
        .hasMessageContaining("'date' is given twice");
    assertThatThrownBy(() -> ColumnMap.of("date=,category=T"))
        .hasMessageContaining("no column named for 'date'");
    assertThatThrownBy(() -> ColumnMap.read(Path.of("no/such.columns")))
        .hasMessageContaining("cannot read column map no/such.columns");
  }
}
