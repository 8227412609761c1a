package saferstats.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import saferstats.load.AreaContext;
import saferstats.load.SeriesSpan;
import saferstats.model.Rejection;
import saferstats.mps.MpsData;
import saferstats.mps.MpsFile;

/** What the reader of figures from MPS tables needs to know about releases and unreadable cells. */
final class MpsNotes {
  /** How many unreadable cells the notes name one by one; inspect lists the rest. */
  static final int CELLS_NAMED = 5;

  private MpsNotes() {}

  static List<String> releases(MpsData mps, AreaContext area) {
    return releases(mps, area, EnumSet.allOf(SeriesSpan.class));
  }

  /**
   * As {@link #releases(MpsData, AreaContext)}, about the {@code spans} a figure is read over only:
   * a ward table counts one window, so the splices of the trend's 36 months or the quarter are not
   * its notes (issue 26.5).
   */
  static List<String> releases(MpsData mps, AreaContext area, Set<SeriesSpan> spans) {
    List<String> splices =
        area.spans().entrySet().stream()
            .filter(e -> spans.contains(e.getKey()))
            .map(e -> e.getValue().splice())
            .filter(java.util.Objects::nonNull)
            .toList();
    List<String> single =
        area.spans().entrySet().stream()
            .filter(e -> spans.contains(e.getKey()) && e.getValue().splice() == null)
            .map(e -> e.getKey().description() + " from " + e.getValue().origin())
            .toList();
    return Noted.join(
        Noted.when(
            mps.overlappingCells() > 0,
            String.format(
                Locale.UK,
                "%,d cells are published by more than one MPS release and %,d of them differ:"
                    + " releases are not revisions of one another, so each comparison and series"
                    + " comes from the newest single release covering all its months (ranked by"
                    + " last month, then first month; never by file name or input order).",
                mps.overlappingCells(),
                mps.revisedCells())),
        splices,
        Noted.when(
            !single.isEmpty() && mps.tables().size() > 1,
            "MPS releases used: " + String.join("; ", single) + "."));
  }

  /** Every cell that could not be counted is a missing month for its category, named here. */
  static List<String> cells(MpsData mps) {
    long n = mps.cellIssues();
    if (n == 0) {
      return List.of();
    }
    List<String> named = new ArrayList<>();
    for (MpsFile f : mps.files()) {
      for (Rejection r : f.firstCellIssues()) {
        if (named.size() < CELLS_NAMED) {
          named.add(r.describe() + " [" + r.reason() + "]");
        }
      }
    }
    return List.of(
        String.format(
            Locale.UK,
            "%,d MPS cells could not be counted; each is a missing month (null, never zero) for its"
                + " area and category only: %s%s.",
            n,
            String.join("; ", named),
            n > named.size() ? "; saferstats inspect lists the rest" : ""));
  }
}
