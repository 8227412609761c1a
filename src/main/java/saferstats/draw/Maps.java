package saferstats.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import saferstats.analysis.GridFigures;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;

/**
 * Maps: JTS geometries in British National Grid metres drawn with JTS's ShapeWriter onto the
 * Graphics2D of {@link Drawings}, so the SVG and PNG agree. The map sits in a square box on the
 * left, north up, a scale bar beneath; the legend on the right. Attribution is the report's job.
 */
public final class Maps {
  static final int WIDTH = 680;
  static final int HEIGHT = 530;

  /** Where the map is fitted: 480 px square, 10 px from the top-left corner. */
  static final Rectangle2D MAP_BOX = new Rectangle2D.Double(10, 10, 480, 480);

  static final double LEGEND_X = 505;
  static final Color NO_DATA = new Color(0xd9d9d9);
  static final Color OUTLINE = new Color(0x55, 0x55, 0x55);

  private Maps() {}

  /**
   * One LSOA on a choropleth.
   *
   * @param value the figure shaded (count, or rate per 1,000), null when unknown (drawn grey)
   * @param title what hovering shows: code, name and figure ("E01000001 City of London 001A: 123
   *     crimes")
   */
  public record MapArea(String code, String name, Double value, String title) {}

  /**
   * LSOA choropleth of the area's LSOAs that {@code boundaries} has, each shape titled with its
   * code; five quantile classes (see {@link ChoroplethClasses}); LSOAs with no value grey, "no
   * data" in the legend. LSOAs with no polygon are left off (the report notes them, see
   * saferstats.geo.BoundaryCoverage).
   */
  public static Drawing choropleth(
      String name, Boundaries boundaries, List<MapArea> areas, String legendTitle) {
    List<Placed> placed =
        boundaries == null
            ? List.of()
            : areas.stream()
                .map(a -> new Placed(a, boundaries.byCode().get(a.code())))
                .filter(p -> p.boundary() != null)
                .toList();
    return Drawings.draw(
        name, WIDTH, HEIGHT, (g, titles) -> paintChoropleth(g, titles, placed, legendTitle));
  }

  private record Placed(MapArea area, Boundary boundary) {}

  private static void paintChoropleth(
      Graphics2D g, Drawings.Titles titles, List<Placed> placed, String legendTitle) {
    MapFurniture legend = new MapFurniture(g, LEGEND_X, MAP_BOX.getY());
    legend.heading(legendTitle);
    if (placed.isEmpty()) {
      legend.remark("No LSOA polygons for this area in the boundaries file.");
      return;
    }
    Envelope extent = new Envelope();
    placed.forEach(p -> extent.expandToInclude(p.boundary().geometry().getEnvelopeInternal()));
    MapFrame frame = MapFrame.fit(extent, MAP_BOX);
    ChoroplethClasses classes =
        new ChoroplethClasses(
            placed.stream().map(p -> p.area().value()).filter(Objects::nonNull).toList());
    for (Placed p : placed) {
      Shape shape = frame.shape(p.boundary().geometry());
      Color fill = p.area().value() == null ? NO_DATA : classes.colour(p.area().value());
      titles.titled(p.area().code(), p.area().title(), () -> fillAndOutline(g, shape, fill));
    }
    for (ChoroplethClasses.ValueClass c : classes.legend()) {
      legend.row(c.colour(), OUTLINE, new BasicStroke(0.6f), classes.label(c));
    }
    if (placed.stream().anyMatch(p -> p.area().value() == null)) {
      legend.row(NO_DATA, OUTLINE, new BasicStroke(0.6f), "no data");
    }
    legend.gap();
    legend.remark("Classes are quantiles: each holds about a fifth of the areas shown.");
    furniture(g, frame);
  }

  private static void fillAndOutline(Graphics2D g, Shape shape, Color fill) {
    g.setColor(fill);
    g.fill(shape);
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke(0.6f));
    g.draw(shape);
    g.setStroke(new BasicStroke(1f));
  }

  /** The scale bar under the map box and the north arrow at the foot of the legend. */
  static void furniture(Graphics2D g, MapFrame frame) {
    MapFurniture.scaleBar(
        g, frame.pixelsPerMetre(), MAP_BOX.getX(), MAP_BOX.getMaxY() + 20, MAP_BOX.getWidth());
    MapFurniture.northArrow(g, LEGEND_X + 10, MAP_BOX.getMaxY() - 40);
  }

  /**
   * The Gi* grid: hot and cold cells coloured by confidence, their classes outlined, over the
   * area's LSOA outlines and the area's outline (their union). With no boundaries (null), the grid
   * alone and a note saying so.
   */
  public static Drawing grid(
      String name, GridFigures grid, Boundaries boundaries, List<String> lsoaCodes) {
    List<Boundary> outlines = boundaries == null ? List.of() : boundaries.of(lsoaCodes);
    return Drawings.draw(
        name,
        WIDTH,
        HEIGHT,
        (g, titles) -> new GridMap(grid, outlines, boundaries == null).paint(g, titles));
  }
}
