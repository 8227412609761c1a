package saferstats.ingest.boundaries;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import saferstats.area.LsoaNames;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;
import saferstats.model.UserError;

/**
 * An ONS boundaries FeatureCollection: each feature's LSOA code and name from its properties, its
 * Polygon or MultiPolygon built with JTS from Jackson's tree (jts-io, which has a GeoJSON reader,
 * is not a dependency). Features are read one at a time from the stream so that an error can name
 * the line the feature starts on.
 */
final class GeoJsonBoundaries {
  private static final String HINT =
      "give a GeoJSON FeatureCollection of LSOA polygons as ONS publishes it (properties LSOA21CD,"
          + " LSOA21NM), or of ward polygons (WD24CD, WD24NM)";

  private record Feature(int line, JsonNode node) {}

  private final Path path;
  private final GeometryFactory factory = new GeometryFactory();

  private GeoJsonBoundaries(Path path) {
    this.path = path;
  }

  static Boundaries read(Path path, String text) {
    return new GeoJsonBoundaries(path).read(text);
  }

  private Boundaries read(String text) {
    String type = null;
    JsonNode crs = null;
    List<Feature> features = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (JsonParser p = mapper.getFactory().createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw error(1, "is not a GeoJSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "type" -> type = p.getValueAsString();
          case "crs" -> crs = mapper.readTree(p);
          case "features" -> readFeatures(p, mapper, value, features);
          default -> p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw error(
          e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
          "is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw UserError.input("cannot read " + path + ": " + e.getMessage(), HINT);
    }
    if (!"FeatureCollection".equals(type)) {
      throw error(1, "is GeoJSON of type " + type + ", not a FeatureCollection");
    }
    return boundaries(features, crs);
  }

  private void readFeatures(
      JsonParser p, ObjectMapper mapper, JsonToken value, List<Feature> features)
      throws IOException {
    if (value != JsonToken.START_ARRAY) {
      throw error(p.currentLocation().getLineNr(), "\"features\" is not an array");
    }
    while (p.nextToken() == JsonToken.START_OBJECT) {
      int line = p.currentLocation().getLineNr();
      features.add(new Feature(line, mapper.readTree(p)));
    }
  }

  private Boundaries boundaries(List<Feature> features, JsonNode crs) {
    Map<String, Geometry> geometries = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    boolean wards = false;
    for (Feature f : features) {
      JsonNode properties = f.node().path("properties");
      List<String> keys = new ArrayList<>();
      properties.fieldNames().forEachRemaining(keys::add);
      boolean ward =
          BoundaryFields.code(keys).isEmpty() && BoundaryFields.wardCode(keys).isPresent();
      wards |= ward;
      String codeKey =
          (ward ? BoundaryFields.wardCode(keys) : BoundaryFields.code(keys))
              .orElseThrow(
                  () ->
                      error(
                          f.line(),
                          "feature has no LSOA code property (LSOA21CD or LSOA11CD); its"
                              + " properties are "
                              + (keys.isEmpty() ? "none" : String.join(", ", keys))));
      String code = LsoaNames.code(properties.path(codeKey).asText(""));
      if (code.isEmpty()) {
        throw error(f.line(), "feature has an empty " + codeKey);
      }
      Integer before = lines.put(code, f.line());
      if (before != null) {
        throw error(f.line(), code + " appears twice (features at lines " + before + " and here)");
      }
      geometries.put(code, geometry(f.node().path("geometry"), f.line(), code));
      names.put(
          code,
          (ward ? BoundaryFields.wardName(keys) : BoundaryFields.name(keys))
              .map(k -> properties.path(k).asText(null))
              .orElse(null));
    }
    boolean lonLat = crsSaysLonLat(crs, geometries.values());
    Map<String, saferstats.geo.Boundary> byCode = new LinkedHashMap<>();
    geometries.forEach(
        (code, g) ->
            byCode.put(
                code,
                new Boundary(code, names.get(code), lonLat ? LonLatGeometries.toGrid(g) : g)));
    return new Boundaries(path.toString(), byCode, wards);
  }

  /** The {@code crs} member when there is one (EPSG:27700 or CRS84/4326), else the range. */
  private static boolean crsSaysLonLat(JsonNode crs, java.util.Collection<Geometry> geometries) {
    String name = crs == null ? "" : crs.path("properties").path("name").asText("");
    if (name.contains("27700")) {
      return false;
    }
    if (name.contains("CRS84") || name.contains("4326")) {
      return true;
    }
    return LonLatGeometries.lookLikeLonLat(geometries);
  }

  private Geometry geometry(JsonNode geometry, int line, String code) {
    String type = geometry.path("type").asText("");
    JsonNode coordinates = geometry.path("coordinates");
    return switch (type) {
      case "Polygon" -> polygon(coordinates, line, code);
      case "MultiPolygon" -> {
        List<Polygon> parts = new ArrayList<>();
        for (JsonNode part : coordinates) {
          parts.add(polygon(part, line, code));
        }
        if (parts.isEmpty()) {
          throw error(line, code + " has a MultiPolygon with no polygons");
        }
        yield factory.createMultiPolygon(parts.toArray(Polygon[]::new));
      }
      default ->
          throw error(
              line,
              code
                  + " has geometry "
                  + (type.isEmpty() ? "missing" : type)
                  + "; a boundary must be a Polygon or MultiPolygon");
    };
  }

  private Polygon polygon(JsonNode rings, int line, String code) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw error(line, code + " has a polygon with no rings");
    }
    LinearRing[] built = new LinearRing[rings.size()];
    for (int i = 0; i < rings.size(); i++) {
      built[i] = ring(rings.get(i), line, code);
    }
    return factory.createPolygon(
        built[0], java.util.Arrays.copyOfRange(built, 1, built.length, LinearRing[].class));
  }

  private LinearRing ring(JsonNode positions, int line, String code) {
    List<Coordinate> coordinates = new ArrayList<>();
    for (JsonNode position : positions) {
      if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
        throw error(line, code + " has a position that is not [x, y]: " + position);
      }
      coordinates.add(new Coordinate(position.get(0).asDouble(), position.get(1).asDouble()));
    }
    try {
      return factory.createLinearRing(coordinates.toArray(Coordinate[]::new));
    } catch (IllegalArgumentException e) {
      throw error(line, code + " has a ring that is not closed or has under 4 positions");
    }
  }

  private UserError error(int line, String what) {
    return UserError.input(path + ", line " + line + ": " + what, HINT);
  }
}
