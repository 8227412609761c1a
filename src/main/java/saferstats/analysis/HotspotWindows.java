package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import saferstats.load.AreaContext;
import saferstats.model.Month;
import saferstats.model.Window;
import saferstats.model.WindowChoice;
import saferstats.model.WindowPair;

/**
 * The window hotspots counts in and the one it compares with, as far as the data cover them. A
 * comparison window with a month the data lack gives no previous counts, changes or tests: its
 * missing months would read as zero crimes (SPEC 4.5) and every place as a significant increase. A
 * window the data only partly cover is still counted, and the notes say over which months.
 *
 * @param window the window counted, null for every month
 * @param before the window compared with, null when there is none or the data lack a month of it
 */
record HotspotWindows(Window window, Window before, List<String> notes) {

  static HotspotWindows of(WindowChoice choice, AreaContext area) {
    return of(choice, area, m -> area.coverage().covers(m));
  }

  /** As {@link #of(WindowChoice, AreaContext)}, with the months the counted sources cover. */
  static HotspotWindows of(WindowChoice choice, AreaContext area, Predicate<Month> covers) {
    WindowPair pair = choice.pair(area.windows());
    Window window = pair == null ? null : pair.now();
    Window before = pair == null ? null : pair.yearEarlier();
    List<String> notes = new ArrayList<>();
    List<Month> missingNow = missing(window, covers);
    if (!missingNow.isEmpty()) {
      notes.add(
          "The data cover "
              + (window.months().size() - missingNow.size())
              + " of the "
              + window.months().size()
              + " months of "
              + window.label()
              + " ("
              + Month.ranges(missingNow)
              + " missing): its counts are of those months only.");
    }
    List<Month> missingBefore = missing(before, covers);
    if (!missingBefore.isEmpty()) {
      notes.add(
          "No comparison with "
              + before.label()
              + " ("
              + before.from()
              + " to "
              + before.to()
              + "): the data lack "
              + Month.ranges(missingBefore)
              + ", so no previous counts, changes or tests are given (a missing month is not"
              + " zero).");
      before = null;
    }
    return new HotspotWindows(window, before, List.copyOf(notes));
  }

  private static List<Month> missing(Window w, Predicate<Month> covers) {
    return w == null ? List.of() : w.months().stream().filter(m -> !covers.test(m)).toList();
  }
}
