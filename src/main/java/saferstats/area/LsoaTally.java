package saferstats.area;

import java.util.Map;
import java.util.TreeMap;

/**
 * Street rows checked against an {@link LsoaReference}: how many have an LSOA code, and those whose
 * code it lacks by code then LSOA name.
 */
public record LsoaTally(long rows, Map<String, Map<String, Long>> unknown) {
  /** The two tallies added up. */
  public LsoaTally plus(LsoaTally other) {
    Map<String, Map<String, Long>> sum = new TreeMap<>();
    for (LsoaTally t : new LsoaTally[] {this, other}) {
      t.unknown.forEach(
          (code, byName) ->
              byName.forEach(
                  (name, n) ->
                      sum.computeIfAbsent(code, c -> new TreeMap<>()).merge(name, n, Long::sum)));
    }
    return new LsoaTally(rows + other.rows, sum);
  }
}
