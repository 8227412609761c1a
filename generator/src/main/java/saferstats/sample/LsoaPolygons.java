package saferstats.sample;

// Resource saferstats/sample/lsoa21-harrow-brent-barnet-bng.csv.gz: the rows of Harrow (E09000015),
// Brent (E09000005) and Barnet (E09000003) (LAD22CD) of shared/real-data/boundaries/
// london-lsoa21-boundaries-bng.csv.gz (ONS LSOA 2021 boundaries, simplified, WKT in British
// National
// Grid metres; OGL v3.0, contains OS data), lines kept byte for byte in file order under the same
// header, gzipped with mtime 0 by a Python one-off. 545 LSOAs, the same codes as london-lsoas.csv.

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import saferstats.geo.BritishNationalGrid;

/**
 * The real LSOA 2021 polygons of the three sample boroughs, and synthetic places inside them: a
 * street or point of interest is a uniform random point in its LSOA's polygon (rejection sampling
 * in the envelope), a station a point within {@value #NEAR_M} m of its main street, kept inside. A
 * point is kept only if its published six-decimal longitude and latitude, projected back to British
 * National Grid, lie in (or on the edge of) the polygon. Draws come from their own stream, so
 * moving the points changes no other figure.
 */
final class LsoaPolygons implements Spots {
  static final String RESOURCE = "/saferstats/sample/lsoa21-harrow-brent-barnet-bng.csv.gz";

  /** Where the sample carries the boundaries, for `report --boundaries`. */
  static final String SAMPLE_FILE = "boundaries/lsoa21-harrow-brent-barnet-bng.csv.gz";

  /** How far a station may be from its LSOA's main street, in metres. */
  static final double NEAR_M = 150.0;

  /** Far more than any real LSOA needs (the worst has a fill of its envelope well above 1%). */
  private static final int MAX_TRIES = 10_000;

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private final Map<String, PreparedGeometry> byCode;
  private final Rng coordinates;

  LsoaPolygons(Map<String, PreparedGeometry> byCode, Rng coordinates) {
    this.byCode = byCode;
    this.coordinates = coordinates;
  }

  /** The bundled polygons, drawing points from {@code coordinates}. */
  static LsoaPolygons load(Rng coordinates) throws IOException {
    return new LsoaPolygons(read(), coordinates);
  }

  /** Every bundled polygon by LSOA code, in British National Grid metres. */
  static Map<String, PreparedGeometry> read() throws IOException {
    Map<String, PreparedGeometry> out = new HashMap<>();
    WKTReader wkt = new WKTReader(GEOMETRY);
    try (InputStream in = open()) {
      Reader reader = new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8);
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(reader)) {
        try {
          out.put(r.get("LSOA21CD"), PreparedGeometryFactory.prepare(wkt.read(r.get("geometry"))));
        } catch (ParseException e) {
          throw new IOException(RESOURCE + " line " + r.getRecordNumber() + ": " + e.getMessage());
        }
      }
    }
    return out;
  }

  /** Copies the bundled file, bytes unchanged, to {@value #SAMPLE_FILE} under {@code outDir}. */
  static void copyTo(Path outDir) throws IOException {
    Path target = outDir.resolve(SAMPLE_FILE);
    Files.createDirectories(target.getParent());
    try (InputStream in = open()) {
      Files.write(target, in.readAllBytes());
    }
  }

  /** True when six-decimal WGS84 coordinates, projected to the grid, are in or on the polygon. */
  static boolean covers(PreparedGeometry polygon, double lon, double lat) {
    BritishNationalGrid.Point p = BritishNationalGrid.toGrid(lon, lat);
    return polygon.covers(GEOMETRY.createPoint(new Coordinate(p.easting(), p.northing())));
  }

  @Override
  public Place place(Lsoa lsoa, String name, double lon, double lat) {
    Envelope box = polygon(lsoa).getGeometry().getEnvelopeInternal();
    return inside(
        lsoa,
        name,
        () ->
            new double[] {
              box.getMinX() + coordinates.uniform() * box.getWidth(),
              box.getMinY() + coordinates.uniform() * box.getHeight()
            });
  }

  @Override
  public Place near(Place centre, String name, double lon, double lat) {
    BritishNationalGrid.Point c =
        BritishNationalGrid.toGrid(centre.lonMicro() / 1e6, centre.latMicro() / 1e6);
    return inside(
        centre.lsoa(),
        name,
        () -> {
          double r = NEAR_M * StrictMath.sqrt(coordinates.uniform());
          double theta = 2 * StrictMath.PI * coordinates.uniform();
          return new double[] {
            c.easting() + r * StrictMath.cos(theta), c.northing() + r * StrictMath.sin(theta)
          };
        });
  }

  /** The first drawn grid point whose published coordinates fall in the LSOA's polygon. */
  private Place inside(Lsoa lsoa, String name, java.util.function.Supplier<double[]> draw) {
    PreparedGeometry polygon = polygon(lsoa);
    for (int i = 0; i < MAX_TRIES; i++) {
      double[] en = draw.get();
      BritishNationalGrid.LonLat ll = BritishNationalGrid.toWgs84(en[0], en[1]).sixDecimals();
      if (covers(polygon, ll.lon(), ll.lat())) {
        return Place.of(lsoa, name, ll.lon(), ll.lat());
      }
    }
    throw new IllegalStateException("no point found inside " + lsoa.code() + " for " + name);
  }

  private PreparedGeometry polygon(Lsoa lsoa) {
    PreparedGeometry p = byCode.get(lsoa.code());
    if (p == null) {
      throw new IllegalArgumentException("no bundled polygon for " + lsoa.code());
    }
    return p;
  }

  private static InputStream open() throws IOException {
    InputStream in = LsoaPolygons.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IOException("missing resource " + RESOURCE);
    }
    return in;
  }
}
