package saferstats.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import saferstats.analysis.GridFigures;
import saferstats.analysis.HotspotsReport;
import saferstats.geo.BritishNationalGrid;
import saferstats.model.UserError;

/**
 * The grid cells as RFC 7946 GeoJSON: one Polygon feature per cell, corners projected back to WGS84
 * longitude/latitude, the exterior ring counter-clockwise, with the cell's figures as properties.
 */
public final class GeoJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GeoJson() {}

  public static String of(HotspotsReport r) {
    GridFigures g = r.grid();
    if (g == null) {
      throw UserError.notCovered(
          "no grid to write to GeoJSON (the rows have no coordinates)",
          "leave out --geojson, or give police.uk street files with locations");
    }
    ObjectNode root = MAPPER.createObjectNode();
    root.put("type", "FeatureCollection");
    ArrayNode features = root.putArray("features");
    for (GridFigures.Cell c : g.cells()) {
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      ObjectNode geometry = f.putObject("geometry");
      geometry.put("type", "Polygon");
      ArrayNode ring = geometry.putArray("coordinates").addArray();
      double west = g.originEasting() + (double) c.col() * g.cellSize();
      double south = g.originNorthing() + (double) c.row() * g.cellSize();
      double[][] corners = {
        {west, south},
        {west + g.cellSize(), south},
        {west + g.cellSize(), south + g.cellSize()},
        {west, south + g.cellSize()},
        {west, south}
      };
      for (double[] corner : corners) {
        BritishNationalGrid.LonLat ll = BritishNationalGrid.toWgs84(corner[0], corner[1]);
        ring.addArray().add(round(ll.lon())).add(round(ll.lat()));
      }
      ObjectNode p = f.putObject("properties");
      p.put("row", c.row());
      p.put("col", c.col());
      p.put("count", c.count());
      p.put("z", c.z());
      p.put("p", c.p());
      p.put("q", c.q());
      p.put("bin", c.bin());
      p.put("hot", c.hot());
      p.put("cold", c.cold());
      p.put("previous", c.previous());
      p.put("changeP", c.changeP());
      p.put("class", c.classification() == null ? null : c.classification().id());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write GeoJSON", e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
