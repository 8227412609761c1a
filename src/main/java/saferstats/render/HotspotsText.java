package saferstats.render;

import java.util.List;
import saferstats.analysis.CellStreets;
import saferstats.analysis.ConcentrationFigures;
import saferstats.analysis.GridFigures;
import saferstats.analysis.HotspotsReport;
import saferstats.analysis.Place;

/** {@code hotspots} for people: aligned or in Markdown. */
final class HotspotsText {
  /** Hot cells listed in the text; every cell is in JSON, CSV and GeoJSON. */
  private static final int CELLS_SHOWN = 10;

  private HotspotsText() {}

  static String render(HotspotsReport r, TextLayout layout) {
    Text out = new Text(layout);
    out.title(
        "Hotspots — "
            + r.area()
            + " ("
            + r.force()
            + "), "
            + r.priority()
            + ", "
            + r.window().label());
    out.para(
        Fmt.count(r.total())
            + " rows in "
            + r.window().from()
            + " to "
            + r.window().to()
            + "; "
            + (r.unplaced() > 0
                ? Fmt.count(r.unplaced()) + " have no location and are in no place; "
                : "")
            + "priorities: "
            + r.categories()
            + ".");
    places(out, "LSOAs", r.lsoas(), false);
    if (r.wards() != null) {
      places(out, "Wards (" + r.wardBasis().describe() + ")", r.wards(), false);
    }
    places(out, "Streets (Location within its LSOA)", r.streets(), true);
    concentration(out, r.concentration());
    persistent(out, r);
    grid(out, r.grid());
    out.list("Notes", r.notes());
    out.para(Text.inputsLine(r.inputs()));
    return out.toString();
  }

  private static void places(Text out, String heading, List<Place> places, boolean streets) {
    out.heading(heading);
    if (places.isEmpty()) {
      out.para("None: these rows name no " + (streets ? "street locations." : "places."));
      return;
    }
    TextTable t =
        streets
            ? new TextTable(
                "Rank>",
                "Street",
                "LSOA",
                "Count>",
                "Share %>",
                "Cumulative %>",
                "Previous>",
                "Change %>",
                "p>")
            : new TextTable(
                "Rank>",
                "Code",
                "Name",
                "Count>",
                "Share %>",
                "Cumulative %>",
                "Per 1,000>",
                "Previous>",
                "Change %>",
                "p>",
                "Significance");
    for (Place p : places) {
      if (streets) {
        t.row(
            p.rank(),
            p.name(),
            p.within(),
            Fmt.count(p.count()),
            Fmt.decimal(p.share(), 1),
            Fmt.decimal(p.cumulativeShare(), 1),
            Fmt.count(p.previous()),
            Fmt.pct(p.changePct()),
            Fmt.p(p.p()));
      } else {
        t.row(
            p.rank(),
            p.code(),
            p.name(),
            Fmt.count(p.count()),
            Fmt.decimal(p.share(), 1),
            Fmt.decimal(p.cumulativeShare(), 1),
            p.per1000() == null ? Fmt.NA : Fmt.decimal(p.per1000(), 1),
            Fmt.count(p.previous()),
            Fmt.pct(p.changePct()),
            Fmt.p(p.p()),
            p.significance() == null ? Fmt.NA : p.significance().id());
      }
    }
    out.table(t);
  }

  private static void concentration(Text out, ConcentrationFigures c) {
    if (c == null) {
      return;
    }
    out.heading("Concentration over the area's LSOAs (zeros included)");
    if (c.gini() == null) {
      out.para("No rows in the window: concentration is undefined.");
      return;
    }
    out.para(
        "Gini "
            + Fmt.decimal(c.gini(), 3)
            + (c.generalisedGini() == null
                ? " (generalised Gini not needed: more rows than LSOAs)"
                : "; generalised Gini (Bernasco and Steenbeek, fewer rows than LSOAs) "
                    + Fmt.decimal(c.generalisedGini(), 3))
            + ". The top 10% of LSOAs ("
            + c.topDecileUnits()
            + " of "
            + c.units()
            + ") hold "
            + Fmt.decimal(c.topDecileShare(), 1)
            + "% of the count; "
            + (c.fewestForHalf() == 1 ? "1 LSOA holds" : c.fewestForHalf() + " LSOAs hold")
            + " half. "
            + c.unitsWithCount()
            + " of "
            + c.units()
            + " LSOAs (from the "
            + c.unitsSource()
            + ") have at least one row.");
  }

  private static void persistent(Text out, HotspotsReport r) {
    if (r.persistent() == null) {
      return;
    }
    out.heading(
        "Persistent places (in the top "
            + r.lsoas().size()
            + " in each of the last three 12-month windows)");
    if (r.persistent().isEmpty()) {
      out.para("None.");
      return;
    }
    TextTable t = new TextTable("Code", "Name", "Ranks (newest first)", "Counts (newest first)");
    r.persistent()
        .forEach(
            p ->
                t.row(
                    p.code(),
                    p.name(),
                    String.join(
                        "; ", p.windows().stream().map(w -> String.valueOf(w.rank())).toList()),
                    String.join(
                        "; ", p.windows().stream().map(w -> Fmt.count(w.count())).toList())));
    out.table(t);
  }

  private static void grid(Text out, GridFigures g) {
    if (g == null) {
      return;
    }
    out.heading("Grid hotspots (Getis-Ord Gi*, Benjamini-Hochberg q < 0.05)");
    out.para(
        g.cols()
            + " × "
            + g.rows()
            + " cells of "
            + g.cellSize()
            + " m ("
            + g.cellSizeRule()
            + ") covering the area's "
            + Fmt.count(g.extentPoints())
            + " located rows; "
            + Fmt.count(g.points())
            + " rows in this window; "
            + g.hot()
            + " hot and "
            + g.cold()
            + " cold cells (hot: z > 0 and q < 0.05; cold: z < 0 and q < 0.05). Each cell's class (persistent,"
            + " emerging, former, intermittent, none) comes from its Gi* in each of "
            + g.periods().size()
            + " quarters ("
            + (g.periods().isEmpty()
                ? "none"
                : g.periods().get(0) + " to " + g.periods().get(g.periods().size() - 1))
            + ")."
            + (g.giUndefined() == null ? "" : " Gi* is undefined: " + g.giUndefined() + "."));
    List<GridFigures.Cell> hot = g.highestZ(CELLS_SHOWN);
    out.para(
        "Own is the cell's count; Neighbourhood is the sum Gi* tests (the cell and its up to 8"
            + " neighbours), so a hot cell can hold no crime of its own: "
            + g.hotWithNoCrime()
            + " of the "
            + g.hot()
            + " hot cells hold none. Centre: the cell's centre in British National Grid metres"
            + " and WGS84. Top street: the most common police.uk location in the cell, or when it"
            + " holds none, in its neighbourhood (marked so). Bin: the cell's confidence bin, as"
            + " ArcGIS's Gi_Bin: 3, 2 or 1 when its p (before the q correction) is under 0.01, 0.05"
            + " or 0.10, positive for hot and negative for cold, 0 otherwise.");
    TextTable t =
        new TextTable(
            "Row>",
            "Col>",
            "Centre E, N",
            "Centre lat, lon",
            "Top street",
            "Own>",
            "Neighbourhood>",
            "z>",
            "p>",
            "q>",
            "Bin>",
            "Hot",
            "Previous>",
            "Change p>",
            "Class");
    // a cell is named by its row and column together: a table split to fit repeats both
    t.keys(2);
    hot.forEach(
        c ->
            t.row(
                c.row(),
                c.col(),
                c.centreEasting() + ", " + c.centreNorthing(),
                Fmt.decimal(c.centreLatitude(), 6) + ", " + Fmt.decimal(c.centreLongitude(), 6),
                topStreet(c),
                Fmt.count(c.count()),
                Fmt.count(c.neighbourhoodCount()),
                Fmt.decimal(c.z(), 2),
                Fmt.p(c.p()),
                Fmt.p(c.q()),
                c.bin(),
                c.hot() ? "hot" : c.cold() ? "cold" : "",
                Fmt.count(c.previous()),
                Fmt.p(c.changeP()),
                Fmt.text(c.classification())));
    out.table(t);
  }

  private static String topStreet(GridFigures.Cell c) {
    if (c.topStreet() == null) {
      return Fmt.NA;
    }
    return c.topStreetFrom() == CellStreets.From.NEIGHBOURHOOD
        ? c.topStreet() + " (" + Fmt.text(c.topStreetFrom()) + ")"
        : c.topStreet();
  }
}
