package saferstats.ingest.boundaries;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which column (CSV) or property (GeoJSON) of a boundaries file holds the LSOA code, its name and
 * the geometry: ONS names them LSOA21CD / LSOA21NM (LSOA11… for 2011), a ward boundaries file
 * WD24CD / WD24NM (WD22… for 2022), and the geometry column of a WKT export is usually "geometry"
 * or "WKT".
 */
final class BoundaryFields {
  private static final List<String> GEOMETRY = List.of("geometry", "wkt", "geom", "thegeom");

  private BoundaryFields() {}

  static Optional<String> code(List<String> names) {
    return first(names, n -> n.matches("lsoa\\d\\dcd") || n.equals("lsoacode") || n.equals("code"));
  }

  static Optional<String> name(List<String> names) {
    return first(names, n -> n.matches("lsoa\\d\\dnm") || n.equals("lsoaname") || n.equals("name"));
  }

  /** An ONS ward boundaries file's code column (WD22CD, WD24CD…), when it has no LSOA code. */
  static Optional<String> wardCode(List<String> names) {
    return first(names, n -> n.matches("wd\\d\\dcd"));
  }

  static Optional<String> wardName(List<String> names) {
    return first(names, n -> n.matches("wd\\d\\dnm"));
  }

  static Optional<String> geometry(List<String> names) {
    return first(names, GEOMETRY::contains);
  }

  private static Optional<String> first(
      List<String> names, java.util.function.Predicate<String> normalisedMatch) {
    return names.stream().filter(n -> normalisedMatch.test(normalise(n))).findFirst();
  }

  private static String normalise(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
