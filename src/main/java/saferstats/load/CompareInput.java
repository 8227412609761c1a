package saferstats.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import saferstats.ingest.IngestResult;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.UserError;
import saferstats.priorities.ResolvedPriority;
import saferstats.priorities.ResolvedSet;

/**
 * Totals given with {@code --compare}, which become the comparator (SPEC 4.5): another force's
 * police.uk street files (every row counts, located or not, since none of it is the area's), or MPS
 * tables summed over London ({@link LondonComparator}).
 *
 * @param name what the comparator is called in tables ("Metropolitan Police Service (from
 *     --compare)")
 * @param word how sentences name it ("Metropolitan Police Service")
 * @param counts rows by category and month, summed over the compare input's forces, read against
 *     the months every one of them published: a window touching another month has no comparator
 *     change
 * @param set the area's priority set read against the compare input's categories (MPS tables), or
 *     null when the compare input has the area's own kind of categories
 * @param splice null when one release gave the comparator's 12-month span; else how it was spliced
 * @param holdsArea the comparator includes the area (an area inside London against London), so its
 *     rest is the comparator less the area
 */
public record CompareInput(
    String name,
    String word,
    MonthlyCounts counts,
    ResolvedSet set,
    String splice,
    boolean holdsArea) {

  /** The months every force of the compare input published. */
  public ForceCoverage coverage() {
    return counts.coverage();
  }

  /**
   * The compare input's own reading of an area priority: the same categories for another force's
   * street files; else the set's priority of the same name, when it takes categories the compare
   * input has. Empty when the compare input cannot measure it: that priority has no comparator.
   */
  public Optional<ResolvedPriority> priority(ResolvedPriority p) {
    if (set == null) {
      return Optional.of(p);
    }
    return set.measurable().stream()
        .filter(q -> q.name().equals(p.name()) && !q.categories().isEmpty())
        .findFirst();
  }

  /**
   * What the report says of the comparator: priorities of {@code areaSet} it cannot measure, a
   * splice, and a comparator that holds the area.
   */
  public List<String> notes(ResolvedSet areaSet, String area) {
    List<String> notes = new ArrayList<>();
    for (ResolvedPriority p : areaSet.measurable()) {
      if (priority(p).isEmpty()) {
        notes.add(
            p.name()
                + ": the "
                + areaSet.name()
                + " set maps no MPS categories in the --compare tables, so "
                + word
                + " cannot be its comparator.");
      }
    }
    if (splice != null) {
      notes.add(splice);
    }
    if (set != null && !holdsArea) {
      notes.add(
          word
              + "'s boroughs, from the MPS tables given with --compare, are "
              + area
              + "'s comparator on change: a comparator that compares (London is far larger than "
              + area
              + " and holds none of it, where an area's own force can be almost all of it and too"
              + " small to compare with). Each priority is read as the tables' MPS categories"
              + " through the set's mappings; the comparator's change is London's total, and"
              + " saferstats benchmark with the same --compare ranks "
              + area
              + "'s change among each borough's.");
    }
    if (holdsArea) {
      notes.add(
          area
              + " is inside "
              + word
              + ", so "
              + word
              + "'s totals include it; the comparator's rest is "
              + word
              + " less "
              + area
              + ".");
    }
    return notes;
  }

  /** The compare input's totals; refused when it holds no street rows or the area's own force. */
  public static CompareInput of(IngestResult compare, String areaForce) {
    Map<String, Map<Month, Map<String, Long>>> byForce = compare.counts();
    if (byForce.isEmpty()) {
      throw UserError.input(
          "the --compare inputs hold no police.uk street rows",
          "give another force's police.uk street files (*-street.csv) after --compare");
    }
    for (String force : byForce.keySet()) {
      if (force.equalsIgnoreCase(areaForce)) {
        throw UserError.usage(
            "--compare gives "
                + force
                + ", the area's own force: it would compare the area with"
                + " itself",
            "give another force's police.uk street files after --compare");
      }
    }
    MonthlyCounts.Builder counts = new MonthlyCounts.Builder();
    SortedSet<Month> everyForce = null;
    for (Map<Month, Map<String, Long>> months : byForce.values()) {
      months.forEach((m, byCategory) -> byCategory.forEach((c, n) -> counts.add(c, m, n)));
      // A month one force of the input lacks would make a smaller sum, not a true one.
      if (everyForce == null) {
        everyForce = new TreeSet<>(months.keySet());
      } else {
        everyForce.retainAll(months.keySet());
      }
    }
    if (everyForce.isEmpty()) {
      throw UserError.notCovered(
          "the forces of the --compare inputs share no month",
          "give one force's street files after --compare, or forces covering the same months");
    }
    String word = String.join(", ", List.copyOf(byForce.keySet()));
    return new CompareInput(
        word + " (from --compare)",
        word,
        counts.build(ForceCoverage.of(word, everyForce)),
        null,
        null,
        false);
  }
}
