package saferstats.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import saferstats.area.AreaLookup;

/**
 * The outlines of the wards a ward table names, for the ward map (issue 26.5): the ward polygons of
 * {@code --boundaries} when it holds wards, or else its LSOA polygons dissolved (JTS union) into
 * the ward the ONS best-fit lookup assigns each LSOA to. A best-fit ward is the union of whole
 * LSOAs, so its edge follows LSOA edges, not the ward's own. A ward is drawn whole or not at all:
 * one the source has no outline for, or some of whose LSOAs have no polygon, is left off and {@link
 * #note} says why (ward codes of another vintage than the lookup's are the usual cause).
 *
 * @param outlines the wards drawn, by ward code, in the order asked for
 * @param bestFit true when dissolved from LSOAs through the lookup
 * @param undrawn each ward left off, by code: its name and why
 */
public record WardOutlines(
    Boundaries outlines, boolean bestFit, Map<String, Undrawn> undrawn, int asked) {

  private static final PrecisionModel CENTIMETRES = new PrecisionModel(100);
  private static final GeometryFactory FACTORY = new GeometryFactory();

  /** A ward that could not be drawn. */
  public record Undrawn(String name, String why) {}

  /**
   * The outlines of {@code wards} (code → name, in table order), or null when no ward map can be
   * drawn from these inputs: no boundaries, or LSOA boundaries with no lookup.
   */
  public static WardOutlines of(
      Boundaries boundaries, AreaLookup lookup, Map<String, String> wards) {
    if (boundaries == null || wards.isEmpty()) {
      return null;
    }
    if (boundaries.wards()) {
      return published(boundaries, wards);
    }
    return lookup == null ? null : bestFit(boundaries, lookup, wards);
  }

  static WardOutlines published(Boundaries file, Map<String, String> wards) {
    Map<String, Boundary> drawn = new LinkedHashMap<>();
    Map<String, Undrawn> undrawn = new LinkedHashMap<>();
    wards.forEach(
        (code, name) -> {
          Boundary b = file.byCode().get(code);
          if (b == null) {
            undrawn.put(code, new Undrawn(name, "not in " + file.source()));
          } else {
            drawn.put(code, new Boundary(code, name, b.geometry()));
          }
        });
    return new WardOutlines(
        new Boundaries(file.source(), drawn, true), false, undrawn, wards.size());
  }

  static WardOutlines bestFit(Boundaries lsoas, AreaLookup lookup, Map<String, String> wards) {
    Map<String, List<String>> lsoasOf = new HashMap<>();
    for (AreaLookup.Entry e : lookup.entries()) {
      if (wards.containsKey(e.wardCode())) {
        lsoasOf.computeIfAbsent(e.wardCode(), w -> new ArrayList<>()).add(e.lsoaCode());
      }
    }
    Map<String, Boundary> drawn = new LinkedHashMap<>();
    Map<String, Undrawn> undrawn = new LinkedHashMap<>();
    wards.forEach(
        (code, name) -> {
          List<String> codes = lsoasOf.getOrDefault(code, List.of());
          List<Boundary> polygons = lsoas.of(codes);
          if (codes.isEmpty()) {
            undrawn.put(
                code,
                new Undrawn(
                    name,
                    "not in the lookup "
                        + lookup.file()
                        + ", whose wards are of another vintage than the ward table's"));
          } else if (polygons.size() < codes.size()) {
            undrawn.put(
                code,
                new Undrawn(
                    name,
                    (codes.size() - polygons.size())
                        + " of its "
                        + codes.size()
                        + " LSOAs have no polygon in "
                        + lsoas.source()));
          } else {
            drawn.put(code, new Boundary(code, name, withoutGaps(dissolve(polygons), lsoas)));
          }
        });
    return new WardOutlines(
        new Boundaries(lsoas.source(), drawn, true), true, undrawn, wards.size());
  }

  /**
   * The union of a ward's LSOA polygons (JTS's cascaded union; neighbouring ONS LSOAs share their
   * edges exactly, so the inner edges vanish). Should near-coincident edges defeat it, OverlayNG
   * with snap-rounding to the centimetre, which is robust by construction but slower.
   */
  private static Geometry dissolve(List<Boundary> polygons) {
    Geometry all =
        FACTORY.buildGeometry(
            polygons.stream().map(Boundary::geometry).map(WardOutlines::valid).toList());
    try {
      return all.union();
    } catch (TopologyException e) {
      return UnaryUnionNG.union(all, CENTIMETRES);
    }
  }

  /**
   * The union with its holes that no LSOA fills taken out. Published LSOA polygons leave thin gaps
   * between neighbours (Harrow's 22 wards dissolved held 282 such holes, up to 1,376 m², each drawn
   * as a stray line inside its ward); a hole of a union of whole LSOAs is either such a gap, which
   * lies in no LSOA, or another ward's LSOAs enclosed, which are kept.
   */
  private static Geometry withoutGaps(Geometry union, Boundaries lsoas) {
    List<Polygon> parts = new ArrayList<>();
    for (int i = 0; i < union.getNumGeometries(); i++) {
      Polygon p = (Polygon) union.getGeometryN(i);
      List<LinearRing> holes = new ArrayList<>();
      for (int k = 0; k < p.getNumInteriorRing(); k++) {
        LinearRing hole = p.getInteriorRingN(k);
        if (inSomeLsoa(FACTORY.createPolygon(hole).getInteriorPoint(), lsoas)) {
          holes.add(hole);
        }
      }
      parts.add(FACTORY.createPolygon(p.getExteriorRing(), holes.toArray(LinearRing[]::new)));
    }
    return parts.size() == 1
        ? parts.get(0)
        : FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
  }

  private static boolean inSomeLsoa(Point point, Boundaries lsoas) {
    return lsoas.byCode().values().stream()
        .map(Boundary::geometry)
        .anyMatch(g -> g.getEnvelopeInternal().contains(point.getCoordinate()) && g.covers(point));
  }

  /**
   * The polygon, mended when it is invalid: published outlines can self-intersect (one of Harrow's
   * 144 LSOAs, E01002133, does), and no union is defined over an invalid polygon (OverlayNG throws
   * a TopologyException). GeometryFixer keeps its area and drops only the crossing.
   */
  private static Geometry valid(Geometry g) {
    return g.isValid() ? g : GeometryFixer.fix(g);
  }

  /**
   * "2 of Harrow's 22 wards in the ward table are not on the map: E05000287 Belmont (not in the
   * lookup …), …", or nothing when every ward is drawn.
   */
  public Optional<String> note(String area) {
    if (undrawn.isEmpty()) {
      return Optional.empty();
    }
    List<String> each = new ArrayList<>();
    undrawn.forEach((code, u) -> each.add(code + " " + u.name() + " (" + u.why() + ")"));
    return Optional.of(
        undrawn.size()
            + " of "
            + area
            + "'s "
            + asked
            + " wards in the ward table "
            + (undrawn.size() == 1 ? "is" : "are")
            + " not on the map, rather than drawn with a wrong outline: "
            + String.join("; ", each)
            + ".");
  }
}
