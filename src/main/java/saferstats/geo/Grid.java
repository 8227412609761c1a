package saferstats.geo;

import java.util.Locale;
import saferstats.model.UserError;

/**
 * A square grid over the extent of some points in British National Grid metres. Cell (row 0, col 0)
 * is the south-west corner; rows run north, columns east; cells are numbered row by row ({@code row
 * * cols + col}). The origin is the extent's south-west corner rounded down to a whole cell, so
 * cells of the same size line up from one run to the next.
 *
 * <p>The grid works in whole metres (SPEC 4.4): police.uk points are whole National Grid metres
 * published as six-decimal WGS84, so a projected point comes back a few millimetres either side of
 * its metre. Every coordinate is rounded to the metre before it is binned or sizes the extent, so a
 * point on a cell line falls in the cell that starts there, not either side by projection error.
 *
 * @param cellSizeRule how the size was chosen, for the output
 */
public record Grid(
    int cellSize,
    String cellSizeRule,
    double originEasting,
    double originNorthing,
    int rows,
    int cols) {
  /** SPEC 4.4: cells between 100 m and 500 m, in steps of 50 m. */
  static final int MIN_CELL = 100;

  static final int MAX_CELL = 500;
  static final int STEP = 50;
  static final int CELLS_ACROSS = 50;

  /**
   * The most cells a grid may have. A force of 200 × 200 km at the rule's 500 m is 160,000 cells;
   * each cell costs a few hundred bytes of figures per period and a GeoJSON polygon, so beyond this
   * the output is unusable long before memory runs out.
   */
  public static final long MAX_CELLS = 250_000;

  /**
   * The grid covering the points flagged in {@code use}, with {@code cellSize} metres or, when
   * null, the SPEC rule: the shorter side of the bounding box ÷ 50, to the nearest 50 m, kept
   * within 100–500 m.
   *
   * @throws UserError when the grid would have more than {@link #MAX_CELLS} cells
   */
  public static Grid covering(double[] east, double[] north, boolean[] use, Integer cellSize) {
    double minE = Double.POSITIVE_INFINITY;
    double minN = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    double maxN = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < east.length; i++) {
      if (use[i]) {
        minE = Math.min(minE, wholeMetre(east[i]));
        maxE = Math.max(maxE, wholeMetre(east[i]));
        minN = Math.min(minN, wholeMetre(north[i]));
        maxN = Math.max(maxN, wholeMetre(north[i]));
      }
    }
    if (minE > maxE) {
      throw new IllegalArgumentException("no points to cover");
    }
    double shorter = Math.min(maxE - minE, maxN - minN);
    int size = cellSize != null ? cellSize : ruleSize(shorter);
    String rule =
        cellSize != null
            ? "--cell-size"
            : String.format(
                "shorter side %,.0f m / %d = %,.0f m, to the nearest %d m within %d-%d m",
                shorter, CELLS_ACROSS, shorter / CELLS_ACROSS, STEP, MIN_CELL, MAX_CELL);
    double originE = Math.floor(minE / size) * size;
    double originN = Math.floor(minN / size) * size;
    long cols = cells(maxE - originE, size);
    long rows = cells(maxN - originN, size);
    if (rows * cols > MAX_CELLS) {
      throw tooMany(rows, cols, size, maxE - minE, maxN - minN, cellSize != null);
    }
    return new Grid(size, rule, originE, originN, (int) rows, (int) cols);
  }

  /** SPEC 4.4: a coordinate is binned at its whole metre (a half rounds up). */
  public static double wholeMetre(double metres) {
    return Math.floor(metres + 0.5);
  }

  private static long cells(double span, int size) {
    return (long) Math.floor(span / size) + 1;
  }

  /** The SPEC rule for a bounding box whose shorter side is {@code shorter} metres. */
  static int ruleSize(double shorter) {
    long rounded = Math.round(shorter / CELLS_ACROSS / STEP) * STEP;
    return (int) Math.max(MIN_CELL, Math.min(MAX_CELL, rounded));
  }

  /**
   * The smallest cell size, in tens of metres, whose grid over a {@code width} × {@code height}
   * extent stays within {@link #MAX_CELLS} (the origin can add one cell each way).
   */
  static int smallestFitting(double width, double height) {
    int size = Math.max(10, (int) Math.ceil(Math.sqrt(width * height / MAX_CELLS) / 10) * 10);
    while ((cells(width, size) + 1) * (cells(height, size) + 1) > MAX_CELLS) {
      size += 10;
    }
    return size;
  }

  private static UserError tooMany(
      long rows, long cols, int size, double width, double height, boolean asked) {
    String what =
        String.format(
            Locale.ROOT,
            "the grid over the area's points (%,.1f × %,.1f km) would have %,d cells of %d m, more"
                + " than the %,d allowed",
            width / 1000,
            height / 1000,
            rows * cols,
            size,
            MAX_CELLS);
    String fix =
        "give --cell-size "
            + smallestFitting(width, height)
            + " or more, or a smaller --area (or --force) whose points lie closer together";
    return asked ? UserError.usage(what, fix) : UserError.notCovered(what, fix);
  }

  /**
   * The centre of cell {@code cell} (row-major), in whole metres of the National Grid: the
   * south-west corner plus half a cell each way, a half metre rounded up.
   */
  public BritishNationalGrid.Point centre(int cell) {
    int row = cell / cols;
    int col = cell % cols;
    return new BritishNationalGrid.Point(
        wholeMetre(originEasting + (col + 0.5) * cellSize),
        wholeMetre(originNorthing + (row + 0.5) * cellSize));
  }

  /** The cell a point inside the grid falls in; a point on a shared edge goes north and east. */
  public int cellOf(double easting, double northing) {
    int col = (int) Math.floor((wholeMetre(easting) - originEasting) / cellSize);
    int row = (int) Math.floor((wholeMetre(northing) - originNorthing) / cellSize);
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      throw new IllegalArgumentException("point outside the grid: " + easting + ", " + northing);
    }
    return row * cols + col;
  }
}
