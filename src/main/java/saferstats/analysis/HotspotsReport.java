package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/**
 * The result of {@code saferstats hotspots} (SPEC 4.4 and 4a).
 *
 * @param priority the priority whose rows are mapped, or "all categories"
 * @param total rows in the window; {@code unplaced} of them have no LSOA (no location)
 * @param wards null without {@code --lookup} (or MPS ward tables)
 * @param wardBasis where the ward counts come from (best-fit from LSOAs says how many wards
 *     received any LSOA); null when there are no wards
 * @param persistent null when the last three 12-month windows are not all complete
 * @param grid null when the rows have no coordinates (MPS tables) or a grid cannot be formed
 */
public record HotspotsReport(
    String command,
    String area,
    String force,
    Month end,
    String categories,
    String priority,
    Window window,
    int top,
    List<String> notes,
    List<InputSummary> inputs,
    long total,
    long unplaced,
    List<Place> lsoas,
    List<Place> wards,
    WardBasis wardBasis,
    List<Place> streets,
    ConcentrationFigures concentration,
    List<PersistentPlace> persistent,
    GridFigures grid) {

  /** The window the places are counted in. */
  public record Window(String name, String label, Month from, Month to) {}

  /** A place in the top N of each of the last three 12-month windows; windows newest first. */
  public record PersistentPlace(String code, String name, List<PersistentWindow> windows) {}

  /** The place's rank and count in one 12-month window, keyed by the window's last month. */
  public record PersistentWindow(Month from, Month to, int rank, long count) {}
}
