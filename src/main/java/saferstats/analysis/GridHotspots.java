package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import saferstats.geo.BritishNationalGrid;
import saferstats.geo.Grid;
import saferstats.load.AreaContext;
import saferstats.model.FinancialQuarter;
import saferstats.model.Month;
import saferstats.model.StreetColumns;
import saferstats.model.Window;
import saferstats.stats.BenjaminiHochberg;
import saferstats.stats.ExactPoissonTest;
import saferstats.stats.GetisOrd;
import saferstats.stats.HotspotClass;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Grid hotspots (SPEC 4.4). The grid covers the extent of all the area's located rows (every
 * category and month), so grids for different priorities and windows line up; each row's point is
 * projected to British National Grid once.
 */
final class GridHotspots {
  /** Significance level for hot and cold after the Benjamini–Hochberg adjustment. */
  static final double Q = 0.05;

  private GridHotspots() {}

  /** The grid, or null when too few rows are located; its notes either way. */
  static Noted<GridFigures> of(
      AreaContext area,
      Set<String> categories,
      Window window,
      Window before,
      Hotspots.Request req) {
    Table t = area.table();
    int n = t.rowCount();
    GridPoints pts = GridPoints.of(t);
    if (pts.count() < 2) {
      return new Noted<>(
          null,
          Noted.join(
              pts.notes(), List.of("Grid hotspots need located rows; these inputs have too few.")));
    }
    Grid grid = Grid.covering(pts.east(), pts.north(), pts.placed(), req.cellSize());
    int[] cellOf = new int[n];
    Month[] month = new Month[n];
    boolean[] wanted = new boolean[n];
    IntColumn months = t.intColumn(StreetColumns.MONTH);
    StringColumn category = t.stringColumn(StreetColumns.CATEGORY);
    for (int i = 0; i < n; i++) {
      cellOf[i] = pts.placed()[i] ? grid.cellOf(pts.east()[i], pts.north()[i]) : -1;
      month[i] = Month.ofIndex(months.getInt(i));
      wanted[i] = categories.contains(category.get(i));
    }
    Counter counter = new Counter(grid.rows() * grid.cols(), cellOf, month, wanted);
    long[] counts = counter.count(window);
    long[] previous = before == null ? null : counter.count(before);
    long[] around = GetisOrd.neighbourhoodSums(counts, grid.rows(), grid.cols());
    List<CellStreets.Top> streets =
        CellStreets.of(
            counter.cellsIn(window),
            t.stringColumn(StreetColumns.LOCATION).asList(),
            grid.rows(),
            grid.cols());
    long inWindow = 0;
    for (long c : counts) {
      inWindow += c;
    }
    GetisOrd.Result gi = GetisOrd.giStar(counts, grid.rows(), grid.cols());
    double[] q = gi instanceof GetisOrd.Scores s ? BenjaminiHochberg.adjust(s.p()) : null;
    Periods periods = periods(area, req.periods(), counter, grid);
    boolean[][] hotByPeriod = periods.hot();
    List<GridFigures.Cell> cells = new ArrayList<>();
    int hot = 0;
    int cold = 0;
    int hotWithNoCrime = 0;
    for (int c = 0; c < counts.length; c++) {
      Double z = gi instanceof GetisOrd.Scores s ? s.z()[c] : null;
      Double p = gi instanceof GetisOrd.Scores s ? s.p()[c] : null;
      boolean isHot = z != null && z > 0 && q[c] < Q;
      boolean isCold = z != null && z < 0 && q[c] < Q;
      hot += isHot ? 1 : 0;
      cold += isCold ? 1 : 0;
      hotWithNoCrime += isHot && counts[c] == 0 ? 1 : 0;
      Long prev = previous == null ? null : previous[c];
      BritishNationalGrid.Point centre = grid.centre(c);
      BritishNationalGrid.LonLat centreWgs84 =
          BritishNationalGrid.toWgs84(centre.easting(), centre.northing()).sixDecimals();
      cells.add(
          new GridFigures.Cell(
              c / grid.cols(),
              c % grid.cols(),
              (long) centre.easting(),
              (long) centre.northing(),
              centreWgs84.lat(),
              centreWgs84.lon(),
              streets.get(c).street(),
              streets.get(c).from(),
              counts[c],
              around[c],
              z,
              p,
              q == null ? null : q[c],
              z == null ? 0 : GetisOrd.bin(z, p),
              isHot,
              isCold,
              prev,
              prev == null ? null : ExactPoissonTest.compare(counts[c], prev).p(),
              hotByPeriod == null ? null : classify(hotByPeriod, c)));
    }
    GridFigures figures =
        new GridFigures(
            grid.cellSize(),
            grid.cellSizeRule(),
            grid.rows(),
            grid.cols(),
            grid.originEasting(),
            grid.originNorthing(),
            pts.count(),
            inWindow,
            hot,
            cold,
            hotWithNoCrime,
            periods.labels(),
            gi instanceof GetisOrd.Undefined u ? u.reason() : null,
            cells);
    return new Noted<>(
        figures, Noted.join(pts.notes(), hotCellNote(hot, hotWithNoCrime), periods.notes()));
  }

  /**
   * How the note on hot cells with no crime of their own begins (a page without the grid drops it).
   */
  public static final String HOT_CELL_NOTE = "A hot cell can hold no crime of its own";

  /** SPEC 4.5: a hot cell can hold no crime of its own; the reader is told so, with how many. */
  private static List<String> hotCellNote(int hot, int hotWithNoCrime) {
    return Noted.when(
        hot > 0,
        GridFigures.HOT_CELL_NOTE
            + ": Gi* tests the sum over the cell and its up to 8"
            + " neighbours, so busy neighbours make it hot. "
            + hotWithNoCrime
            + " of the "
            + hot
            + " hot cells hold none; each cell's own count is shown beside its neighbourhood"
            + " count (the sum Gi* tests).");
  }

  /**
   * The quarterly periods of the classification, oldest first: their labels, the hot flags per
   * period and cell (null when too few periods to classify), and the note when short of {@code k}.
   */
  private record Periods(List<String> labels, boolean[][] hot, List<String> notes) {}

  /**
   * Hot flags per quarterly period (oldest first) and cell: the last {@code k} financial quarters
   * the data cover completely, ending with the latest complete one. Null when fewer than the
   * classification needs.
   */
  private static Periods periods(AreaContext area, int k, Counter counter, Grid grid) {
    List<FinancialQuarter> quarters = new ArrayList<>();
    FinancialQuarter fq = FinancialQuarter.latestEndingOnOrBefore(area.end());
    while (quarters.size() < k && covered(area, fq)) {
      quarters.add(0, fq);
      fq = fq.previous();
    }
    List<String> notes =
        quarters.size() < k
            ? List.of(
                "Cell classes need "
                    + k
                    + " complete quarters; the data give "
                    + quarters.size()
                    + (quarters.size() < HotspotClass.MIN_PERIODS ? ", too few to classify." : "."))
            : List.of();
    if (quarters.size() < HotspotClass.MIN_PERIODS) {
      return new Periods(List.of(), null, notes);
    }
    List<String> labels = quarters.stream().map(FinancialQuarter::label).toList();
    boolean[][] hot = new boolean[quarters.size()][];
    for (int i = 0; i < quarters.size(); i++) {
      FinancialQuarter quarter = quarters.get(i);
      long[] counts = counter.count(quarter.window("period"));
      GetisOrd.Result gi = GetisOrd.giStar(counts, grid.rows(), grid.cols());
      hot[i] = new boolean[counts.length];
      if (gi instanceof GetisOrd.Scores s) {
        double[] q = BenjaminiHochberg.adjust(s.p());
        for (int c = 0; c < counts.length; c++) {
          hot[i][c] = s.z()[c] > 0 && q[c] < Q;
        }
      }
    }
    return new Periods(labels, hot, notes);
  }

  private static boolean covered(AreaContext area, FinancialQuarter q) {
    return q.window("q").months().stream().allMatch(m -> area.coverage().covers(m));
  }

  private static HotspotClass classify(boolean[][] hotByPeriod, int cell) {
    boolean[] flags = new boolean[hotByPeriod.length];
    for (int i = 0; i < flags.length; i++) {
      flags[i] = hotByPeriod[i][cell];
    }
    return HotspotClass.classify(flags);
  }

  /** Counts the wanted rows per cell in a window. */
  private record Counter(int cells, int[] cellOf, Month[] month, boolean[] wanted) {
    long[] count(Window w) {
      long[] counts = new long[cells];
      for (int c : cellsIn(w)) {
        if (c >= 0) {
          counts[c]++;
        }
      }
      return counts;
    }

    /**
     * Per row, its cell when it is wanted, placed and in {@code w} (every month when null); else
     * -1.
     */
    int[] cellsIn(Window w) {
      int[] out = new int[cellOf.length];
      for (int i = 0; i < cellOf.length; i++) {
        boolean counted = wanted[i] && cellOf[i] >= 0 && (w == null || w.contains(month[i]));
        out[i] = counted ? cellOf[i] : -1;
      }
      return out;
    }
  }
}
