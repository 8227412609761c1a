package saferstats.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import saferstats.analysis.GridFigures;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;

/**
 * Maps: JTS geometries in British National Grid metres drawn with JTS's ShapeWriter onto the
 * Graphics2D of {@link Drawings}, so the SVG and PNG agree. The map sits in a frame in a square box
 * on the left, north up, the scale bar and north arrow inside the frame's foot; the legend on the
 * right lists only what the map shows. Attribution is the report's job.
 */
public final class Maps {
  static final int WIDTH = 680;

  /**
   * The tallest a map drawing is; a wide area's ends {@link #MARGIN} px under its frame or legend.
   */
  static final int HEIGHT = 530;

  static final int MARGIN = 10;

  /** Where the map is fitted: 480 px square, 10 px from the top-left corner. */
  static final Rectangle2D MAP_BOX = new Rectangle2D.Double(10, 10, 480, 480);

  static final double LEGEND_X = 505;

  /** A map of fewer areas than this with a figure labels each with it (issue 26.6). */
  public static final int LABELLED_BELOW = 10;

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
   * code; five quantile classes (see {@link ChoroplethClasses}), or with fewer than {@link
   * #LABELLED_BELOW} figures each LSOA's figure written on it and its shade in proportion (see
   * {@link ProportionalShading}); LSOAs with no value grey, "no data" in the legend. LSOAs with no
   * polygon are left off (the report notes them, see saferstats.geo.BoundaryCoverage).
   */
  public static Drawing choropleth(
      String name, Boundaries boundaries, List<MapArea> areas, String legendTitle) {
    List<Placed> placed = placed(boundaries, areas);
    return Drawings.drawTrimmed(
        name,
        WIDTH,
        HEIGHT,
        MARGIN,
        (g, titles) -> paintChoropleth(g, titles, placed, legendTitle));
  }

  /**
   * Whether {@link #choropleth} writes each area's figure on it, shaded in proportion, rather than
   * five quantile classes: when fewer than {@link #LABELLED_BELOW} areas on the map have a figure.
   * The caption says so.
   */
  public static boolean labelsFigures(Boundaries boundaries, List<MapArea> areas) {
    return labelsFigures(placed(boundaries, areas));
  }

  private static boolean labelsFigures(List<Placed> placed) {
    return placed.stream().filter(p -> p.area().value() != null).count() < LABELLED_BELOW;
  }

  private static List<Placed> placed(Boundaries boundaries, List<MapArea> areas) {
    return boundaries == null
        ? List.of()
        : areas.stream()
            .map(a -> new Placed(a, boundaries.byCode().get(a.code())))
            .filter(p -> p.boundary() != null)
            .toList();
  }

  private record Placed(MapArea area, Boundary boundary) {}

  /** What the choropleth drew: its bottom is the lower of the frame's and the legend's. */
  private static double paintChoropleth(
      Graphics2D g, Drawings.Titles titles, List<Placed> placed, String legendTitle) {
    MapFurniture legend = new MapFurniture(g, LEGEND_X, MAP_BOX.getY());
    legend.heading(legendTitle);
    if (placed.isEmpty()) {
      legend.remark("No LSOA polygons for this area in the boundaries file.");
      return legend.y();
    }
    Envelope extent = new Envelope();
    placed.forEach(p -> extent.expandToInclude(p.boundary().geometry().getEnvelopeInternal()));
    MapFrame frame = MapFrame.fit(extent, MAP_BOX);
    List<Double> values =
        placed.stream().map(p -> p.area().value()).filter(Objects::nonNull).toList();
    boolean labelled = labelsFigures(placed);
    ChoroplethClasses classes = new ChoroplethClasses(values);
    ProportionalShading shading = new ProportionalShading(values);
    Function<Double, Color> colour = labelled ? shading::colour : classes::colour;
    for (Placed p : placed) {
      Shape shape = frame.shape(p.boundary().geometry());
      Color fill = p.area().value() == null ? NO_DATA : colour.apply(p.area().value());
      titles.titled(p.area().code(), p.area().title(), () -> fillAndOutline(g, shape, fill));
    }
    Stroke thin = new BasicStroke(0.6f);
    if (labelled) {
      boolean whole = ChoroplethClasses.whole(values);
      placed.stream()
          .filter(p -> p.area().value() != null)
          .forEach(p -> figure(g, frame, p, shading, whole));
      legend.row(
          shading.colour(shading.lowest()),
          OUTLINE,
          thin,
          ChoroplethClasses.number(shading.lowest(), whole) + " (lowest)");
      legend.row(
          shading.colour(shading.highest()),
          OUTLINE,
          thin,
          ChoroplethClasses.number(shading.highest(), whole) + " (highest)");
    } else {
      for (ChoroplethClasses.ValueClass c : classes.legend()) {
        legend.row(c.colour(), OUTLINE, thin, classes.label(c));
      }
    }
    if (placed.stream().anyMatch(p -> p.area().value() == null)) {
      legend.row(NO_DATA, OUTLINE, thin, "no data");
    }
    legend.gap();
    legend.remark(
        labelled
            ? "Fewer than "
                + LABELLED_BELOW
                + " areas, too few for classes: each shows its own figure, shaded in proportion"
                + " from the lowest to the highest."
            : "Classes are quantiles: each holds about a fifth of the areas shown.");
    furniture(g, frame);
    return Math.max(frame.neatline().getMaxY(), legend.y());
  }

  /**
   * The area's figure written at the centre of the largest circle inside it (so inside even a
   * crescent-shaped LSOA), white on a dark fill, dark on a light one.
   */
  private static void figure(
      Graphics2D g, MapFrame frame, Placed p, ProportionalShading shading, boolean whole) {
    Point centre =
        MaximumInscribedCircle.getCenter(
            p.boundary().geometry(),
            Math.max(1, p.boundary().geometry().getEnvelopeInternal().getDiameter() / 1000));
    Point2D at = frame.point(centre.getX(), centre.getY());
    String text = ChoroplethClasses.number(p.area().value(), whole);
    g.setFont(Fonts.bold(11f));
    int width = g.getFontMetrics().stringWidth(text);
    g.setColor(ProportionalShading.textOn(shading.colour(p.area().value())));
    g.drawString(text, (float) (at.getX() - width / 2.0), (float) (at.getY() + 4));
  }

  private static void fillAndOutline(Graphics2D g, Shape shape, Color fill) {
    g.setColor(fill);
    g.fill(shape);
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke(0.6f));
    g.draw(shape);
    g.setStroke(new BasicStroke(1f));
  }

  /** The frame round the map, with the scale bar and north arrow inside its foot. */
  static void furniture(Graphics2D g, MapFrame frame) {
    MapFurniture.frame(g, frame);
  }

  /**
   * The Gi* grid: hot and cold cells coloured by confidence, their classes outlined, over the
   * area's LSOA outlines and the area's outline (their union). With no boundaries (null), the grid
   * alone and a note saying so.
   */
  public static Drawing grid(
      String name, GridFigures grid, Boundaries boundaries, List<String> lsoaCodes) {
    List<Boundary> outlines = boundaries == null ? List.of() : boundaries.of(lsoaCodes);
    return Drawings.drawTrimmed(
        name,
        WIDTH,
        HEIGHT,
        MARGIN,
        (g, titles) -> new GridMap(grid, outlines, boundaries == null).paint(g, titles));
  }
}
