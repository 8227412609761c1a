package saferstats.geo;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 longitude/latitude to and from British National Grid (EPSG:27700) with proj4j. The datum
 * shift WGS84 → OSGB36 is the published 7-parameter Helmert transformation (as in EPSG:27700's
 * {@code +towgs84}), good to a few metres across Great Britain — far finer than any hotspot cell,
 * though not OSTN15's centimetres. proj4j transforms are not thread-safe: each thread has its own.
 */
public final class BritishNationalGrid {
  /** EPSG:27700: Transverse Mercator on the Airy 1830 ellipsoid, OSGB36 datum. */
  static final String EPSG_27700 =
      "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy"
          + " +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs";

  static final String WGS84 = "+proj=longlat +datum=WGS84 +no_defs";

  /** Easting and northing in metres. */
  public record Point(double easting, double northing) {}

  /** Longitude and latitude in degrees. */
  public record LonLat(double lon, double lat) {
    /** To six decimals of a degree, about 10 cm: finer adds bytes, not accuracy. */
    public LonLat sixDecimals() {
      return new LonLat(Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6);
    }
  }

  private static final ThreadLocal<CoordinateTransform[]> TRANSFORMS =
      ThreadLocal.withInitial(
          () -> {
            CRSFactory crs = new CRSFactory();
            CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", WGS84);
            CoordinateReferenceSystem bng = crs.createFromParameters("EPSG:27700", EPSG_27700);
            CoordinateTransformFactory f = new CoordinateTransformFactory();
            return new CoordinateTransform[] {
              f.createTransform(wgs84, bng), f.createTransform(bng, wgs84)
            };
          });

  private BritishNationalGrid() {}

  public static Point toGrid(double lon, double lat) {
    ProjCoordinate out = new ProjCoordinate();
    TRANSFORMS.get()[0].transform(new ProjCoordinate(lon, lat), out);
    return new Point(out.x, out.y);
  }

  public static LonLat toWgs84(double easting, double northing) {
    ProjCoordinate out = new ProjCoordinate();
    TRANSFORMS.get()[1].transform(new ProjCoordinate(easting, northing), out);
    return new LonLat(out.x, out.y);
  }
}
