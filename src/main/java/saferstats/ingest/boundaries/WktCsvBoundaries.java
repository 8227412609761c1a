package saferstats.ingest.boundaries;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import saferstats.area.LsoaNames;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;
import saferstats.model.UserError;

/** Boundaries as a CSV: an LSOA code column, an optional name column, and WKT polygons in BNG. */
final class WktCsvBoundaries {
  private static final String HINT =
      "give a CSV with an LSOA code column (LSOA21CD), or a ward code column (WD24CD), and a WKT"
          + " geometry column (geometry) in British National Grid metres";

  private WktCsvBoundaries() {}

  static Boundaries read(Path path, String text) {
    WKTReader wkt = new WKTReader();
    Map<String, Boundary> byCode = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    boolean wards;
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .get()
            .parse(new StringReader(text))) {
      List<String> header = parser.getHeaderNames();
      // An LSOA code column first; a ward code column makes it a ward boundaries file.
      wards = BoundaryFields.code(header).isEmpty() && BoundaryFields.wardCode(header).isPresent();
      String code =
          column(
              path,
              header,
              wards ? BoundaryFields.wardCode(header) : BoundaryFields.code(header),
              "LSOA code column (such as LSOA21CD or LSOA11CD)");
      String geometry =
          column(
              path,
              header,
              BoundaryFields.geometry(header),
              "WKT geometry column (such as geometry or WKT)");
      String name =
          (wards ? BoundaryFields.wardName(header) : BoundaryFields.name(header)).orElse(null);
      for (CSVRecord rec : parser) {
        long line = parser.getCurrentLineNumber();
        String lsoa = rec.isSet(code) ? LsoaNames.code(rec.get(code)) : "";
        if (lsoa.isEmpty()) {
          throw error(path, line, "no " + (wards ? "ward" : "LSOA") + " code in column " + code);
        }
        Long before = lines.put(lsoa, line);
        if (before != null) {
          throw error(path, line, lsoa + " appears twice (lines " + before + " and " + line + ")");
        }
        Geometry shape = parse(wkt, rec.isSet(geometry) ? rec.get(geometry) : "", path, line, lsoa);
        String lsoaName = name != null && rec.isSet(name) ? rec.get(name) : null;
        byCode.put(lsoa, new Boundary(lsoa, lsoaName, shape));
      }
    } catch (IOException | UncheckedIOException e) {
      throw UserError.input(path + ": not a readable CSV: " + e.getMessage(), HINT);
    }
    if (LonLatGeometries.lookLikeLonLat(
        byCode.values().stream().map(Boundary::geometry).toList())) {
      byCode.values().forEach(b -> LonLatGeometries.toGrid(b.geometry()));
    }
    return new Boundaries(path.toString(), byCode, wards);
  }

  private static String column(
      Path path, List<String> header, java.util.Optional<String> found, String what) {
    return found.orElseThrow(
        () ->
            UserError.input(
                path + ", line 1: no " + what + "; the header is " + String.join(",", header),
                HINT));
  }

  private static Geometry parse(WKTReader wkt, String text, Path path, long line, String lsoa) {
    Geometry g;
    try {
      g = wkt.read(text);
    } catch (ParseException | IllegalArgumentException e) {
      throw error(path, line, "the geometry of " + lsoa + " is not WKT (" + e.getMessage() + ")");
    }
    if (!(g instanceof Polygonal) || g.isEmpty()) {
      throw error(
          path, line, "the geometry of " + lsoa + " is " + g.getGeometryType() + ", not a polygon");
    }
    return g;
  }

  private static UserError error(Path path, long line, String what) {
    return UserError.input(path + ", line " + line + ": " + what, HINT);
  }
}
