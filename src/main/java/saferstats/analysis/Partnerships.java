package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import saferstats.load.ForcePeers;
import saferstats.model.Names;
import saferstats.model.WindowPair;

/**
 * Which of the local authorities a force holds most rows in are its community safety partnerships:
 * those whose rows in the inputs are a partnership's crime, not a neighbour's edge. A force's files
 * hold a few rows in the authorities beside it (City of London Police's in Tower Hamlets, Islington
 * and Camden); when the inputs hold no other force's files, the force "holds most" of those rows
 * too. An authority is then told by its rate: under {@link #FLOOR} crimes per 1,000 residents in
 * the 12 months, far below any partnership's, its own force's files are not in the inputs.
 *
 * @param kept the partnerships, in the order of the inputs
 * @param notes one line per authority left out, with its figures
 */
record Partnerships(List<ForcePeers.Member> kept, List<String> notes) {
  /**
   * Crimes per 1,000 residents a year under which an authority's rows are a neighbouring force's
   * edge: a quarter of the lowest all-crime rate of any partnership in England and Wales (about 40
   * per 1,000 in the most rural), and some twenty times the City's rows in Tower Hamlets (0.5).
   */
  static final double FLOOR = 10;

  /**
   * @param area the area asked about: never taken for a neighbour's edge, whatever its rate (its
   *     rows are the ones being analysed)
   */
  static Partnerships of(
      ForcePeers.Group force, String area, PeerResidents residents, WindowPair twelve) {
    List<ForcePeers.Member> kept = new ArrayList<>();
    List<String> notes = new ArrayList<>(PeerGroup.leftOut(force));
    List<String> edges = new ArrayList<>();
    List<String> unpeopled = new ArrayList<>();
    for (ForcePeers.Member m : force.members()) {
      Optional<PeerPopulation> people =
          PeerPopulation.of(
                  residents.population(), residents.lookup(), residents.bridge(), m.name())
              .filter(p -> p.population() > 0);
      if (people.isEmpty() && Names.same(m.name(), area)) {
        // The area itself without residents: the error naming the population file.
        PeerGroup.residents(m.name(), residents);
      }
      if (people.isEmpty()) {
        // A neighbour's edge outside the population file (a London file, a Surrey authority)
        // must not stop the ranking; a true partnership left out this way is named below.
        unpeopled.add(String.format(Locale.UK, "%s (%,d rows)", m.name(), m.forceRows()));
        continue;
      }
      PeerGroup.Member as = new PeerGroup.Member(m.name(), m.counts(), people.get(), false);
      Long crimes = PeerFigures.sum(as, PeerFigures.crime(as), twelve.now().months());
      double rate =
          crimes == null ? Double.NaN : crimes * PeerFigures.PER / people.get().population();
      if (crimes != null && rate < FLOOR && !Names.same(m.name(), area)) {
        edges.add(String.format(Locale.UK, "%s %,d (%.2f)", m.name(), crimes, rate));
      } else {
        kept.add(m);
      }
    }
    if (!unpeopled.isEmpty()) {
      notes.add(
          "Not peers, no residents in "
              + residents.population().file()
              + ": "
              + String.join(", ", unpeopled)
              + " — give a --population file that covers them to rank them.");
    }
    if (!edges.isEmpty()) {
      notes.add(
          String.format(
              Locale.UK,
              "Not peers, the edge of neighbouring forces' areas whose own files are not in the"
                  + " inputs: %s holds most of their rows here, but they are under %.0f crimes per"
                  + " 1,000 residents in the 12 months (crimes, per 1,000): %s.",
              force.force(),
              FLOOR,
              String.join(", ", edges)));
    }
    return new Partnerships(List.copyOf(kept), List.copyOf(notes));
  }
}
