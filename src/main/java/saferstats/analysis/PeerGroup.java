package saferstats.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import saferstats.area.AreaLookup;
import saferstats.area.PeerLine;
import saferstats.load.ClosestNames;
import saferstats.load.ForcePeers;
import saferstats.load.MonthlyCounts;
import saferstats.load.MpsPeers;
import saferstats.model.Names;
import saferstats.model.UserError;

/**
 * The peers an area is compared with, each with its counts and residents: London's boroughs, or the
 * areas a {@code --peers} file lists (the area itself added when the list leaves it out, as a Most
 * Similar Group list does). A peer the data or the population file does not have is an error naming
 * the file and line: a group silently short of a member would rank the area wrongly.
 */
record PeerGroup(
    String label, String area, List<Member> members, List<String> notes, boolean spliced) {

  /**
   * One peer. A guest is the area itself read from another source (police.uk street files beside
   * London's MPS tables): its counts are not the tables' and its categories are not theirs, so it
   * is compared on all crime's change only, never ranked among them.
   */
  record Member(String name, MonthlyCounts counts, PeerPopulation population, boolean guest) {}

  static PeerGroup of(
      MpsPeers.Group london, String area, List<PeerLine> lines, PeerResidents residents) {
    return of(london, area, null, lines, residents);
  }

  /**
   * The group with {@code guest} (the area's own counts from another source, or null) beside
   * London's boroughs rather than among them.
   */
  static PeerGroup of(
      MpsPeers.Group london,
      String area,
      MonthlyCounts guest,
      List<PeerLine> lines,
      PeerResidents residents) {
    String home = guest == null ? find(london, area, null) : area;
    List<String> notes = new ArrayList<>();
    Map<String, PeerLine> chosen = new LinkedHashMap<>();
    if (lines == null) {
      london.peers().keySet().forEach(n -> chosen.put(n, null));
    } else {
      for (PeerLine l : lines) {
        chosen.putIfAbsent(find(london, l.area(), l, residents.lookup()), l);
      }
      if (guest == null && !chosen.containsKey(home)) {
        chosen.put(home, null);
        notes.add(home + " is not in " + lines.get(0).file() + ", so it was added to its peers.");
      }
    }
    List<Member> members = new ArrayList<>();
    chosen.forEach(
        (name, line) ->
            members.add(
                new Member(
                    name,
                    london.peers().get(name).counts(),
                    residents(name, line, residents),
                    false)));
    if (guest != null) {
      members.add(new Member(area, guest, residents(area, null, residents), true));
      notes.add(
          area
              + " is compared with "
              + (lines == null ? "London's " + london.peers().size() + " boroughs" : "its peers")
              + " on change, not rate (other-source): its figures come from its own police.uk"
              + " street files (anti-social behaviour is no crime), not the MPS tables, and each"
              + " figure is set beside the tables' categories only through the shipped police.uk ↔"
              + " MPS crosswalk (crosswalk-police-uk-mps.csv). London's boroughs on change are a"
              + " comparator that compares, unlike a single-area force's rest of force, which is"
              + " too small to compare with.");
    }
    String label =
        lines == null
            ? "London's " + london.peers().size() + " boroughs"
            : "the " + chosen.size() + " areas of " + lines.get(0).file();
    notes.add(
        "Peers: "
            + label
            + " (MPS borough tables; City of London and the pseudo-boroughs — airports, aviation"
            + " security, unknown — are not Met boroughs); counts from "
            + london.origin()
            + ".");
    if (london.splice() != null) {
      notes.add(
          london.splice()
              + " Changes across the splice compare two releases, not two years of one.");
    }
    return new PeerGroup(label, home, members, notes, london.splice() != null);
  }

  /**
   * A police.uk force's community safety partnerships (SPEC 4.7): the local authorities where it
   * holds most rows, {@code area} among them; each counted from every located street row in it, as
   * {@code --area} counts them.
   */
  static PeerGroup partnerships(
      ForcePeers.Group force, Partnerships csps, String area, PeerResidents residents) {
    String home =
        csps.kept().stream()
            .map(ForcePeers.Member::name)
            .filter(n -> Names.same(n, area))
            .findFirst()
            .orElseThrow(
                () ->
                    UserError.notCovered(
                        "--area '"
                            + area
                            + "' is not one of "
                            + owned(force.force())
                            + " community safety partnerships in the inputs",
                        "give --area one of: "
                            + String.join(
                                ", ", csps.kept().stream().map(ForcePeers.Member::name).toList())));
    List<Member> members = new ArrayList<>();
    for (ForcePeers.Member m : csps.kept()) {
      members.add(new Member(m.name(), m.counts(), residents(m.name(), residents), false));
    }
    String label = partnershipsLabel(force.force(), members.size());
    List<String> notes = new ArrayList<>();
    notes.add(
        "Peers: "
            + label
            + ": local authorities where it holds most rows of the forces in the inputs, at "
            + String.format(java.util.Locale.UK, "%.0f", Partnerships.FLOOR)
            + " crimes or more per 1,000 residents in the 12 months ("
            + String.join(", ", members.stream().map(Member::name).toList())
            + "); each counts every located street row in its LSOAs, whichever force published"
            + " it, as --area does; all crime is every category but anti-social behaviour, which"
            + " is no crime.");
    notes.addAll(csps.notes());
    return new PeerGroup(label, home, members, notes, false);
  }

  /** "the Metropolitan Police Service's 3 community safety partnerships". */
  static String partnershipsLabel(String force, int n) {
    return owned(force) + " " + n + " community safety partnership" + (n == 1 ? "" : "s");
  }

  private static String owned(String force) {
    return "the " + force + "'s";
  }

  /** One note per authority left out because another force holds most of its rows. */
  static List<String> leftOut(ForcePeers.Group force) {
    List<String> notes = new ArrayList<>();
    for (ForcePeers.Left l : force.left()) {
      notes.add(
          String.format(
              java.util.Locale.UK,
              "Not a peer: %s — %s holds most of its rows (%,d of %,d, %.1f %%); %s has %,d"
                  + " (%.1f %%).",
              l.name(),
              l.holder(),
              l.holderRows(),
              l.rows(),
              100.0 * l.holderRows() / l.rows(),
              force.force(),
              l.forceRows(),
              100.0 * l.forceRows() / l.rows()));
    }
    return notes;
  }

  private static String find(MpsPeers.Group london, String area, PeerLine line) {
    return find(london, area, line, null);
  }

  private static String find(MpsPeers.Group london, String area, PeerLine line, AreaLookup lookup) {
    String asked = lookup == null ? area : lookup.authorityName(area).orElse(area);
    for (String name : london.peers().keySet()) {
      if (Names.same(name, asked)) {
        return name;
      }
    }
    String where = line == null ? "--area" : line.where();
    throw UserError.notCovered(
        where + ": no borough '" + area + "' in the MPS borough tables",
        "did you mean "
            + String.join(
                ", ",
                ClosestNames.to(area, london.peers().keySet(), 3).stream()
                    .map(b -> "'" + b + "'")
                    .toList())
            + "? (benchmark compares London's boroughs; give names as the tables spell them)");
  }

  static PeerPopulation residents(String name, PeerResidents r) {
    return residents(name, null, r);
  }

  private static PeerPopulation residents(String name, PeerLine line, PeerResidents r) {
    Optional<PeerPopulation> p = PeerPopulation.of(r.population(), r.lookup(), r.bridge(), name);
    if (p.isEmpty() || p.get().population() <= 0) {
      String where =
          line == null ? "peer '" + name + "'" : line.where() + ": '" + line.area() + "'";
      throw UserError.notCovered(
          where + " has no population in " + r.population().file(),
          "give a --population file that covers "
              + name
              + " (its LSOAs or its own row)"
              + (line == null ? "" : ", or take it out of the peers file"));
    }
    return p.get();
  }
}
