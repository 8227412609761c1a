package saferstats.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.WindowSet;
import saferstats.mps.MpsData;
import saferstats.mps.MpsLayout.Level;
import saferstats.mps.MpsRelease;

/**
 * Builds each span's figures from the MPS release(s) SPEC 1.4 picks for it: the area's and London's
 * from the same release month by month, and a description wherever releases had to be spliced.
 */
final class MpsSpans {
  private MpsSpans() {}

  /** The area's selection at one level, and the areas London's comparator sums. */
  record Selection(Level level, Set<String> areas, Set<String> london, String name) {}

  static Map<SeriesSpan, SpanSource> of(MpsData mps, Selection s, WindowSet w) {
    Map<SeriesSpan, SpanSource> spans = new EnumMap<>(SeriesSpan.class);
    for (SeriesSpan span : SeriesSpan.values()) {
      spans.put(span, source(mps, s, span, span.months(w)));
    }
    return spans;
  }

  static SpanSource source(MpsData mps, Selection s, SeriesSpan span, List<Month> months) {
    Map<Month, MpsRelease> from = mps.sources(s.level(), s.areas(), months);
    MonthlyCounts.Builder counts = new MonthlyCounts.Builder();
    MonthlyCounts.Builder london = new MonthlyCounts.Builder();
    for (MpsRelease r : new HashSet<>(from.values())) {
      r.cells()
          .forEach(
              (cell, n) -> {
                if (from.get(cell.month()) != r) {
                  return;
                }
                if (s.areas().contains(cell.area())) {
                  counts.add(cell.category(), cell.month(), n);
                }
                if (s.london().contains(cell.area())) {
                  london.add(cell.category(), cell.month(), n);
                }
              });
    }
    // Months before the tables' first or after their last are outside the data, as for a force's
    // street files; months inside it that no release covers for the area are missing.
    SortedSet<Month> all = mps.months(s.level());
    Month first = months.get(0).isBefore(all.first()) ? all.first() : months.get(0);
    Month last = months.get(months.size() - 1);
    Month end = last.isAfter(all.last()) ? all.last() : last;
    ForceCoverage coverage =
        ForceCoverage.over("MPS " + s.level().id() + " tables", first, end, from.keySet());
    Set<MpsRelease> used = new HashSet<>(from.values());
    String origin =
        used.isEmpty()
            ? "no release (every month missing)"
            : used.size() == 1 ? used.iterator().next().toString() : used.size() + " releases";
    return new SpanSource(
        counts.build(coverage), london.build(coverage), origin, splice(s, span, months, from));
  }

  /**
   * Null when one release gave every month; else each run's release, where the source changes and
   * the two releases' difference on the months they share.
   */
  static String splice(
      Selection s, SeriesSpan span, List<Month> months, Map<Month, MpsRelease> from) {
    List<MpsData.Segment> runs = runs(months, from);
    if (runs.size() < 2) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      MpsData.Segment run = runs.get(i);
      parts.add(run.from() + " to " + run.to() + " from " + run.release());
    }
    List<String> changes = new ArrayList<>();
    for (int i = 1; i < runs.size(); i++) {
      changes.add(
          "the source changes at "
              + runs.get(i).from()
              + " ("
              + difference(s, runs.get(i).release(), runs.get(i - 1).release())
              + ")");
    }
    return String.format(
        Locale.UK,
        "release-splice: no single MPS release covers %s (%s to %s) for %s, so its months are"
            + " taken newest first: %s; %s.",
        span.description(),
        months.get(0),
        months.get(months.size() - 1),
        s.name(),
        String.join("; ", parts),
        String.join("; ", changes));
  }

  /** Consecutive runs of months with the same release (months no release covers are left out). */
  private static List<MpsData.Segment> runs(List<Month> months, Map<Month, MpsRelease> from) {
    List<MpsData.Segment> runs = new ArrayList<>();
    for (Month m : months) {
      MpsRelease r = from.get(m);
      if (r == null) {
        continue;
      }
      MpsData.Segment last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.release() == r) {
        runs.set(runs.size() - 1, new MpsData.Segment(r, last.from(), m));
      } else {
        runs.add(new MpsData.Segment(r, m, m));
      }
    }
    return runs;
  }

  /** How far the newer release's area total sits from the older's on the months both publish. */
  static String difference(Selection s, MpsRelease newer, MpsRelease older) {
    long a = 0;
    long b = 0;
    int shared = 0;
    Month first = newer.first().isAfter(older.first()) ? newer.first() : older.first();
    Month last = newer.last().isBefore(older.last()) ? newer.last() : older.last();
    for (Month m : first.isAfter(last) ? List.<Month>of() : first.through(last)) {
      if (!newer.covers(s.areas(), m) || !older.covers(s.areas(), m)) {
        continue;
      }
      Long x = newer.total(s.areas(), m);
      Long y = older.total(s.areas(), m);
      if (x != null && y != null) {
        a += x;
        b += y;
        shared++;
      }
    }
    if (shared == 0) {
      return "no shared months";
    }
    if (b == 0) {
      return String.format(
          Locale.UK, "on the %d months both publish, all crime %,d against 0", shared, a);
    }
    return String.format(
        Locale.UK,
        "on the %d months both publish, all crime %,d against %,d, %+.1f%%",
        shared,
        a,
        b,
        100.0 * (a - b) / b);
  }
}
