package saferstats.draw;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * British National Grid metres fitted into a box of the drawing: one scale for both axes (BNG
 * metres are square), north up. The map sits inside a frame (the neatline) at the box's top-left,
 * {@link #PAD} px from its sides and top, with a band of {@link #BAND} px at its foot that holds
 * the scale bar and the north arrow, so neither sits on a shape nor outside the frame (issue 26.6).
 */
final class MapFrame {
  /** Space between the frame and the map on the left, right and top. */
  static final double PAD = 15;

  /** The strip at the frame's foot, under the map, for the scale bar and north arrow. */
  static final double BAND = 30;

  /** The frame is at least this wide, so a tall, narrow area still has room for its furniture. */
  static final double MIN_WIDTH = 220;

  private final Envelope extent;
  private final double scale;
  private final double left;
  private final double top;
  private final Rectangle2D neatline;
  private final ShapeWriter writer;

  private MapFrame(Envelope extent, Rectangle2D box) {
    this.extent = extent;
    double width = Math.max(extent.getWidth(), 1);
    double height = Math.max(extent.getHeight(), 1);
    this.scale =
        Math.min((box.getWidth() - 2 * PAD) / width, (box.getHeight() - 2 * PAD - BAND) / height);
    double frameWidth = Math.min(box.getWidth(), Math.max(MIN_WIDTH, width * scale + 2 * PAD));
    this.left = box.getX() + (frameWidth - width * scale) / 2;
    this.top = box.getY() + PAD;
    this.neatline =
        new Rectangle2D.Double(box.getX(), box.getY(), frameWidth, height * scale + PAD + BAND);
    this.writer = new ShapeWriter((c, out) -> out.setLocation(point(c.x, c.y)));
  }

  /** The extent as large as it fits in {@code box} less the frame's padding and foot band. */
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

  /** The frame drawn round the map: everything the map draws (furniture too) lies inside it. */
  Rectangle2D neatline() {
    return neatline;
  }
}
