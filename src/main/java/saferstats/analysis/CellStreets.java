package saferstats.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import saferstats.stats.GetisOrd;

/**
 * The nearest top street of each grid cell (SPEC 4.4), so a reader can find it: the police.uk
 * {@code Location} ("On or near X") most common among the cell's own rows, or, when the cell holds
 * none, among its Gi* neighbourhood's. Equal counts go to the alphabetically first street, so the
 * same inputs always name the same street.
 */
public final class CellStreets {
  /** Where a cell's top street was counted. */
  public enum From {
    /** Among the cell's own rows. */
    CELL,
    /** The cell holds none: among the rows of the cell and its up to 8 neighbours. */
    NEIGHBOURHOOD;

    /** The word written in every output ("neighbourhood"). */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A cell's top street and where it was counted; street null when no row nearby names one. */
  record Top(String street, From from) {}

  private CellStreets() {}

  /**
   * @param cellOf per row, its cell, or -1 when the row is not counted (not in the window, not of
   *     the priority, not placed)
   * @param location per row, its published {@code Location} ("" when none)
   */
  static List<Top> of(int[] cellOf, List<String> location, int rows, int cols) {
    List<Map<String, Long>> byCell = new ArrayList<>();
    for (int c = 0; c < rows * cols; c++) {
      byCell.add(new HashMap<>());
    }
    for (int i = 0; i < cellOf.length; i++) {
      if (cellOf[i] >= 0 && !location.get(i).isEmpty()) {
        byCell.get(cellOf[i]).merge(location.get(i), 1L, Long::sum);
      }
    }
    List<Top> out = new ArrayList<>();
    for (int c = 0; c < rows * cols; c++) {
      String own = top(byCell.get(c));
      if (own != null) {
        out.add(new Top(own, From.CELL));
        continue;
      }
      Map<String, Long> around = new HashMap<>();
      for (int j : GetisOrd.neighbourhood(c, rows, cols)) {
        byCell.get(j).forEach((street, n) -> around.merge(street, n, Long::sum));
      }
      String near = top(around);
      out.add(new Top(near, near == null ? null : From.NEIGHBOURHOOD));
    }
    return out;
  }

  /** The most counted street, the alphabetically first among equals; null when none. */
  static String top(Map<String, Long> counts) {
    String best = null;
    long most = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      long n = e.getValue();
      if (n > most || (n == most && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        most = n;
      }
    }
    return best;
  }
}
