package saferstats.analysis;

import java.util.List;
import java.util.Locale;
import saferstats.priorities.Presets;
import saferstats.priorities.ResolvedSet;

/**
 * Source categories with no crime in either 12-month window (retired MPS minors, say) are left out
 * of tables and counted in one note, unless the reader asks for them (SPEC 4.5 "Legacy
 * categories"). Priorities of a chosen set always stay: a priority at zero is a finding.
 */
final class QuietCategories {
  private QuietCategories() {}

  static Noted<List<PriorityTrend>> of(List<PriorityTrend> trends, ResolvedSet set, boolean all) {
    if (all || !Presets.SOURCE.equals(set.name())) {
      return new Noted<>(trends, List.of());
    }
    List<PriorityTrend> shown = trends.stream().filter(p -> !quiet(p)).toList();
    int hidden = trends.size() - shown.size();
    return new Noted<>(
        shown,
        Noted.when(
            hidden > 0,
            String.format(
                Locale.UK,
                "%,d %s with no crimes in either 12-month window (%s to %s) %s not shown (legacy"
                    + " or retired categories); --all-categories shows them.",
                hidden,
                hidden == 1 ? "source category" : "source categories",
                trends.get(0).windows().twelve().yearEarlier().from(),
                trends.get(0).windows().twelve().now().to(),
                hidden == 1 ? "is" : "are")));
  }

  /** No crime in the current 12 months nor the previous 12, both windows complete. */
  static boolean quiet(PriorityTrend p) {
    Long current = p.windows().twelve().now().count();
    Long previous = p.windows().twelve().yearEarlier().count();
    return current != null && previous != null && current == 0 && previous == 0;
  }
}
