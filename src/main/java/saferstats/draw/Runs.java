package saferstats.draw;

import java.util.ArrayList;
import java.util.List;
import saferstats.analysis.MonthCount;
import saferstats.model.Month;

/** Runs of consecutive months with no data in a monthly series, for bands and captions. */
final class Runs {
  private Runs() {}

  static List<List<Month>> missing(List<MonthCount> months) {
    List<List<Month>> runs = new ArrayList<>();
    List<Month> run = new ArrayList<>();
    for (MonthCount m : months) {
      if (m.count() == null) {
        run.add(m.month());
      } else if (!run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /** "2023-03 to 2023-12, 2024-02". */
  static String describe(List<List<Month>> runs) {
    return String.join(
        ", ",
        runs.stream()
            .map(r -> r.size() == 1 ? r.get(0).toString() : r.get(0) + " to " + r.get(r.size() - 1))
            .toList());
  }
}
