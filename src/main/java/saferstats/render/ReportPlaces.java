package saferstats.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import saferstats.analysis.Assessment;
import saferstats.analysis.GridFigures;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.Place;
import saferstats.draw.Maps;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;
import saferstats.geo.BoundaryCoverage;
import saferstats.geo.WardOutlines;

/**
 * Where a priority happens: the top LSOAs, wards and streets and one map (the LSOA map when {@code
 * --boundaries} gives outlines, else the Gi* grid; for MPS tables, the ward map). A table or map
 * with nothing to show is left out and a line says why. The hot cells' coordinates, neighbourhood
 * sums and Gi* values are not printed: {@code hotspots --format json} (or csv) gives every cell.
 */
final class ReportPlaces {
  /** Places listed per table; the map shades every LSOA. */
  static final int TOP = 10;

  private static final Boundaries NONE = new Boundaries("none", Map.of());

  /** Said once instead of the LSOA and street tables and the map, for MPS tables. */
  static final String MPS_NO_LSOAS =
      "MPS tables count wards, not LSOAs, streets or points: no LSOA or street table, LSOA map or"
          + " grid for this priority.";

  private ReportPlaces() {}

  /**
   * @param tables true when the priority is counted from MPS tables or the dashboard, which have no
   *     LSOA or street (so an empty table is said to be theirs, not the priority's)
   * @param shared notes every priority's hotspots carry: printed once under "Notes on the data"
   * @param residentsAtRisk false when the area's residents are not its population at risk
   *     (resident-denominator): its map then shades counts, as a rate per resident would rank the
   *     places workers and visitors crowd, not where risk is high (issue 26.6)
   */
  static ReportView.Places of(
      String id,
      HotspotsReport h,
      Assessment a,
      boolean tables,
      Set<String> shared,
      boolean residentsAtRisk) {
    boolean withRates = residentsAtRisk && h.lsoas().stream().anyMatch(p -> p.per1000() != null);
    // A ward boundaries file outlines wards only: no LSOA map or outline comes from it.
    Boundaries boundaries =
        a.boundaries() == null || a.boundaries().wards() ? null : a.boundaries();
    boolean lsoaMap = boundaries != null && !h.lsoas().isEmpty();
    ReportView.Chart wardMap = tables ? ReportWardMap.of(id, h, a.wards()) : null;
    return new ReportView.Places(
        h.window().label(),
        h.unplaced() == 0
            ? ""
            : Fmt.count(h.unplaced())
                + " of its "
                + Fmt.count(h.total())
                + " crimes have no location and are in no place.",
        rows(h.lsoas(), residentsAtRisk),
        tables ? MPS_NO_LSOAS : h.lsoas().isEmpty() ? absent("LSOA", h, false) : null,
        h.wardBasis() == null ? null : h.wardBasis().describe(),
        h.wards() == null ? List.of() : rows(h.wards(), residentsAtRisk),
        h.wards() == null
            ? "No ward table: wards need --lookup (the ONS LSOA to ward lookup)."
            : h.wards().isEmpty() ? absent("ward", h, tables) : null,
        rows(h.streets(), residentsAtRisk),
        tables || !h.streets().isEmpty() ? null : absent("street", h, false),
        wardMap != null
            ? wardMap
            : lsoaMap ? lsoaMap(id, h, boundaries, withRates) : grid(id, h, boundaries),
        tables ? ReportWardMap.absent(h, a.wards()) : mapAbsent(h, boundaries, lsoaMap, tables),
        // MPS tables have no coordinates: the map's line already says so.
        tables ? null : lsoaMap ? gridNotDrawn(h.grid()) : gridLine(h.grid()),
        notes(h, boundaries, shared, wardMap == null ? null : a.wards(), lsoaMap));
  }

  private static ReportView.Chart lsoaMap(
      String id, HotspotsReport h, Boundaries boundaries, boolean withRates) {
    List<Maps.MapArea> areas = areas(h, boundaries, withRates);
    return ReportView.Chart.of(
        Maps.choropleth(
            id + "-map", boundaries, areas, withRates ? "Crimes per 1,000 residents" : "Crimes"),
        "Map of "
            + h.priority()
            + " by LSOA"
            + (withRates || h.lsoas().stream().noneMatch(p -> p.per1000() != null)
                ? ""
                : " (crimes, not a rate: the area's residents are not its population at risk)")
            + (Maps.labelsFigures(boundaries, areas)
                ? "; each LSOA's figure is written on it, as fewer than "
                    + Maps.LABELLED_BELOW
                    + " LSOAs are too few for classes"
                : "; five classes of about a fifth of the LSOAs each"));
  }

  private static ReportView.Chart grid(String id, HotspotsReport h, Boundaries boundaries) {
    return h.grid() == null
        ? null
        : ReportView.Chart.of(
            Maps.grid(
                id + "-grid",
                h.grid(),
                boundaries == null ? NONE : boundaries,
                codes(h, boundaries)),
            "Gi* hot and cold cells of " + h.priority());
  }

  /** Why there is no map, or null when there is one. */
  private static String mapAbsent(
      HotspotsReport h, Boundaries boundaries, boolean lsoaMap, boolean tables) {
    if (lsoaMap || h.grid() != null) {
      return null;
    }
    if (tables) {
      return null; // MPS_NO_LSOAS has said it
    }
    return boundaries == null
        ? "No map: these rows have no coordinates for a grid, and no --boundaries (ONS LSOA"
            + " boundaries) was given for an LSOA map."
        : "No map: no crime of this priority has an LSOA or coordinates to place it.";
  }

  /** One line saying truly why a table of places has no rows. */
  static String absent(String place, HotspotsReport h, boolean tables) {
    if (tables) {
      return "No "
          + place
          + " table: the MPS tables count crimes by borough"
          + (place.equals("ward") ? "" : " and ward")
          + ", with no "
          + place
          + ".";
    }
    if (h.total() == 0) {
      return "No " + place + " table: no crime of this priority in the " + h.window().label() + ".";
    }
    if (h.unplaced() == h.total()) {
      return "No " + place + " table: none of its crimes has a location.";
    }
    return "No " + place + " table: none of its crimes has a " + place + " in these inputs.";
  }

  /**
   * The top places' rows; their Per 1,000 is "n/a ¶" when the area's residents are not its
   * population at risk, as its map shades counts and its flags say to compare on change.
   */
  private static List<ReportView.PlaceRow> rows(List<Place> places, boolean residentsAtRisk) {
    return places.stream()
        .limit(TOP)
        .map(
            p ->
                new ReportView.PlaceRow(
                    String.valueOf(p.rank()),
                    p.code(),
                    p.name(),
                    p.within(),
                    Fmt.count(p.count()),
                    Fmt.share(p.share()),
                    !residentsAtRisk
                        ? Fmt.NA + " " + SummaryFlags.Kind.RESIDENTS.mark
                        : p.per1000() == null ? Fmt.NA : Fmt.decimal(p.per1000(), 1),
                    Fmt.count(p.previous()),
                    change(p)))
        .toList();
  }

  /**
   * The change in percent, or in crimes where the small-numbers guard withholds the percentage: "90
   * vs 6" reads "+84 crimes", not a bare n/a that hides the move (review finding 19).
   */
  static String change(Place p) {
    if (p.changePct() != null || p.previous() == null) {
      return Fmt.pct(p.changePct());
    }
    long n = p.count() - p.previous();
    return n == 0 ? "no change" : Fmt.signed(n) + (Math.abs(n) == 1 ? " crime" : " crimes");
  }

  /**
   * The hotspots notes this priority alone carries (those every priority carries are printed once
   * in the appendix), after which of the area's LSOAs with crimes have no polygon in {@code
   * --boundaries} (so are not on the map); none of them having one is an input error.
   */
  /**
   * @param gridNotDrawn the page shows the LSOA map, not the grid: the note explaining hot cells on
   *     the grid is left out, as no cell is on the page
   */
  private static List<String> notes(
      HotspotsReport h,
      Boundaries boundaries,
      Set<String> shared,
      WardOutlines wards,
      boolean gridNotDrawn) {
    List<String> notes = new ArrayList<>();
    if (wards != null) {
      wards.note(h.area()).ifPresent(notes::add);
    }
    if (boundaries != null) {
      Map<String, Long> crimes = new LinkedHashMap<>();
      h.lsoas().forEach(p -> crimes.put(p.code(), p.count()));
      BoundaryCoverage.of(boundaries, h.area(), crimes).note().ifPresent(notes::add);
    }
    h.notes().stream()
        .filter(n -> !shared.contains(n))
        .filter(n -> !(gridNotDrawn && n.startsWith(GridFigures.HOT_CELL_NOTE)))
        .forEach(notes::add);
    // the ward tables' release notes name each file by the absolute path ingest resolved
    return ReportPaths.relative(notes, Path.of(""));
  }

  /**
   * The notes every one of these hotspots carries (the area's unlocated rows, its population): said
   * once under "Notes on the data", not under every priority.
   */
  static Set<String> shared(List<HotspotsReport> all) {
    Set<String> common = null;
    for (HotspotsReport h : all) {
      if (common == null) {
        common = new LinkedHashSet<>(h.notes());
      } else {
        common.retainAll(h.notes());
      }
    }
    return common == null ? Set.of() : common;
  }

  private static List<Maps.MapArea> areas(HotspotsReport h, Boundaries b, boolean withRates) {
    Map<String, Maps.MapArea> out = new LinkedHashMap<>();
    for (Place p : h.lsoas()) {
      Double value = withRates ? p.per1000() : Double.valueOf(p.count());
      out.put(
          p.code(),
          new Maps.MapArea(
              p.code(), p.name(), value, title(p.code(), p.name(), p.count(), p.per1000())));
    }
    for (Boundary boundary : b.byCode().values()) {
      if (!out.containsKey(boundary.code()) && named(boundary, h.area())) {
        out.put(
            boundary.code(),
            new Maps.MapArea(
                boundary.code(),
                boundary.name(),
                // no crimes: 0 per 1,000 whatever its residents, so a rate map shades it 0 too
                0.0,
                title(boundary.code(), boundary.name(), 0, withRates ? 0.0 : null)));
      }
    }
    return List.copyOf(out.values());
  }

  private static boolean named(Boundary b, String area) {
    return b.name() != null
        && b.name().toLowerCase(Locale.ROOT).startsWith(area.toLowerCase(Locale.ROOT) + " ");
  }

  /** "E01000001 City of London 001A: 123 crimes", with the rate when there is one. */
  private static String title(String code, String name, long count, Double per1000) {
    return code
        + " "
        + (name == null ? "" : name)
        + ": "
        + Fmt.count(count)
        + (count == 1 ? " crime" : " crimes")
        + (per1000 == null ? "" : ", " + Fmt.decimal(per1000, 1) + " per 1,000 residents");
  }

  private static List<String> codes(HotspotsReport h, Boundaries b) {
    List<String> codes = new ArrayList<>(h.lsoas().stream().map(Place::code).toList());
    if (b != null) {
      b.byCode().values().stream()
          .filter(x -> named(x, h.area()) && !codes.contains(x.code()))
          .forEach(x -> codes.add(x.code()));
    }
    return codes;
  }

  /**
   * The grid's result in one line when the page draws the LSOA map instead: a reader is not told of
   * cells the page does not show, only how many and where to find them.
   */
  private static String gridNotDrawn(GridFigures g) {
    if (g == null) {
      return null;
    }
    return "Getis–Ord hot spots on a "
        + g.cellSize()
        + " m grid: "
        + g.hot()
        + " hot and "
        + g.cold()
        + " cold cells (Gi*, Benjamini–Hochberg q < 0.05)"
        + (g.giUndefined() == null ? "" : "; Gi* undefined: " + g.giUndefined())
        + ", not drawn on this LSOA map; the cells and their figures: hotspots --format json.";
  }

  private static String gridLine(GridFigures g) {
    if (g == null) {
      return "No grid: these rows have no coordinates.";
    }
    return g.cellSize()
        + " m cells ("
        + g.cellSizeRule()
        + "), "
        + g.rows()
        + " rows by "
        + g.cols()
        + " columns; "
        + Fmt.count(g.points())
        + " located crimes; "
        + g.hot()
        + " hot and "
        + g.cold()
        + " cold cells (Gi*, Benjamini–Hochberg q < 0.05)"
        + (g.hotWithNoCrime() > 0
            ? "; "
                + g.hotWithNoCrime()
                + " hot cells hold no crime of their own (their neighbours make them hot)"
            : "")
        + (g.giUndefined() == null ? "" : "; Gi* undefined: " + g.giUndefined())
        + ". Every cell's centre, own and neighbourhood count and Gi* z: hotspots --format json.";
  }
}
