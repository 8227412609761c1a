package saferstats.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.Place;
import saferstats.draw.Maps;
import saferstats.geo.Boundary;
import saferstats.geo.WardOutlines;

/**
 * A priority's ward map from MPS ward tables (issue 26.5): each ward the outlines draw shaded with
 * the count the ward table beside it shows, a ward the table does not name grey ("no data": the
 * table has no row of the priority for it, which is not a count of zero). Best-fit outlines are
 * said to be best-fit in the caption.
 */
final class ReportWardMap {
  private ReportWardMap() {}

  /** The map, or null when the priority has no ward table or no ward can be drawn. */
  static ReportView.Chart of(String id, HotspotsReport h, WardOutlines wards) {
    if (wards == null
        || h.wards() == null
        || h.wards().isEmpty()
        || wards.outlines().byCode().isEmpty()) {
      return null;
    }
    Map<String, Place> counted =
        h.wards().stream().collect(Collectors.toMap(Place::code, Function.identity()));
    List<Maps.MapArea> areas = new ArrayList<>();
    for (Boundary b : wards.outlines().byCode().values()) {
      Place p = counted.get(b.code());
      areas.add(
          new Maps.MapArea(
              b.code(),
              b.name(),
              p == null ? null : Double.valueOf(p.count()),
              b.code()
                  + " "
                  + b.name()
                  + ": "
                  + (p == null
                      ? "not in the ward table"
                      : Fmt.count(p.count()) + (p.count() == 1 ? " crime" : " crimes"))));
    }
    return ReportView.Chart.of(
        Maps.choropleth(id + "-wards", wards.outlines(), areas, "Crimes"),
        "Map of "
            + h.priority()
            + " by ward, "
            + h.window().label()
            + ": the counts the ward table ranks"
            + (wards.bestFit()
                ? " (best-fit ward outlines: the LSOAs the ONS lookup assigns to each ward,"
                    + " joined, so a ward's edge follows LSOA edges rather than its own)"
                : ""));
  }

  /**
   * Why an MPS priority has no ward map, or null when it has one or has no ward table (whose own
   * line says so).
   */
  static String absent(HotspotsReport h, WardOutlines wards) {
    if (h.wards() == null || h.wards().isEmpty()) {
      return null;
    }
    if (wards == null) {
      return "No ward map: give --boundaries with ward polygons (a WD24CD code column), or LSOA"
          + " polygons with --lookup (the ONS LSOA to ward lookup) to join them into best-fit"
          + " wards.";
    }
    return wards.outlines().byCode().isEmpty()
        ? "No ward map: " + wards.note(h.area()).orElse("no ward could be drawn.")
        : null;
  }
}
