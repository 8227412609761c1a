package saferstats.draw;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import saferstats.analysis.CellStreets;
import saferstats.analysis.GridFigures;
import saferstats.analysis.GridFigures.Cell;
import saferstats.geo.Boundary;
import saferstats.stats.HotspotClass;

/**
 * Paints the Gi* grid of {@link Maps#grid}: hot cells in reds and cold in blues, darker for higher
 * confidence (90/95/99 %), other cells unfilled; a cell's class as its outline (persistent solid,
 * emerging dashed, former dashed grey); LSOA outlines thin and the area's outline thick on top.
 */
final class GridMap {
  /** ColorBrewer Reds and Blues, by confidence bin 1, 2, 3 (90, 95, 99 %). */
  private static final List<Color> HOT =
      List.of(new Color(0xfcae91), new Color(0xfb6a4a), new Color(0xcb181d));

  private static final List<Color> COLD =
      List.of(new Color(0xbdd7e7), new Color(0x6baed6), new Color(0x2171b5));
  private static final List<String> CONFIDENCE = List.of("90%", "95%", "99%");

  private static final Color CLASS_LINE = new Color(0x22, 0x22, 0x22);
  private static final Color FORMER_LINE = new Color(0x77, 0x77, 0x77);
  private static final Map<HotspotClass, Stroke> CLASS_STROKES =
      Map.of(
          HotspotClass.PERSISTENT, new BasicStroke(2f),
          HotspotClass.EMERGING,
              new BasicStroke(
                  2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4, 2}, 0),
          HotspotClass.FORMER,
              new BasicStroke(
                  1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2, 2}, 0));

  private final GridFigures grid;
  private final List<Boundary> outlines;
  private final boolean noBoundaries;

  GridMap(GridFigures grid, List<Boundary> outlines, boolean noBoundaries) {
    this.grid = grid;
    this.outlines = outlines;
    this.noBoundaries = noBoundaries;
  }

  /** Paints the map and its legend; returns the lower of the frame's and the legend's bottom. */
  double paint(Graphics2D g, Drawings.Titles titles) {
    MapFrame frame = MapFrame.fit(extent(), Maps.MAP_BOX);
    g.setColor(new Color(0xbbbbbb));
    g.setStroke(new BasicStroke(0.5f));
    double size = grid.cellSize();
    g.draw(
        frame.rectangle(
            grid.originEasting(), grid.originNorthing(), grid.cols() * size, grid.rows() * size));
    for (Cell cell : grid.cells()) {
      if (cell.hot() || cell.cold() || classStroke(cell) != null) {
        Shape square =
            frame.rectangle(
                grid.originEasting() + cell.col() * size,
                grid.originNorthing() + cell.row() * size,
                size,
                size);
        titles.titled(
            "r" + cell.row() + "-c" + cell.col(), title(cell), () -> paintCell(g, cell, square));
      }
    }
    paintOutlines(g, frame);
    List<Labelled> labelled = labelled(frame);
    labelled.forEach(l -> MapFurniture.marker(g, l.at().getX(), l.at().getY(), l.number()));
    double legendBottom = legend(g, labelled);
    Maps.furniture(g, frame);
    return Math.max(frame.neatline().getMaxY(), legendBottom);
  }

  /** Hot cells labelled at most: a handful a reader can match to the key beside the map. */
  static final int LABELS = 5;

  /** A hot cell numbered on the map, its marker centred at {@code at}. */
  record Labelled(int number, Cell cell, java.awt.geom.Point2D at) {}

  /**
   * The hot cells the map numbers and the key names by top street: significant hot cells only,
   * highest Gi* z first, one per street (the hottest cell of it), at most {@link #LABELS}; a cell
   * whose marker would touch one already placed is passed over, so markers never overlap.
   */
  List<Labelled> labelled(MapFrame frame) {
    List<Labelled> out = new java.util.ArrayList<>();
    java.util.Set<String> streets = new java.util.HashSet<>();
    List<Cell> hottest =
        grid.cells().stream()
            .filter(c -> c.hot() && c.topStreet() != null && c.z() != null)
            .sorted(java.util.Comparator.comparing((Cell c) -> -c.z()))
            .toList();
    for (Cell c : hottest) {
      if (out.size() == LABELS) {
        break;
      }
      java.awt.geom.Point2D at = frame.point(c.centreEasting(), c.centreNorthing());
      boolean clear =
          out.stream().allMatch(l -> l.at().distance(at) >= 2 * MapFurniture.MARKER + 2);
      if (clear && streets.add(street(c))) {
        out.add(new Labelled(out.size() + 1, c, at));
      }
    }
    return out;
  }

  /** The cell's top street without police.uk's "On or near" (every location has it). */
  static String street(Cell c) {
    String s = c.topStreet();
    return s.regionMatches(true, 0, "On or near ", 0, 11) ? s.substring(11) : s;
  }

  private Envelope extent() {
    double size = grid.cellSize();
    Envelope extent =
        new Envelope(
            grid.originEasting(),
            grid.originEasting() + grid.cols() * size,
            grid.originNorthing(),
            grid.originNorthing() + grid.rows() * size);
    outlines.forEach(b -> extent.expandToInclude(b.geometry().getEnvelopeInternal()));
    return extent;
  }

  private static void paintCell(Graphics2D g, Cell cell, Shape square) {
    Color fill = fill(cell);
    if (fill != null) {
      g.setColor(fill);
      g.fill(square);
    }
    Stroke classStroke = classStroke(cell);
    if (classStroke != null) {
      g.setColor(cell.classification() == HotspotClass.FORMER ? FORMER_LINE : CLASS_LINE);
      g.setStroke(classStroke);
      g.draw(square);
      g.setStroke(new BasicStroke(1f));
    }
  }

  /**
   * The outline of the cell's class, or null when it has none to draw. Under three complete
   * quarters no cell has a class (null): the map is drawn without outlines and says why.
   */
  private static Stroke classStroke(Cell cell) {
    return cell.classification() == null ? null : CLASS_STROKES.get(cell.classification());
  }

  /** Red or blue by confidence bin; a hot or cold cell always has a bin of at least 1. */
  static Color fill(Cell cell) {
    int shade = shade(cell) - 1;
    return cell.hot() ? HOT.get(shade) : cell.cold() ? COLD.get(shade) : null;
  }

  /** "cell r3 c5: 12 crimes (40 with its neighbours), hot 99%, persistent". */
  static String title(Cell cell) {
    StringBuilder s =
        new StringBuilder("cell r" + cell.row() + " c" + cell.col() + ": " + crimes(cell.count()));
    s.append(" (").append(cell.neighbourhoodCount()).append(" with its neighbours)");
    if (cell.hot() || cell.cold()) {
      s.append(cell.hot() ? ", hot " : ", cold ").append(CONFIDENCE.get(shade(cell) - 1));
    }
    if (cell.classification() != null && cell.classification() != HotspotClass.NONE) {
      s.append(", ").append(cell.classification().id());
    }
    return s.toString();
  }

  private static String crimes(long n) {
    return n + (n == 1 ? " crime" : " crimes");
  }

  /** What the legend says in place of the classes when the data are too short for them. */
  static String noClasses() {
    return "No cell classes: they need " + HotspotClass.MIN_PERIODS + " complete quarters or more.";
  }

  private void paintOutlines(Graphics2D g, MapFrame frame) {
    if (outlines.isEmpty()) {
      return;
    }
    g.setColor(new Color(0x88, 0x88, 0x88));
    g.setStroke(new BasicStroke(0.5f));
    outlines.forEach(b -> g.draw(frame.shape(b.geometry())));
    Geometry area = areaOutline(outlines);
    g.setColor(MapFurniture.TEXT);
    g.setStroke(new BasicStroke(1.5f));
    g.draw(frame.shape(area));
    g.setStroke(new BasicStroke(1f));
  }

  /**
   * The union of the area's LSOAs. Published boundaries are simplified, so neighbours overlap or
   * leave slivers along shared edges and a floating-point union can fail; their vertices are whole
   * metres, so the union is taken snapped to the metre (JTS OverlayNG), which is exact for them.
   */
  static Geometry areaOutline(List<Boundary> outlines) {
    // A report draws one grid per priority over the same LSOAs: their outline is taken once.
    List<String> codes = outlines.stream().map(Boundary::code).sorted().toList();
    synchronized (OUTLINES) {
      Geometry known = OUTLINES.get(codes);
      if (known != null) {
        return known;
      }
    }
    Geometry outline = union(outlines);
    synchronized (OUTLINES) {
      OUTLINES.put(codes, outline);
    }
    return outline;
  }

  /** The last few outlines by their LSOA codes (boundaries of one code are one polygon per run). */
  private static final Map<List<String>, Geometry> OUTLINES =
      new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, Geometry> eldest) {
          return size() > 4;
        }
      };

  private static Geometry union(List<Boundary> outlines) {
    Geometry all =
        new GeometryFactory().buildGeometry(outlines.stream().map(Boundary::geometry).toList());
    return UnaryUnionNG.union(all, new PrecisionModel(1.0));
  }

  private double legend(Graphics2D g, List<Labelled> labelled) {
    MapFurniture legend = new MapFurniture(g, Maps.LEGEND_X, Maps.MAP_BOX.getY());
    legend.heading("Gi* hot and cold spots");
    Stroke thin = new BasicStroke(0.6f);
    // Only the shades and outlines the map draws: an empty class is not a legend row.
    for (int i = 2; i >= 0; i--) {
      int bin = i + 1;
      if (grid.cells().stream().anyMatch(c -> c.hot() && shade(c) == bin)) {
        legend.row(HOT.get(i), Maps.OUTLINE, thin, "hot, " + CONFIDENCE.get(i) + " confidence");
      }
    }
    for (int i = 2; i >= 0; i--) {
      int bin = i + 1;
      if (grid.cells().stream().anyMatch(c -> c.cold() && shade(c) == bin)) {
        legend.row(COLD.get(i), Maps.OUTLINE, thin, "cold, " + CONFIDENCE.get(i) + " confidence");
      }
    }
    if (grid.cells().stream().noneMatch(c -> c.hot() || c.cold())) {
      legend.remark("No hot or cold cell.");
    }
    legend.gap();
    if (grid.periods().isEmpty()) {
      legend.remark(noClasses());
    } else {
      List<HotspotClass> outlined =
          List.of(HotspotClass.PERSISTENT, HotspotClass.EMERGING, HotspotClass.FORMER);
      if (grid.cells().stream().noneMatch(c -> outlined.contains(c.classification()))) {
        legend.remark("No persistent, emerging or former cell.");
      }
      for (HotspotClass drawn : outlined) {
        if (grid.cells().stream().anyMatch(c -> c.classification() == drawn)) {
          legend.row(
              null,
              drawn == HotspotClass.FORMER ? FORMER_LINE : CLASS_LINE,
              CLASS_STROKES.get(drawn),
              drawn.id());
        }
      }
      legend.gap();
    }
    if (!labelled.isEmpty()) {
      legend.heading("Hot cells' top streets");
      for (Labelled l : labelled) {
        legend.numbered(
            l.number(),
            street(l.cell())
                + (l.cell().topStreetFrom() == CellStreets.From.NEIGHBOURHOOD ? " (nearby)" : ""));
      }
      legend.gap();
    }
    legend.remark("Cells of " + grid.cellSize() + " m; other cells are not filled.");
    if (!outlines.isEmpty()) {
      legend.remark("Thin lines: LSOAs; thick line: the area.");
    }
    if (noBoundaries) {
      legend.remark("No --boundaries given: the grid alone, without the area's outline.");
    }
    if (grid.giUndefined() != null) {
      legend.remark("Gi* not computed: " + grid.giUndefined());
    }
    return legend.y();
  }

  /** The cell's confidence bin, 1–3 (90, 95, 99 %). */
  private static int shade(Cell cell) {
    return Math.min(3, Math.max(1, Math.abs(cell.bin())));
  }
}
