package saferstats.geo;

/**
 * A square grid over the extent of some points in British National Grid metres. Cell (row 0, col 0)
 * is the south-west corner; rows run north, columns east; cells are numbered row by row ({@code row
 * * cols + col}). The origin is the extent's south-west corner rounded down to a whole cell, so
 * cells of the same size line up from one run to the next.
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
   * The grid covering the points flagged in {@code use}, with {@code cellSize} metres or, when
   * null, the SPEC rule: the shorter side of the bounding box ÷ 50, to the nearest 50 m, kept
   * within 100–500 m.
   */
  public static Grid covering(double[] east, double[] north, boolean[] use, Integer cellSize) {
    double minE = Double.POSITIVE_INFINITY;
    double minN = Double.POSITIVE_INFINITY;
    double maxE = Double.NEGATIVE_INFINITY;
    double maxN = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < east.length; i++) {
      if (use[i]) {
        minE = Math.min(minE, east[i]);
        maxE = Math.max(maxE, east[i]);
        minN = Math.min(minN, north[i]);
        maxN = Math.max(maxN, north[i]);
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
    int cols = (int) Math.floor((maxE - originE) / size) + 1;
    int rows = (int) Math.floor((maxN - originN) / size) + 1;
    return new Grid(size, rule, originE, originN, rows, cols);
  }

  /** The SPEC rule for a bounding box whose shorter side is {@code shorter} metres. */
  static int ruleSize(double shorter) {
    long rounded = Math.round(shorter / CELLS_ACROSS / STEP) * STEP;
    return (int) Math.max(MIN_CELL, Math.min(MAX_CELL, rounded));
  }

  /** The cell a point inside the grid falls in; a point on a shared edge goes north and east. */
  public int cellOf(double easting, double northing) {
    int col = (int) Math.floor((easting - originEasting) / cellSize);
    int row = (int) Math.floor((northing - originNorthing) / cellSize);
    if (row < 0 || row >= rows || col < 0 || col >= cols) {
      throw new IllegalArgumentException("point outside the grid: " + easting + ", " + northing);
    }
    return row * cols + col;
  }
}
