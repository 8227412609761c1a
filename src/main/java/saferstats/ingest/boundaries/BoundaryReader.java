package saferstats.ingest.boundaries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import saferstats.geo.Boundaries;
import saferstats.ingest.support.SupportFile;
import saferstats.model.UserError;

/**
 * Reads {@code --boundaries}: LSOA polygons as ONS publishes them, GeoJSON (British National Grid
 * or WGS84) or a CSV with an LSOA code column and a WKT geometry column in British National Grid;
 * plain or gzipped. The file's first character decides: {@code {} is GeoJSON, anything else CSV.
 */
public final class BoundaryReader {
  static final String OPTION = "--boundaries";

  private BoundaryReader() {}

  public static Boundaries read(Path path) {
    SupportFile.check(path, OPTION);
    String text = text(path);
    if (text.isBlank()) {
      throw UserError.input(
          path + ": the boundaries file is empty",
          "give ONS LSOA boundaries as GeoJSON, or a CSV with LSOA21CD and WKT geometry columns");
    }
    Boundaries boundaries =
        text.stripLeading().startsWith("{")
            ? GeoJsonBoundaries.read(path, text)
            : WktCsvBoundaries.read(path, text);
    if (boundaries.byCode().isEmpty()) {
      throw UserError.input(
          path + ": the boundaries file holds no LSOA polygons",
          "give a file with one polygon per LSOA, as ONS publishes them");
    }
    return boundaries;
  }

  private static String text(Path path) {
    try (InputStream in = SupportFile.open(path)) {
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (IOException | UncheckedIOException e) {
      throw UserError.input(
          "cannot read " + path + ": " + e.getMessage(), "check the " + OPTION + " path");
    }
  }
}
