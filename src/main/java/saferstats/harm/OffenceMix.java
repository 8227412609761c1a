package saferstats.harm;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import saferstats.model.Names;

/**
 * The offences each force recorded per Home Office offence code over one year: what a category's
 * average weight is averaged over (SPEC 4.8).
 *
 * @param year the financial year, e.g. "2019/20"
 * @param byForce offences by offence code, by force as the Home Office names it
 */
public record OffenceMix(String year, Map<String, Map<String, Long>> byForce) {
  public OffenceMix {
    Map<String, Map<String, Long>> copy = new TreeMap<>();
    byForce.forEach((f, m) -> copy.put(f, Collections.unmodifiableMap(new TreeMap<>(m))));
    byForce = Collections.unmodifiableMap(copy);
  }

  /** The force's name in this table, case and spaces aside; empty when the table lacks it. */
  public Optional<String> force(String homeOfficeName) {
    return byForce.keySet().stream().filter(f -> Names.same(f, homeOfficeName)).findFirst();
  }

  /** Every force's offences by code, summed: England and Wales (and BTP) as one. */
  public Map<String, Long> allForces() {
    Map<String, Long> sum = new TreeMap<>();
    byForce.values().forEach(m -> m.forEach((code, n) -> sum.merge(code, n, Long::sum)));
    return sum;
  }

  /** The force's offences by code (a code it recorded none of is 0 or absent). */
  public Map<String, Long> of(String force) {
    return byForce.getOrDefault(force, Map.of());
  }
}
