package saferstats.analysis;

import java.util.Collection;
import java.util.Set;
import saferstats.load.AreaContext;
import saferstats.load.MonthlyCounts;
import saferstats.load.SeriesSpan;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.priorities.PoliceActivity;
import saferstats.priorities.ResolvedPriority;

/**
 * Whether a priority's count follows police activity (flag {@link PriorityTrend#POLICE_ACTIVITY}):
 * its categories recorded mostly when police find the offence hold more than {@link
 * PoliceActivity#DOMINANT} of its crimes over the two 12-month windows its change compares, months
 * with no data left out. A priority with no crimes there has no figure to caution.
 */
final class PoliceActivityShare {
  private PoliceActivityShare() {}

  static boolean dominant(
      AreaContext area, ResolvedPriority p, InputKind source, PoliceActivity activity) {
    Set<String> found = activity.of(source, p.categories());
    if (found.isEmpty()) {
      return false;
    }
    MonthlyCounts counts = area.at(SeriesSpan.TWELVE).counts();
    long all = sum(counts, p.categories(), area);
    return all > 0 && sum(counts, found, area) > PoliceActivity.DOMINANT * all;
  }

  private static long sum(MonthlyCounts counts, Collection<String> categories, AreaContext area) {
    MonthlySeries s = new MonthlySeries(counts, categories);
    long sum = 0;
    for (Month m : area.windows().twelve().months()) {
      Long c = s.count(m);
      sum += c == null ? 0 : c;
    }
    return sum;
  }
}
