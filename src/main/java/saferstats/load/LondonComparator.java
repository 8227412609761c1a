package saferstats.load;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import saferstats.model.Month;
import saferstats.model.UserError;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;
import saferstats.priorities.ResolvedSet;

/**
 * MPS tables given with {@code --compare}: London's total, every borough (or ward) summed outside
 * the pseudo-boroughs, per month and MPS category, becomes the comparator (SPEC 4.5). Its 12-month
 * span is taken by the MPS loader's own release rule (SPEC 1.4), spliced newest first when no
 * release covers it.
 */
public final class LondonComparator {
  private LondonComparator() {}

  /**
   * London's totals over the area's 12-month windows; {@code resolve} reads the area's priority set
   * against the tables' MPS categories.
   */
  public static CompareInput of(
      MpsData mps, AreaContext area, Function<Set<String>, ResolvedSet> resolve) {
    Level level = level(mps);
    Set<String> london = MpsLoader.londonAreas(mps, level);
    String name = "London — MPS " + level.id() + " tables";
    MpsSpans.Selection selection = new MpsSpans.Selection(level, london, london, name);
    List<Month> months = SeriesSpan.TWELVE.months(area.windows());
    SpanSource source = MpsSpans.source(mps, selection, SeriesSpan.TWELVE, months);
    Set<String> categories = new TreeSet<>();
    mps.releases(level).forEach(r -> r.cells().keySet().forEach(k -> categories.add(k.category())));
    return new CompareInput(
        name + " (from --compare)",
        "London",
        source.comparator(),
        resolve.apply(categories),
        source.splice(),
        area.force().equalsIgnoreCase(MpsLoader.FORCE));
  }

  /** Borough tables when given (London's total needs no summing of wards), else ward tables. */
  private static Level level(MpsData mps) {
    for (Level level : List.of(Level.BOROUGH, Level.WARD)) {
      if (mps.levels().contains(level)) {
        return level;
      }
    }
    throw UserError.input(
        "the --compare MPS tables are LSOA tables, which do not sum to London",
        "give the MPS borough (or ward) tables after --compare");
  }
}
