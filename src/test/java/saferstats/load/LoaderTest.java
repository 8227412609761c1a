package saferstats.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static saferstats.load.LoadInputs.count;
import static saferstats.load.LoadInputs.m;
import static saferstats.load.LoadInputs.street;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.result.Selection;
import saferstats.model.InputKind;
import saferstats.model.UserError;

/**
 * Which kind of area the inputs make. Street files of Test Constabulary for 2024-01 and 2024-02
 * (Testham burglaries); a council extract with Noise nuisance on 2023-12-05 and 2024-01-10; the MPS
 * tables of {@link MpsLoaderTest}'s kind, one release.
 */
class LoaderTest {
  @TempDir static Path dir;
  static Path streets;
  static Path records;
  static Path tables;

  @BeforeAll
  static void write() {
    streets = dir.resolve("streets");
    street(streets, "2024-01", "Test Constabulary", "Testham 001A|Burglary");
    street(
        streets, "2024-02", "Test Constabulary", "Testham 001A|Burglary", "Testham 002B|Burglary");
    records = dir.resolve("records");
    LoadInputs.write(
        records.resolve("asb.csv"),
        List.of(
            "Ref,Reported,Type", "A1,2023-12-05,Noise nuisance", "A2,2024-01-10,Noise nuisance"));
    LoadInputs.write(
        records.resolve("asb.columns"), List.of("id=Ref", "date=Reported", "category=Type"));
    tables = dir.resolve("tables");
    LoadInputs.write(
        tables.resolve("borough.csv"),
        List.of(
            "MajorText,MinorText,BoroughName,202401,202402",
            "Burglary,Burglary - Residential,Harrow,4,5",
            "Burglary,Burglary - Residential,Brent,7,7"));
  }

  private static LoadedArea load(Selection s, Optional<String> end, Path... inputs) {
    return Loader.load(LoadInputs.read(s, inputs), s, end.map(LoadInputs::m));
  }

  @Test
  void streetFilesMakeAStreetAreaAndRecordsBesideItShareItsEnd() {
    LoadedArea a = load(new Selection.Area("Testham"), Optional.empty(), streets, records);
    assertThat(a).isInstanceOf(StreetArea.class);
    assertThat(a.kind()).isEqualTo(InputKind.POLICE_UK);
    assertThat(a.defaultPreset()).isEqualTo("police-uk");
    assertThat(a.comparatorWord()).isEqualTo("the force");
    assertThat(a.wholeForce()).isFalse();
    // Testham: 1 burglary in 2024-01, 2 in 2024-02, the street files' last month.
    assertThat(count(a.context(), "Burglary", "2024-02")).isEqualTo(2);
    assertThat(a.context().end()).isEqualTo(m("2024-02"));
    // The extract's own months are 2023-12 and 2024-01, but its windows end with the police's.
    RecordsArea beside = a.beside().orElseThrow();
    assertThat(beside.context().end()).isEqualTo(m("2024-02"));
    assertThat(beside.context().coverage().last()).isEqualTo(m("2024-01"));
    assertThat(count(beside.context(), "Noise nuisance", "2023-12")).isEqualTo(1);
    assertThat(beside.rows()).hasSize(2);
  }

  @Test
  void aWholeForceSaysSo() {
    LoadedArea f = load(new Selection.Force("Test Constabulary"), Optional.empty(), streets);
    assertThat(f.wholeForce()).isTrue();
    assertThat(f.beside()).isEmpty();
  }

  @Test
  void recordsAloneMakeARecordsAreaEndingAtTheirLastMonth() {
    LoadedArea r = load(new Selection.Area("Harrow"), Optional.empty(), records);
    assertThat(r).isInstanceOf(RecordsArea.class);
    assertThat(r.kind()).isEqualTo(InputKind.RECORDS);
    assertThat(r.categoriesWhenUnmapped()).isTrue();
    assertThat(r.context().end()).isEqualTo(m("2024-01"));
    assertThat(r.beside()).isEmpty();
  }

  @Test
  void recordsAloneRefuseAnEndAfterTheirLastMonth() {
    UserError e =
        catchThrowableOfType(
            UserError.class,
            () -> load(new Selection.Area("Harrow"), Optional.of("2024-05"), records));
    assertThat(e.exitCode()).isEqualTo(UserError.NOT_COVERED);
    assertThat(e.getMessage())
        .isEqualTo("--end 2024-05 is outside the data for local records (2023-12 to 2024-01)");
  }

  @Test
  void mpsTablesAloneMakeAnMpsAreaComparedWithLondon() {
    LoadedArea a = load(new Selection.Area("Harrow"), Optional.empty(), tables);
    assertThat(a).isInstanceOf(MpsArea.class);
    assertThat(a.kind()).isEqualTo(InputKind.MPS);
    assertThat(a.defaultPreset()).isEqualTo("source");
    assertThat(a.comparatorWord()).isEqualTo("London");
    assertThat(count(a.context(), MpsLoaderTest.BURGLARY, "2024-02")).isEqualTo(5);
    assertThat(a.context().end()).isEqualTo(m("2024-02"));
  }

  @Test
  void mpsTablesCannotBeReadForAForce() {
    UserError e =
        catchThrowableOfType(
            UserError.class,
            () ->
                load(new Selection.Force("Metropolitan Police Service"), Optional.empty(), tables));
    assertThat(e.exitCode()).isEqualTo(UserError.NOT_COVERED);
    assertThat(e.getMessage())
        .isEqualTo("--force needs police.uk street files; these inputs are MPS tables");
  }
}
