package saferstats.ingest.boundaries;

import java.util.Collection;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import saferstats.geo.BritishNationalGrid;

/**
 * Boundaries published in WGS84 longitude/latitude, told from British National Grid metres by
 * range, and projected to the grid. A BNG outline within ±180, ±90 would be a few metres off Land's
 * End at sea, so the range test cannot mistake a real LSOA.
 */
final class LonLatGeometries {
  private LonLatGeometries() {}

  static boolean lookLikeLonLat(Collection<Geometry> geometries) {
    Envelope all = new Envelope();
    geometries.forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
    return !all.isNull()
        && all.getMinX() >= -180
        && all.getMaxX() <= 180
        && all.getMinY() >= -90
        && all.getMaxY() <= 90;
  }

  /** Projects every vertex in place from longitude/latitude to BNG easting/northing. */
  static Geometry toGrid(Geometry geometry) {
    geometry.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            BritishNationalGrid.Point p = BritishNationalGrid.toGrid(seq.getX(i), seq.getY(i));
            seq.setOrdinate(i, 0, p.easting());
            seq.setOrdinate(i, 1, p.northing());
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return geometry;
  }
}
