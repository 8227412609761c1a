package saferstats.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.WKTReader;
import saferstats.geo.BritishNationalGrid;

/**
 * The committed sample's points (equal byte for byte to the generator's, SampleGeneratorTest) lie
 * in their own LSOA's real polygon: a point-in-polygon join of every located row of a month against
 * all 545 boundaries of sample-data/boundaries/ finds the LSOA code written on that row.
 */
class PointsInPolygonsTest {
  private static final Path SAMPLE =
      Path.of(System.getProperty("saferstats.sampleData", "../sample-data"));
  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private static final Map<String, Geometry> POLYGONS = new TreeMap<>();
  private static final STRtree INDEX = new STRtree();

  @BeforeAll
  static void readBoundaries() throws Exception {
    WKTReader wkt = new WKTReader(GEOMETRY);
    for (CSVRecord r : read(SAMPLE.resolve(LsoaPolygons.SAMPLE_FILE))) {
      Geometry g = wkt.read(r.get("geometry"));
      POLYGONS.put(r.get("LSOA21CD"), g);
      INDEX.insert(g.getEnvelopeInternal(), r.get("LSOA21CD"));
    }
  }

  @Test
  void boundariesAreTheThreeBoroughsLsoas() throws IOException {
    // 545 = the LSOA 2021 codes of E09000015, E09000005 and E09000003 in the ONS lookup.
    List<String> lookup =
        LsoaTable.london().stream()
            .filter(l -> l.ladCode().matches("E0900000(3|5)|E09000015"))
            .map(Lsoa::code)
            .sorted()
            .toList();
    assertThat(lookup).hasSize(545);
    assertThat(POLYGONS.keySet()).containsExactlyElementsOf(lookup);
  }

  @Test
  void everyMetPointOfAMonthIsInItsOwnLsoa() throws IOException {
    Map<String, Integer> byBorough = checkMonth("2024-06/2024-06-metropolitan-street.csv.gz");
    // Located rows of 2024-06 by borough, as the sample README's table counts them.
    assertThat(byBorough).containsEntry("Harrow", 2121);
    assertThat(byBorough).containsEntry("Brent", 3114);
    assertThat(byBorough).containsEntry("Barnet", 3110);
  }

  @Test
  void everyBtpStationPointIsInItsOwnLsoa() throws IOException {
    Map<String, Integer> byBorough = checkMonth("2024-06/2024-06-btp-street.csv.gz");
    assertThat(byBorough.values().stream().mapToInt(Integer::intValue).sum()).isPositive();
  }

  @Test
  void aPointOutsideItsLsoaIsCaught() {
    // Chatsworth Road's LSOA (Harrow 008E) checked against a point 5 km east of its centroid.
    Geometry harrow008e = POLYGONS.get("E01002111");
    Coordinate c = harrow008e.getCentroid().getCoordinate();
    assertThat(owners(c.x, c.y)).contains("E01002111");
    assertThat(owners(c.x + 5000, c.y)).doesNotContain("E01002111");
  }

  /**
   * Located rows per borough; fails on any row whose point is not in its own polygon. (A point may
   * also fall in a neighbour: the simplified boundaries overlap by a few metres along some edges.)
   */
  private static Map<String, Integer> checkMonth(String file) throws IOException {
    Map<String, Integer> byBorough = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (CSVRecord r : read(SAMPLE.resolve("police-uk").resolve(file))) {
      if (r.get("LSOA code").isEmpty()) {
        continue;
      }
      BritishNationalGrid.Point p =
          BritishNationalGrid.toGrid(
              Double.parseDouble(r.get("Longitude")), Double.parseDouble(r.get("Latitude")));
      List<String> owners = owners(p.easting(), p.northing());
      if (!owners.contains(r.get("LSOA code"))) {
        wrong.add(file + " line " + (r.getRecordNumber() + 1) + " " + r.get("LSOA code") + owners);
      }
      byBorough.merge(r.get("LSOA name").replaceAll(" \\w+$", ""), 1, Integer::sum);
    }
    assertThat(wrong).isEmpty();
    return byBorough;
  }

  /** The LSOAs whose polygon covers (in or on the edge) a grid point. */
  private static List<String> owners(double easting, double northing) {
    Point point = GEOMETRY.createPoint(new Coordinate(easting, northing));
    List<String> out = new ArrayList<>();
    for (Object code : INDEX.query(point.getEnvelopeInternal())) {
      if (POLYGONS.get((String) code).covers(point)) {
        out.add((String) code);
      }
    }
    return out.stream().sorted().toList();
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      return format.parse(reader).getRecords();
    }
  }
}
