package saferstats.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import saferstats.area.AreaLookup;
import saferstats.area.LsoaBridge;
import saferstats.area.LsoaNames;
import saferstats.area.Population;

/**
 * A peer's residents from the population file: a row named or coded as the peer (a local-authority
 * table); else every LSOA row the file names as the peer's ("Harrow 014B"), which counts LSOAs
 * split or merged since; else, with {@code --lookup}, the LSOAs the lookup puts in the peer, each
 * found by code or through the LSOA 2011/2021 bridge.
 *
 * @param basis how the figure was reached, for the notes
 */
public record PeerPopulation(long population, Integer year, String basis) {

  public static Optional<PeerPopulation> of(
      Population pop, AreaLookup lookup, LsoaBridge bridge, String name) {
    Optional<Population.Entry> whole = pop.byName(name).or(() -> pop.byCode(name));
    if (whole.isPresent()) {
      Population.Entry e = whole.get();
      return Optional.of(new PeerPopulation(e.population(), e.year(), "row " + e.code()));
    }
    List<Population.Entry> named =
        pop.entries().values().stream()
            .filter(e -> e.name() != null && LsoaNames.isIn(e.name(), name))
            .toList();
    if (!named.isEmpty()) {
      return Optional.of(sum(named, named.size() + " LSOAs named " + name));
    }
    if (lookup == null) {
      return Optional.empty();
    }
    Map<String, Population.Entry> reached = new LinkedHashMap<>();
    for (AreaLookup.Entry l : lookup.lsoasOf(name)) {
      Optional<Population.Entry> direct = pop.byCode(l.lsoaCode());
      if (direct.isPresent()) {
        reached.putIfAbsent(direct.get().code(), direct.get());
      } else if (bridge != null) {
        bridge
            .counterparts(l.lsoaCode())
            .forEach(c -> pop.byCode(c).ifPresent(e -> reached.putIfAbsent(e.code(), e)));
      }
    }
    return reached.isEmpty()
        ? Optional.empty()
        : Optional.of(
            sum(
                List.copyOf(reached.values()),
                reached.size() + " LSOAs of " + name + " in the lookup"));
  }

  private static PeerPopulation sum(List<Population.Entry> rows, String basis) {
    long total = rows.stream().mapToLong(Population.Entry::population).sum();
    Integer year =
        rows.stream().map(Population.Entry::year).filter(y -> y != null).findFirst().orElse(null);
    return new PeerPopulation(total, year, basis);
  }
}
