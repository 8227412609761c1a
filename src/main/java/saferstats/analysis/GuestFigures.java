package saferstats.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import saferstats.priorities.Crosswalk;

/**
 * The area from another source (the City of London's police.uk files) beside London's boroughs from
 * the MPS tables: which of the tables' categories each of its figures is set beside, through the
 * shipped crosswalk only, and what cannot be crosswalked.
 */
final class GuestFigures {
  private final PeerGroup group;
  private final Crosswalk crosswalk;
  private final Set<String> boroughCategories;
  private final PeerGroup.Member guest;
  private final List<String> notes = new ArrayList<>();

  GuestFigures(PeerGroup group, Crosswalk crosswalk) {
    this.group = group;
    this.crosswalk = crosswalk;
    this.boroughCategories = Benchmark.allCategories(group);
    this.guest = group.members().stream().filter(PeerGroup.Member::guest).findFirst().orElseThrow();
  }

  /** The guest's own crime: every category but anti-social behaviour. */
  Set<String> ownCrime() {
    return new LinkedHashSet<>(PeerFigures.crime(guest));
  }

  /**
   * The boroughs' categories that the guest's crime crosses to: all crime less what police.uk has
   * no type for (fraud, the old scheme's other notifiable offences), so both sides count the same.
   */
  Set<String> allCrime() {
    Set<String> out = new LinkedHashSet<>();
    for (String type : ownCrime()) {
      crosswalk.mps(List.of(type), boroughCategories).ifPresent(out::addAll);
    }
    Set<String> left = new LinkedHashSet<>(boroughCategories);
    left.removeAll(out);
    if (!left.isEmpty()) {
      notes.add(
          "All crime: "
              + group.area()
              + "'s police.uk crime (anti-social behaviour left out) beside the boroughs' MPS"
              + " categories it crosses to; left out of the boroughs' count as having no police.uk"
              + " type in the crosswalk: "
              + String.join(", ", left)
              + ".");
    }
    return out;
  }

  /** The boroughs' categories for a priority's police.uk types, empty when any cannot cross. */
  Optional<Set<String>> crossed(Collection<String> types) {
    if (types.isEmpty()) {
      return Optional.empty();
    }
    Optional<Set<String>> out = crosswalk.mps(types, boroughCategories);
    if (out.isPresent() && crosswalk.approximate(types)) {
      notes.add(
          String.join(", ", types)
              + ": crosswalked approximately ("
              + crosswalk.rows().stream()
                  .filter(r -> types.contains(r.policeUk()) && !r.note().isEmpty())
                  .map(Crosswalk.Row::note)
                  .distinct()
                  .collect(Collectors.joining("; "))
              + ").");
    }
    return out;
  }

  /** A priority the crosswalk cannot carry: said, with no figures. */
  BenchmarkReport.Priority uncrossed(String name, Collection<String> types) {
    if (types.isEmpty()) {
      return said(
          name, group.area() + " has none of " + name + " in its own files: no change to compare.");
    }
    String why =
        crosswalk.uncrossed(types).stream()
            .map(r -> "police.uk's " + r.policeUk() + " has no MPS counterpart (" + r.note() + ")")
            .collect(Collectors.joining("; "));
    return said(
        name,
        group.area()
            + " cannot be compared with "
            + group.label()
            + " on "
            + name
            + ": "
            + why
            + ".");
  }

  private static BenchmarkReport.Priority said(String name, String sentence) {
    return new BenchmarkReport.Priority(name, null, null, null, null, null, sentence, List.of());
  }

  List<String> notes() {
    return notes;
  }
}
