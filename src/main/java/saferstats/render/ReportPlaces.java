package saferstats.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import saferstats.analysis.Assessment;
import saferstats.analysis.GridFigures;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.Place;
import saferstats.draw.Maps;
import saferstats.geo.Boundaries;
import saferstats.geo.Boundary;
import saferstats.geo.BoundaryCoverage;

/** Where a priority happens: the top places, the LSOA map, the Gi* grid and its hot cells. */
final class ReportPlaces {
  /** Places listed per table; the map shades every LSOA. */
  static final int TOP = 10;

  private static final Boundaries NONE = new Boundaries("none", Map.of());

  private ReportPlaces() {}

  /** Said instead of the LSOA and street tables, the LSOA map and the grid for MPS tables. */
  static final String MPS_NO_LSOAS =
      "MPS tables count wards, not LSOAs, streets or points: no LSOA or street table, LSOA map or"
          + " grid for this priority.";

  static ReportView.Places of(String id, HotspotsReport h, Assessment a) {
    boolean withRates = h.lsoas().stream().anyMatch(p -> p.per1000() != null);
    // MPS tables have no LSOAs: the boundaries' polygons are there, but nothing to shade them by.
    boolean mps = h.wardBasis() != null && h.wardBasis().fromMpsTables();
    Boundaries boundaries = mps ? null : a.boundaries();
    return new ReportView.Places(
        h.window().label(),
        h.unplaced() == 0
            ? ""
            : Fmt.count(h.unplaced())
                + " of its "
                + Fmt.count(h.total())
                + " crimes have no location and are in no place.",
        rows(h.lsoas()),
        h.wardBasis() == null ? null : h.wardBasis().describe(),
        h.wards() == null ? List.of() : rows(h.wards()),
        h.wards() == null ? "Wards need --lookup (the ONS LSOA to ward lookup)." : null,
        rows(h.streets()),
        boundaries == null
            ? null
            : ReportView.Chart.of(
                Maps.choropleth(
                    id + "-map",
                    boundaries,
                    areas(h, boundaries, withRates),
                    withRates ? "Crimes per 1,000 residents" : "Crimes"),
                "Map of " + h.priority() + " by LSOA"),
        boundaries == null && !mps
            ? "No map: give --boundaries (ONS LSOA boundaries) to draw one."
            : null,
        h.grid() == null
            ? null
            : ReportView.Chart.of(
                Maps.grid(
                    id + "-grid",
                    h.grid(),
                    boundaries == null ? NONE : boundaries,
                    codes(h, boundaries)),
                "Gi* hot and cold cells of " + h.priority()),
        gridLine(h.grid()),
        hotCells(h.grid()),
        notes(h, boundaries),
        mps ? MPS_NO_LSOAS : null);
  }

  private static List<ReportView.PlaceRow> rows(List<Place> places) {
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
                    p.per1000() == null ? Fmt.NA : Fmt.decimal(p.per1000(), 1),
                    Fmt.count(p.previous()),
                    Fmt.pct(p.changePct())))
        .toList();
  }

  /**
   * Every LSOA of the area on the map: those with crimes from the ranking, and those the boundaries
   * name after the area with none (a true zero in a month range the data cover).
   */
  /**
   * The hotspots notes, and first which of the area's LSOAs with crimes have no polygon in {@code
   * --boundaries} (so are not on the map); none of them having one is an input error.
   */
  private static List<String> notes(HotspotsReport h, Boundaries boundaries) {
    if (boundaries == null) {
      return h.notes();
    }
    List<String> notes = new ArrayList<>();
    Map<String, Long> crimes = new LinkedHashMap<>();
    h.lsoas().forEach(p -> crimes.put(p.code(), p.count()));
    BoundaryCoverage.of(boundaries, h.area(), crimes).note().ifPresent(notes::add);
    notes.addAll(h.notes());
    return notes;
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
        + ".";
  }

  /** The hot cells, highest z first, with their own and neighbourhood counts. */
  private static List<ReportView.CellRow> hotCells(GridFigures g) {
    if (g == null) {
      return List.of();
    }
    return g.highestZ(g.cells().size()).stream()
        .filter(GridFigures.Cell::hot)
        .limit(TOP)
        .map(
            c ->
                new ReportView.CellRow(
                    "row " + c.row() + ", col " + c.col(),
                    c.centreEasting() + " E, " + c.centreNorthing() + " N",
                    String.format(Locale.UK, "%.6f, %.6f", c.centreLatitude(), c.centreLongitude()),
                    c.topStreet() == null
                        ? ""
                        : c.topStreet() + " (" + Fmt.text(c.topStreetFrom()) + ")",
                    Fmt.count(c.count()),
                    Fmt.count(c.neighbourhoodCount()),
                    c.z() == null ? Fmt.NA : Fmt.decimal(c.z(), 2),
                    Fmt.p(c.q()),
                    Fmt.text(c.classification())))
        .toList();
  }
}
