package saferstats.load;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import saferstats.ingest.ForceCoverage;
import saferstats.ingest.IngestResult;
import saferstats.model.Month;
import saferstats.model.UserError;

/**
 * Another force's totals given with {@code --compare}, which become the comparator (SPEC 4.5):
 * every row of its police.uk street files counts, located or not, since none of it is the area's.
 *
 * @param name what the comparator is called in tables ("Metropolitan Police Service (from
 *     --compare)")
 * @param word how sentences name it ("Metropolitan Police Service")
 * @param coverage the months every force of the compare input published; a window touching another
 *     month has no comparator change
 * @param counts rows by month and category, summed over the compare input's forces
 */
public record CompareInput(
    String name, String word, ForceCoverage coverage, Map<Month, Map<String, Long>> counts) {

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
    Map<Month, Map<String, Long>> counts = new TreeMap<>();
    SortedSet<Month> everyForce = null;
    for (Map<Month, Map<String, Long>> months : byForce.values()) {
      months.forEach(
          (m, byCategory) -> {
            Map<String, Long> cell = counts.computeIfAbsent(m, k -> new TreeMap<>());
            byCategory.forEach((c, n) -> cell.merge(c, n, Long::sum));
          });
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
        word + " (from --compare)", word, ForceCoverage.of(word, everyForce), counts);
  }
}
