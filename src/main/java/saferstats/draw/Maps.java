package saferstats.draw;

import java.util.List;
import saferstats.analysis.GridFigures;
import saferstats.geo.Boundaries;

/**
 * Maps: JTS geometries drawn onto the same Graphics2D as the charts (JTS's ShapeWriter).
 *
 * <p>STUB: placeholders with the final signatures; the maps issue replaces each body.
 */
public final class Maps {
  private Maps() {}

  /**
   * One LSOA on a choropleth.
   *
   * @param value the figure shaded (count, or rate per 1,000), null when unknown (drawn hatched or
   *     grey)
   * @param title what hovering shows: code, name and figure ("E01000001 City of London 001A: 123
   *     crimes")
   */
  public record MapArea(String code, String name, Double value, String title) {}

  /** LSOA choropleth of the area's LSOAs; each shape is titled (Drawings.Titles) with its code. */
  public static Drawing choropleth(
      String name, Boundaries boundaries, List<MapArea> areas, String legendTitle) {
    return Drawings.draw(name, 600, 600, (g, titles) -> {});
  }

  /**
   * The Gi* grid: hot and cold cells coloured by confidence, their classes, over the area's LSOA
   * outlines.
   */
  public static Drawing grid(
      String name, GridFigures grid, Boundaries boundaries, List<String> lsoaCodes) {
    return Drawings.draw(name, 600, 600, (g, titles) -> {});
  }
}
