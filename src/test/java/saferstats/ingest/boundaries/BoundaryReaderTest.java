package saferstats.ingest.boundaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import saferstats.geo.Boundaries;
import saferstats.geo.BoundaryCoverage;
import saferstats.model.UserError;

class BoundaryReaderTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/boundaries");

  @TempDir Path dir;

  @Test
  void geoJsonInGridMetresKeepsEveryVertexAndCodesInFileOrder() {
    Boundaries b = BoundaryReader.read(FIXTURES.resolve("three-squares-bng.geojson"));

    assertThat(b.byCode().keySet()).containsExactly("E01000001", "E01000002", "E01000003");
    assertThat(b.byCode().get("E01000001").name()).isEqualTo("Testham 001A");
    // each a 100 m square: 10,000 m²; the MultiPolygon one too
    assertThat(b.byCode().get("E01000002").geometry().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(b.byCode().get("E01000002").geometry().getArea()).isEqualTo(10_000.0);
    assertThat(b.byCode().get("E01000003").geometry().getEnvelopeInternal())
        .isEqualTo(new Envelope(530_200, 530_300, 180_000, 180_100));
  }

  @Test
  void geoJsonInLonLatIsProjectedToTheGrid() {
    Boundaries b = BoundaryReader.read(FIXTURES.resolve("one-lsoa-wgs84.geojson"));

    // /usr/bin/python3 -c "from pyproj import Transformer;
    //   t = Transformer.from_crs('EPSG:4326', 'EPSG:27700', always_xy=True);
    //   print(t.transform(-0.1, 51.5), t.transform(-0.099, 51.501))"
    // → (531979.293, 179606.909) (532045.811, 179719.914); the same Helmert shift, so within 1 m
    var code = b.byCode().get("E01004734");
    assertThat(code.name()).isEqualTo("Westminster 018A");
    Coordinate first = code.geometry().getCoordinates()[0];
    assertThat(first.x).isCloseTo(531_979.293, within(1.0));
    assertThat(first.y).isCloseTo(179_606.909, within(1.0));
    Coordinate third = code.geometry().getCoordinates()[2];
    assertThat(third.x).isCloseTo(532_045.811, within(1.0));
    assertThat(third.y).isCloseTo(179_719.914, within(1.0));
  }

  @Test
  void lonLatIsToldByRangeWhenThereIsNoCrsMember() throws Exception {
    String text =
        Files.readString(FIXTURES.resolve("one-lsoa-wgs84.geojson"))
            .replaceAll("\"crs\": \\{.*\\},", "");
    Path file = write("no-crs.geojson", text);

    Coordinate first =
        BoundaryReader.read(file).byCode().get("E01004734").geometry().getCoordinate();
    assertThat(first.x).isCloseTo(531_979.293, within(1.0));
  }

  @Test
  void wktCsvPlainAndGzippedReadTheSameSquares() {
    for (String name : List.of("three-squares-bng.csv", "three-squares-bng.csv.gz")) {
      Boundaries b = BoundaryReader.read(FIXTURES.resolve(name));
      assertThat(b.byCode().keySet()).containsExactly("E01000001", "E01000002", "E01000003");
      assertThat(b.byCode().get("E01000001").name()).isEqualTo("Testham 001A");
      assertThat(b.byCode().get("E01000001").geometry().getEnvelopeInternal())
          .isEqualTo(new Envelope(530_000, 530_100, 180_000, 180_100));
    }
  }

  /**
   * An ONS ward boundaries file in the same CSV shape (WD24CD, WD24NM, geometry): read as ward
   * outlines, not refused for lacking an LSOA column as the code before did.
   */
  @Test
  void aWardBoundariesCsvIsReadAsWards() throws Exception {
    Path file =
        write(
            "wards.csv",
            "WD24CD,WD24NM,geometry\n"
                + "E05013546,Greenhill,\"POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))\"\n"
                + "E05013558,Roxbourne,\"POLYGON ((0 100, 200 100, 200 300, 0 300, 0 100))\"\n");

    Boundaries b = BoundaryReader.read(file);

    assertThat(b.wards()).isTrue();
    assertThat(b.byCode().keySet()).containsExactly("E05013546", "E05013558");
    assertThat(b.byCode().get("E05013558").name()).isEqualTo("Roxbourne");
    // 200 × 200 m
    assertThat(b.byCode().get("E05013558").geometry().getArea()).isEqualTo(40_000.0);
    assertThat(BoundaryReader.read(FIXTURES.resolve("three-squares-bng.csv")).wards()).isFalse();
  }

  @Test
  void csvWithNoCodeColumnIsRefusedAtLineOne() throws Exception {
    Path file = write("b.csv", "id,geometry\n1,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n");
    assertInputError(
        file,
        file
            + ", line 1: no LSOA code column (such as LSOA21CD or LSOA11CD); the header is id,geometry");
  }

  @Test
  void csvWithNoGeometryColumnIsRefusedAtLineOne() throws Exception {
    Path file = write("b.csv", "LSOA21CD,shape_area\nE01000001,3\n");
    assertInputError(
        file,
        file
            + ", line 1: no WKT geometry column (such as geometry or WKT); the header is LSOA21CD,shape_area");
  }

  @Test
  void wktThatDoesNotParseNamesItsLine() throws Exception {
    Path file =
        write(
            "b.csv",
            "LSOA21CD,geometry\n"
                + "E01000001,\"POLYGON ((0 0, 1 0, 1 1, 0 0))\"\n"
                + "E01000002,\"POLYGON ((0 0, 1 0, 1\"\n");
    assertInputError(file, file + ", line 3: the geometry of E01000002 is not WKT");
  }

  @Test
  void aPointIsNotABoundary() throws Exception {
    Path file = write("b.csv", "LSOA21CD,geometry\nE01000001,POINT (1 2)\n");
    assertInputError(file, file + ", line 2: the geometry of E01000001 is Point, not a polygon");
  }

  @Test
  void anEmptyFileIsRefused() throws Exception {
    Path file = write("b.csv", "");
    assertInputError(file, file + ": the boundaries file is empty");
  }

  @Test
  void aHeaderWithNoRowsHoldsNoPolygons() throws Exception {
    Path file = write("b.csv", "LSOA21CD,geometry\n");
    assertInputError(file, file + ": the boundaries file holds no LSOA polygons");
  }

  @Test
  void geoJsonFeatureWithNoCodeNamesTheLineItStartsOn() throws Exception {
    Path file =
        write(
            "b.geojson",
            "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + "{\"type\": \"Feature\", \"properties\": {\"LSOA21CD\": \"E01000001\"}, \"geometry\":"
                + " {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,0]]]}},\n"
                + "{\"type\": \"Feature\", \"properties\": {\"id\": 7}, \"geometry\": null}\n"
                + "]}\n");
    assertInputError(
        file,
        file
            + ", line 3: feature has no LSOA code property (LSOA21CD or LSOA11CD); its properties"
            + " are id");
  }

  @Test
  void geoJsonPointGeometryAndBrokenJsonAreRefusedWithTheirLines() throws Exception {
    Path point =
        write(
            "p.geojson",
            "{\"type\": \"FeatureCollection\", \"features\": [\n\n"
                + "{\"properties\": {\"LSOA21CD\": \"E01000001\"}, \"geometry\": {\"type\":"
                + " \"Point\", \"coordinates\": [0, 0]}}]}");
    assertInputError(
        point,
        point
            + ", line 3: E01000001 has geometry Point; a boundary must be a Polygon or MultiPolygon");

    Path broken = write("x.geojson", "{\"type\": \"FeatureCollection\",\n \"features\": [ {,\n]}");
    assertInputError(broken, broken + ", line 2: is not valid JSON");
  }

  @Test
  void coverageNotesTheAreasLsoasWithNoPolygonAndRefusesWhenNoneMatch() {
    Boundaries b = BoundaryReader.read(FIXTURES.resolve("three-squares-bng.csv"));

    BoundaryCoverage some =
        BoundaryCoverage.of(
            b, "Testham", List.of("E01000001", "E01009998", "E01000003", "E01009999"));
    assertThat(some.missing()).containsExactly("E01009998", "E01009999");
    assertThat(some.note())
        .contains(
            "2 of Testham's 4 LSOAs have no polygon in "
                + FIXTURES.resolve("three-squares-bng.csv")
                + ", so they are not on the maps: E01009998, E01009999");
    assertThat(BoundaryCoverage.of(b, "Testham", List.of("E01000002")).note()).isEmpty();

    assertThatThrownBy(() -> BoundaryCoverage.of(b, "Otherton", List.of("E01009999")))
        .isInstanceOfSatisfying(
            UserError.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(UserError.INPUT);
              assertThat(e.getMessage())
                  .contains("has no polygon for any of Otherton's 1 LSOAs (for example E01009999)");
            });
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertInputError(Path file, String start) {
    assertThatThrownBy(() -> BoundaryReader.read(file))
        .isInstanceOfSatisfying(
            UserError.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(UserError.INPUT);
              assertThat(e.getMessage()).startsWith(start);
              assertThat(e.line()).doesNotContain("\n");
            });
  }
}
