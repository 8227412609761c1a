package saferstats.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import saferstats.analysis.GridFigures;
import saferstats.analysis.HotspotsReport;
import saferstats.geo.BritishNationalGrid;
import saferstats.model.UserError;

/**
 * The grid cells as RFC 7946 GeoJSON: one Polygon feature per cell, corners projected back to WGS84
 * longitude/latitude, the exterior ring counter-clockwise and closed. A feature's properties are
 * the cell record itself, so they carry the same names as the cells in the JSON.
 */
public final class GeoJson {

  /** The whole file. */
  @JsonPropertyOrder({"type", "features"})
  record FeatureCollection(List<Feature> features) {
    @JsonProperty
    public String type() {
      return "FeatureCollection";
    }
  }

  /** One cell. */
  @JsonPropertyOrder({"type", "geometry", "properties"})
  record Feature(Polygon geometry, GridFigures.Cell properties) {
    @JsonProperty
    public String type() {
      return "Feature";
    }
  }

  /** One exterior ring of [longitude, latitude] positions, no holes. */
  @JsonPropertyOrder({"type", "coordinates"})
  record Polygon(List<List<double[]>> coordinates) {
    @JsonProperty
    public String type() {
      return "Polygon";
    }
  }

  private GeoJson() {}

  public static String of(HotspotsReport r) {
    GridFigures g = r.grid();
    if (g == null) {
      throw UserError.notCovered(
          "no grid to write to GeoJSON (the rows have no coordinates)",
          "leave out --geojson, or give police.uk street files with locations");
    }
    List<Feature> features =
        g.cells().stream().map(c -> new Feature(new Polygon(List.of(ring(g, c))), c)).toList();
    try {
      return Json.MAPPER
              .writer()
              .without(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(new FeatureCollection(features))
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write GeoJSON", e);
    }
  }

  /**
   * South-west, south-east, north-east, north-west and back: counter-clockwise on the grid, and
   * still so in longitude/latitude (the projection turns a 500 m cell by well under a degree).
   */
  private static List<double[]> ring(GridFigures g, GridFigures.Cell c) {
    double west = g.originEasting() + (double) c.col() * g.cellSize();
    double south = g.originNorthing() + (double) c.row() * g.cellSize();
    double east = west + g.cellSize();
    double north = south + g.cellSize();
    return List.of(
        lonLat(west, south),
        lonLat(east, south),
        lonLat(east, north),
        lonLat(west, north),
        lonLat(west, south));
  }

  private static double[] lonLat(double easting, double northing) {
    BritishNationalGrid.LonLat ll = BritishNationalGrid.toWgs84(easting, northing).sixDecimals();
    return new double[] {ll.lon(), ll.lat()};
  }
}
