package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/**
 * A count over a window; {@code count} is null when the window touches a month with no data, and
 * {@code missing} lists those months.
 */
public record WindowCount(String label, Month from, Month to, Long count, List<Month> missing) {
  public boolean complete() {
    return count != null;
  }
}
