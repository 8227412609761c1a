package saferstats.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import saferstats.analysis.Assessment;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.Place;
import saferstats.analysis.WardBasis;
import saferstats.area.AreaLookup;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;
import saferstats.geo.WardOutlines;
import saferstats.model.Month;

/**
 * An MPS priority's "Where": its ward table's counts shaded on a ward map of best-fit outlines (two
 * 100 m square LSOAs per ward), a ward of another vintage than the lookup counted and said, not
 * drawn. The code before drew no map for MPS tables at all.
 */
class ReportWardMapTest {
  private static final GeometryFactory F = new GeometryFactory();

  @Test
  void anMpsWardTableGetsAWardMapOfTheSameCountsSaidToBeBestFit() {
    HotspotsReport h =
        wardTable(place(1, "E05000001", "North", 12), place(2, "E05009999", "Old Town", 3));
    WardOutlines wards =
        WardOutlines.of(
            lsoas(),
            lookup(),
            Map.of("E05000001", "North", "E05000002", "South", "E05009999", "Old Town"));
    Assessment a =
        new Assessment(null, null, List.of(), List.of(), List.of(), lsoas(), null, wards);

    ReportView.Places places = ReportPlaces.of("p1", h, a, true, Set.of(), true);

    assertThat(places.map()).isNotNull();
    assertThat(places.mapAbsent()).isNull();
    assertThat(places.map().alt())
        .startsWith(
            "Map of Burglary by ward, 12 months to 2024-04: the counts the ward table ranks")
        .contains("best-fit ward outlines");
    String svg = places.map().svg();
    assertThat(svg).contains("<title>E05000001 North: 12 crimes</title>");
    // South is drawn but has no row in this table: grey, not a count of zero
    assertThat(svg).contains("<title>E05000002 South: not in the ward table</title>");
    assertThat(svg).doesNotContain("E05009999");
    assertThat(places.notes())
        .anyMatch(
            n ->
                n.startsWith("1 of Testham's 3 wards in the ward table is not on the map")
                    && n.contains("E05009999 Old Town (not in the lookup lookup.csv"));
  }

  @Test
  void withNoWayToOutlineWardsTheLineSaysWhatToGive() {
    HotspotsReport h = wardTable(place(1, "E05000001", "North", 12));
    Assessment a = new Assessment(null, null, List.of(), List.of(), List.of(), lsoas(), null);

    ReportView.Places places = ReportPlaces.of("p1", h, a, true, Set.of(), true);

    assertThat(places.map()).isNull();
    assertThat(places.mapAbsent())
        .startsWith("No ward map: give --boundaries with ward polygons")
        .contains("--lookup");
  }

  private static HotspotsReport wardTable(Place... wards) {
    return new HotspotsReport(
        "hotspots",
        "Testham",
        "Metropolitan Police Service",
        Month.of(2024, 4),
        "source",
        "Burglary",
        new HotspotsReport.Window(
            "current12", "12 months to 2024-04", Month.of(2023, 5), Month.of(2024, 4)),
        10,
        List.of(),
        List.of(),
        15,
        0,
        List.of(),
        List.of(wards),
        new WardBasis(WardBasis.MPS_TABLES, null, null),
        List.of(),
        null,
        null,
        null);
  }

  private static Place place(int rank, String code, String name, long count) {
    return new Place(rank, code, name, null, count, count / 15.0, 0, null, null, null, null, null);
  }

  private static Boundaries lsoas() {
    Map<String, Boundary> byCode = new LinkedHashMap<>();
    double[][] corners = {{0, 0}, {100, 0}, {0, 100}, {100, 100}};
    for (int i = 0; i < corners.length; i++) {
      String code = "E0100000" + (i + 1);
      byCode.put(code, new Boundary(code, null, square(corners[i][0], corners[i][1])));
    }
    return new Boundaries("lsoas.csv", byCode);
  }

  private static AreaLookup lookup() {
    Map<String, AreaLookup.Entry> byLsoa = new LinkedHashMap<>();
    String[][] rows = {
      {"E01000001", "E05000001", "North"},
      {"E01000002", "E05000001", "North"},
      {"E01000003", "E05000002", "South"},
      {"E01000004", "E05000002", "South"}
    };
    for (String[] r : rows) {
      byLsoa.put(r[0], new AreaLookup.Entry(r[0], null, r[1], r[2], "E09000099", "Testham"));
    }
    return new AreaLookup("lookup.csv", byLsoa);
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
}
