package saferstats.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import saferstats.area.AreaLookup;

/**
 * Five hand-made 100 m square LSOAs (south-west corners in metres):
 *
 * <pre>
 * E01000001 (0, 0)    E01000002 (100, 0)   → ward E05000001 North
 * E01000003 (0, 100)  E01000004 (100, 100) → ward E05000002 South
 * E01000005 (300, 0), apart from the rest  → ward E05000002 South
 * </pre>
 */
class WardOutlinesTest {
  private static final GeometryFactory F = new GeometryFactory();

  private static final Boundaries LSOAS =
      lsoas(
          Map.of(
              "E01000001", new double[] {0, 0},
              "E01000002", new double[] {100, 0},
              "E01000003", new double[] {0, 100},
              "E01000004", new double[] {100, 100},
              "E01000005", new double[] {300, 0}));

  private static final AreaLookup LOOKUP =
      lookup(
          "E01000001",
          "E05000001",
          "North",
          "E01000002",
          "E05000001",
          "North",
          "E01000003",
          "E05000002",
          "South",
          "E01000004",
          "E05000002",
          "South",
          "E01000005",
          "E05000002",
          "South",
          "E01000006",
          "E05000003",
          "East");

  @Test
  void lsoasAreDissolvedIntoTheirBestFitWards() {
    WardOutlines w =
        WardOutlines.of(LSOAS, LOOKUP, wards("E05000001", "North", "E05000002", "South"));

    assertThat(w.bestFit()).isTrue();
    assertThat(w.undrawn()).isEmpty();
    assertThat(w.note("Testham")).isEmpty();
    Geometry north = w.outlines().byCode().get("E05000001").geometry();
    // two 100 m squares side by side: one 200 × 100 m rectangle, 20,000 m², its shared edge gone
    assertThat(north.getArea()).isEqualTo(20_000.0);
    assertThat(north.getNumGeometries()).isEqualTo(1);
    assertThat(north.getEnvelopeInternal()).isEqualTo(new Envelope(0, 200, 0, 100));
    // the shared edge is gone: the outline is the rectangle's perimeter, 2 × (200 + 100) = 600 m
    // (with the inner edge left it would be 2 × 400 = 800 m), one ring and no hole
    assertThat(north.getBoundary().getLength()).isEqualTo(600.0);
    assertThat(((Polygon) north).getNumInteriorRing()).isZero();
    Geometry south = w.outlines().byCode().get("E05000002").geometry();
    // two joined squares (20,000 m²) and a detached one (10,000 m²): 30,000 m² in two parts
    assertThat(south.getArea()).isEqualTo(30_000.0);
    assertThat(south.getNumGeometries()).isEqualTo(2);
    assertThat(w.outlines().byCode().get("E05000002").name()).isEqualTo("South");
  }

  /**
   * Four LSOAs ring a 0.5 × 100 m gap no LSOA fills, as published neighbours leave: bottom
   * (0..200.5 × -100..0), left (0..100 × 0..100), right (100.5..200.5 × 0..100), top (0..200.5 ×
   * 100..200). Their union has the gap as a hole, which would be drawn as a stray line; the ward is
   * drawn without it: 200.5 × 300 = 60,150 m², not 60,150 − 0.5 × 100 = 60,100.
   */
  @Test
  void aGapBetweenLsoasThatNoLsoaFillsIsNoHoleInTheWard() {
    Map<String, Boundary> byCode = new LinkedHashMap<>();
    byCode.put("E01000001", new Boundary("E01000001", null, box(0, -100, 200.5, 0)));
    byCode.put("E01000002", new Boundary("E01000002", null, box(0, 0, 100, 100)));
    byCode.put("E01000003", new Boundary("E01000003", null, box(100.5, 0, 200.5, 100)));
    byCode.put("E01000004", new Boundary("E01000004", null, box(0, 100, 200.5, 200)));
    AreaLookup ring =
        lookup(
            "E01000001",
            "E05000001",
            "Ring",
            "E01000002",
            "E05000001",
            "Ring",
            "E01000003",
            "E05000001",
            "Ring",
            "E01000004",
            "E05000001",
            "Ring");

    Geometry ward =
        WardOutlines.of(new Boundaries("lsoas.csv", byCode), ring, wards("E05000001", "Ring"))
            .outlines()
            .byCode()
            .get("E05000001")
            .geometry();

    assertThat(((Polygon) ward).getNumInteriorRing()).isZero();
    assertThat(ward.getArea()).isEqualTo(60_150.0);
  }

  @Test
  void wardsOfAnotherVintageThanTheLookupAreCountedAndSaidNotDrawn() {
    WardOutlines w =
        WardOutlines.of(
            LSOAS,
            LOOKUP,
            wards(
                "E05000001", "North",
                "E05009998", "Old Town",
                "E05009999", "Old Field"));

    assertThat(w.outlines().byCode().keySet()).containsExactly("E05000001");
    assertThat(w.undrawn().keySet()).containsExactly("E05009998", "E05009999");
    assertThat(w.note("Testham").orElseThrow())
        .startsWith("2 of Testham's 3 wards in the ward table are not on the map")
        .contains("E05009998 Old Town (not in the lookup lookup.csv, whose wards are of another")
        .contains("E05009999 Old Field (not in the lookup");
  }

  @Test
  void aWardSomeOfWhoseLsoasHaveNoPolygonIsNotDrawnHalf() {
    // East's one LSOA, E01000006, has no polygon: drawing the rest would be a wrong outline
    WardOutlines w =
        WardOutlines.of(LSOAS, LOOKUP, wards("E05000001", "North", "E05000003", "East"));

    assertThat(w.outlines().byCode().keySet()).containsExactly("E05000001");
    assertThat(w.note("Testham").orElseThrow())
        .startsWith("1 of Testham's 2 wards in the ward table is not on the map")
        .contains("E05000003 East (1 of its 1 LSOAs have no polygon in lsoas.csv)");
  }

  @Test
  void wardPolygonsAreTakenAsPublishedAndNeedNoLookup() {
    Map<String, Boundary> byCode = new LinkedHashMap<>();
    byCode.put("E05000001", new Boundary("E05000001", "North", square(0, 0)));
    Boundaries file = new Boundaries("wards.csv", byCode, true);

    WardOutlines w = WardOutlines.of(file, null, wards("E05000001", "North", "E05000002", "South"));

    assertThat(w.bestFit()).isFalse();
    assertThat(w.outlines().byCode().get("E05000001").geometry().getArea()).isEqualTo(10_000.0);
    assertThat(w.note("Testham").orElseThrow())
        .isEqualTo(
            "1 of Testham's 2 wards in the ward table is not on the map, rather than drawn with a"
                + " wrong outline: E05000002 South (not in wards.csv).");
  }

  @Test
  void lsoaPolygonsWithNoLookupGiveNoWardMap() {
    assertThat(WardOutlines.of(LSOAS, null, wards("E05000001", "North"))).isNull();
    assertThat(WardOutlines.of(null, LOOKUP, wards("E05000001", "North"))).isNull();
  }

  private static Map<String, String> wards(String... codeName) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < codeName.length; i += 2) {
      m.put(codeName[i], codeName[i + 1]);
    }
    return m;
  }

  private static Boundaries lsoas(Map<String, double[]> corners) {
    Map<String, Boundary> byCode = new LinkedHashMap<>();
    corners.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                byCode.put(
                    e.getKey(),
                    new Boundary(e.getKey(), null, square(e.getValue()[0], e.getValue()[1]))));
    return new Boundaries("lsoas.csv", byCode);
  }

  private static Geometry box(double x0, double y0, double x1, double y1) {
    return F.createPolygon(
        new Coordinate[] {
          new Coordinate(x0, y0),
          new Coordinate(x1, y0),
          new Coordinate(x1, y1),
          new Coordinate(x0, y1),
          new Coordinate(x0, y0)
        });
  }

  private static Geometry square(double x, double y) {
    return F.createPolygon(
        new Coordinate[] {
          new Coordinate(x, y),
          new Coordinate(x + 100, y),
          new Coordinate(x + 100, y + 100),
          new Coordinate(x, y + 100),
          new Coordinate(x, y)
        });
  }

  private static AreaLookup lookup(String... lsoaWardName) {
    Map<String, AreaLookup.Entry> byLsoa = new LinkedHashMap<>();
    for (int i = 0; i < lsoaWardName.length; i += 3) {
      byLsoa.put(
          lsoaWardName[i],
          new AreaLookup.Entry(
              lsoaWardName[i],
              "Testham",
              lsoaWardName[i + 1],
              lsoaWardName[i + 2],
              "E09000099",
              "Testham"));
    }
    return new AreaLookup("lookup.csv", byLsoa);
  }
}
