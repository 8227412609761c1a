package saferstats.draw;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * British National Grid metres fitted into a box of the drawing: one scale for both axes (BNG
 * metres are square), north up, the map centred where the box is wider than the area.
 */
final class MapFrame {
  private final Envelope extent;
  private final double scale;
  private final double left;
  private final double top;
  private final ShapeWriter writer;

  private MapFrame(Envelope extent, Rectangle2D box) {
    this.extent = extent;
    double width = Math.max(extent.getWidth(), 1);
    double height = Math.max(extent.getHeight(), 1);
    this.scale = Math.min(box.getWidth() / width, box.getHeight() / height);
    this.left = box.getX() + (box.getWidth() - width * scale) / 2;
    this.top = box.getY() + (box.getHeight() - height * scale) / 2;
    this.writer = new ShapeWriter((c, out) -> out.setLocation(point(c.x, c.y)));
  }

  /** The extent's south-west corner lands {@code scale} pixels per metre from the box's edges. */
  static MapFrame fit(Envelope extent, Rectangle2D box) {
    return new MapFrame(extent, box);
  }

  Point2D point(double easting, double northing) {
    return new Point2D.Double(
        left + (easting - extent.getMinX()) * scale, top + (extent.getMaxY() - northing) * scale);
  }

  Shape shape(Geometry geometry) {
    return writer.toShape(geometry);
  }

  /** A rectangle of the grid, given by its south-west corner and its size in metres. */
  Rectangle2D rectangle(double minEasting, double minNorthing, double width, double height) {
    Point2D nw = point(minEasting, minNorthing + height);
    return new Rectangle2D.Double(nw.getX(), nw.getY(), width * scale, height * scale);
  }

  double pixelsPerMetre() {
    return scale;
  }
}
