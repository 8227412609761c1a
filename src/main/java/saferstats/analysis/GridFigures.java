package saferstats.analysis;

import java.util.Comparator;
import java.util.List;
import saferstats.stats.HotspotClass;

/**
 * Grid hotspots (SPEC 4.4): the area's points on British National Grid cells, Getis–Ord Gi* per
 * cell over every cell of the grid (empty ones included), Benjamini–Hochberg q over all cells, the
 * change from the comparison window, and the class over the last quarterly periods.
 *
 * @param cellSizeRule how the cell size was chosen ("--cell-size", or the SPEC rule with its
 *     inputs)
 * @param originEasting south-west corner of cell (row 0, col 0), metres
 * @param extentPoints located rows of the area (every category and month) the grid covers
 * @param points located rows of the window and priority, counted in the cells
 * @param periods quarterly periods the classification looked at (oldest first), e.g. "2022-23 Q2"
 * @param hotWithNoCrime hot cells whose own count is 0 (their neighbours make them hot)
 * @param giUndefined why Gi* is absent (every cell equal), else null
 */
public record GridFigures(
    int cellSize,
    String cellSizeRule,
    int rows,
    int cols,
    double originEasting,
    double originNorthing,
    long extentPoints,
    long points,
    int hot,
    int cold,
    int hotWithNoCrime,
    List<String> periods,
    String giUndefined,
    List<Cell> cells) {
  /**
   * How the note on hot cells with no crime of their own begins (a page that draws no grid drops
   * it).
   */
  public static final String HOT_CELL_NOTE = "A hot cell can hold no crime of its own";

  /**
   * The {@code n} cells with the highest Gi* z, highest first (grid order among equals); none when
   * Gi* is undefined. A method, not a field: the JSON already lists every cell.
   */
  public List<Cell> highestZ(int n) {
    return cells.stream()
        .filter(c -> c.z() != null)
        .sorted(Comparator.comparing((Cell c) -> -c.z()))
        .limit(n)
        .toList();
  }

  /**
   * One cell. Row 0 is the southernmost; {@code bin} is ±3/±2/±1 for 99/95/90 % confidence.
   *
   * @param centreEasting the cell's centre in British National Grid, whole metres
   * @param centreLatitude the same centre in WGS84, six decimals
   * @param topStreet the police.uk {@code Location} most common in the cell, or when it holds none
   *     in its neighbourhood (alphabetically first among equals); null when none is named nearby
   * @param topStreetFrom where the top street was counted: the cell or its neighbourhood
   * @param count the cell's own count in the window
   * @param neighbourhoodCount the sum Gi* tests: the cell's count and its up to 8 neighbours'
   * @param previous count in the comparison window, null when there is none
   * @param changeP exact test of count against previous
   * @param classification persistent, emerging, former, intermittent or none
   */
  public record Cell(
      int row,
      int col,
      long centreEasting,
      long centreNorthing,
      double centreLatitude,
      double centreLongitude,
      String topStreet,
      CellStreets.From topStreetFrom,
      long count,
      long neighbourhoodCount,
      Double z,
      Double p,
      Double q,
      int bin,
      boolean hot,
      boolean cold,
      Long previous,
      Double changeP,
      HotspotClass classification) {}
}
