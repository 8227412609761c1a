package saferstats.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds the row-level quirks real street files have: extra rows that share a Crime ID but differ
 * (other crime type, outcome or place), and rows repeated byte for byte.
 */
final class QuirkInjector {
  /** What was added, for the README. */
  record Added(int sharedIds, int duplicates) {}

  private QuirkInjector() {}

  /** Appends {@code shared} differing rows and {@code duplicates} identical copies. */
  static Added apply(List<Incident> rows, Rng rng, int shared, int duplicates, SitesByLsoa sites) {
    List<Integer> crimes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).id() != null && rows.get(i).place() != null) {
        crimes.add(i);
      }
    }
    // Each source row is used once, so an ID is either shared-and-differing or duplicated.
    Set<Integer> used = new HashSet<>();
    List<Incident> extra = new ArrayList<>();
    while (used.size() < shared && used.size() < crimes.size()) {
      int i = crimes.get(rng.below(crimes.size()));
      if (used.add(i)) {
        extra.add(variant(rows.get(i), rng, sites));
      }
    }
    int variants = extra.size();
    int copies = 0;
    while (copies < duplicates && used.size() < crimes.size()) {
      int i = crimes.get(rng.below(crimes.size()));
      if (used.add(i)) {
        extra.add(rows.get(i));
        copies++;
      }
    }
    rows.addAll(extra);
    return new Added(variants, copies);
  }

  private static Incident variant(Incident inc, Rng rng, SitesByLsoa sites) {
    int kind = rng.below(3);
    if (kind == 2) {
      Place other = sites.site(inc.place().lsoa()).otherPlace(rng, inc.place());
      if (other != null) {
        return inc.withPlace(other);
      }
    }
    if (kind == 1) {
      // A fixed text the original can never render, so the rows differ in every download.
      boolean unavailable = inc.outcome().statusUnavailable();
      return inc.withOutcome(
          unavailable ? OutcomeTexts.NO_SUSPECT : CrimeOutcome.STATUS_UNAVAILABLE);
    }
    CrimeType[] types = CrimeType.values();
    CrimeType other = inc.type();
    while (other == inc.type() || other.isAsb()) {
      other = types[rng.below(types.length)];
    }
    return inc.withType(other);
  }
}
