package saferstats.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import saferstats.area.PeerLine;
import saferstats.load.ForcePeers;
import saferstats.load.LoadedArea;
import saferstats.load.MpsPeers;
import saferstats.model.InputKind;
import saferstats.model.Month;
import saferstats.model.UserError;
import saferstats.model.WindowPair;
import saferstats.mps.MpsData;
import saferstats.priorities.Crosswalk;
import saferstats.priorities.KnownCategories;
import saferstats.priorities.ResolvedPriority;
import saferstats.priorities.ResolvedSet;
import saferstats.stats.ChangeRanks;
import saferstats.stats.FunnelPlot;
import saferstats.stats.RankIntervals;

/**
 * {@code saferstats benchmark} (SPEC 4.7): the area among its peers, per priority and for all
 * crime, over the 12 months to the end month.
 */
public final class Benchmark {
  /** The row beside the priorities: every category. */
  public static final String ALL_CRIME = "All crime";

  public static final String RESIDENT_DENOMINATOR = PriorityTrend.RESIDENT_DENOMINATOR;
  static final String POPULATION_VINTAGE = "population-vintage";
  static final String OTHER_SOURCE = "other-source";

  /** Months between the estimate (mid-year) and the data beyond which the vintage is flagged. */
  private static final int VINTAGE_MONTHS = 24;

  private Benchmark() {}

  /**
   * @param lines the {@code --peers} file's areas, or null for London's boroughs
   * @param compare the MPS tables given with {@code --compare} when the area's own inputs are not
   *     MPS tables (the City of London's police.uk files), else null: the area is then compared
   *     with London's boroughs on change
   */
  public static BenchmarkReport report(
      LoadedArea loaded,
      ResolvedSet set,
      List<PeerLine> lines,
      PeerResidents residents,
      MpsData compare) {
    WindowPair twelve = loaded.context().windows().twelve();
    Optional<MpsData> own = loaded.mpsTables();
    if (own.isEmpty() && compare == null && lines == null && loaded.kind() == InputKind.POLICE_UK) {
      return partnerships(loaded, set, residents, twelve);
    }
    MpsData tables =
        own.or(() -> Optional.ofNullable(compare))
            .orElseThrow(
                () ->
                    UserError.input(
                        "benchmark ranks London's boroughs from the MPS borough tables; these"
                            + " inputs are not MPS tables",
                        "give the MPS Borough Level Crime tables, or add them with --compare to"
                            + " compare this area with London's boroughs on change (without"
                            + " --peers, police.uk files rank the area among its force's"
                            + " community safety partnerships)"));
    MpsPeers.Group london =
        MpsPeers.boroughs(tables, twelve, own.isPresent() ? loaded.inputs().dashboard() : null);
    PeerGroup group =
        PeerGroup.of(
            london,
            loaded.selection().name(),
            own.isPresent() ? null : loaded.context().counts(),
            lines,
            residents);
    Integer year = year(group, residents);
    List<List<String>> flags = flags(group, twelve, year);
    String populationWords = populationWords(year, residents);
    List<BenchmarkReport.Priority> priorities = new ArrayList<>();
    List<String> crossNotes = new ArrayList<>();
    if (own.isPresent()) {
      priorities.add(
          priority(ALL_CRIME, allCategories(group), null, group, twelve, flags, populationWords));
      for (ResolvedPriority p : set.measurable()) {
        List<String> dashboard =
            p.categories().stream().filter(KnownCategories::isDashboard).toList();
        if (!dashboard.isEmpty() && !london.withDashboard()) {
          priorities.add(notInTheTables(group, p.name(), dashboard));
          continue;
        }
        priorities.add(
            priority(p.name(), p.categories(), null, group, twelve, flags, populationWords));
      }
    } else {
      GuestFigures guest = new GuestFigures(group, Crosswalk.shipped());
      priorities.add(
          priority(
              ALL_CRIME,
              guest.allCrime(),
              guest.ownCrime(),
              group,
              twelve,
              flags,
              populationWords));
      for (ResolvedPriority p : set.measurable()) {
        Optional<Set<String>> boroughs = guest.crossed(p.categories());
        if (boroughs.isEmpty()) {
          priorities.add(guest.uncrossed(p.name(), p.categories()));
          continue;
        }
        priorities.add(
            priority(
                p.name(), boroughs.get(), p.categories(), group, twelve, flags, populationWords));
      }
      crossNotes.addAll(guest.notes());
    }
    List<String> notes = new ArrayList<>(group.notes());
    notes.addAll(crossNotes);
    notes.addAll(notes(year, residents, flags, group, twelve));
    return result(
        loaded, set, residents, twelve, group.area(), group.label(), year, notes, priorities);
  }

  private static BenchmarkReport result(
      LoadedArea loaded,
      ResolvedSet set,
      PeerResidents residents,
      WindowPair twelve,
      String area,
      String label,
      Integer year,
      List<String> notes,
      List<BenchmarkReport.Priority> priorities) {
    List<String> all = new ArrayList<>(notes);
    all.addAll(set.notes());
    return new BenchmarkReport(
        "benchmark",
        area,
        label,
        twelve.now().to(),
        twelve.now().from(),
        new BenchmarkReport.PopulationSource(residents.population().file(), year),
        set.name(),
        all,
        loaded.inputs().files().stream().map(InputSummary::of).toList(),
        priorities);
  }

  /** Where a priority not ranked for its dashboard categories comes from, as its sentence says. */
  static final String FROM_DASHBOARD = "from the MPS Monthly Crime Dashboard";

  /**
   * A police.uk area among its force's community safety partnerships (SPEC 4.7): every priority's
   * categories are the area's own, so no crosswalk stands between it and its peers. A force with
   * one partnership has no peers within it: said, with where a comparison can be found, and no
   * ranking.
   */
  private static BenchmarkReport partnerships(
      LoadedArea loaded, ResolvedSet set, PeerResidents residents, WindowPair twelve) {
    ForcePeers.Group force =
        ForcePeers.of(
            loaded.inputs(), loaded.context().force(), loaded.context().counts().coverage());
    Partnerships csps = Partnerships.of(force, loaded.selection().name(), residents, twelve);
    if (csps.kept().size() < 2) {
      List<String> notes = new ArrayList<>();
      notes.add(noPeersWithin(force.force(), csps));
      notes.addAll(csps.notes());
      return result(
          loaded,
          set,
          residents,
          twelve,
          loaded.selection().name(),
          PeerGroup.partnershipsLabel(force.force(), csps.kept().size()),
          null,
          notes,
          List.of());
    }
    if (loaded.wholeForce()) {
      throw UserError.usage(
          "benchmark ranks an area among "
              + PeerGroup.partnershipsLabel(force.force(), csps.kept().size())
              + ", and --force asks for the whole force",
          "give --area one of: "
              + String.join(", ", csps.kept().stream().map(ForcePeers.Member::name).toList()));
    }
    PeerGroup group = PeerGroup.partnerships(force, csps, loaded.selection().name(), residents);
    Integer year = year(group, residents);
    List<List<String>> flags = flags(group, twelve, year);
    String populationWords = populationWords(year, residents);
    List<BenchmarkReport.Priority> priorities = new ArrayList<>();
    priorities.add(
        priority(ALL_CRIME, allCategories(group), null, group, twelve, flags, populationWords));
    for (ResolvedPriority p : set.measurable()) {
      priorities.add(
          priority(p.name(), p.categories(), null, group, twelve, flags, populationWords));
    }
    List<String> notes = new ArrayList<>(group.notes());
    notes.addAll(notes(year, residents, flags, group, twelve));
    return result(
        loaded, set, residents, twelve, group.area(), group.label(), year, notes, priorities);
  }

  /** Why a force with one partnership ranks nothing, and where a comparison can be had. */
  static String noPeersWithin(String force, Partnerships csps) {
    String named =
        csps.kept().isEmpty()
            ? " has no community safety partnership in these inputs"
            : " has one community safety partnership in these inputs ("
                + csps.kept().get(0).name()
                + ")";
    return "No peers within the force: "
        + force
        + named
        + ", so there is no other partnership of the force to rank it among. Compare it with"
        + " London's boroughs on change with --compare <MPS borough tables> (benchmark's --peers"
        + " FILE chooses among them).";
  }

  private static Integer year(PeerGroup group, PeerResidents residents) {
    return residents.population().entries().isEmpty() ? null : firstYear(group);
  }

  /**
   * A priority counted in part or whole from the MPS Monthly Crime Dashboard: the peers' figures
   * come from the borough tables, which hold none of the dashboard's subgroups, so a rate among
   * them would rank a different measure (VAWG's funnel would be its sexual offences alone).
   */
  private static BenchmarkReport.Priority notInTheTables(
      PeerGroup group, String name, List<String> dashboard) {
    return new BenchmarkReport.Priority(
        name,
        null,
        null,
        null,
        null,
        null,
        group.area()
            + " is not ranked among "
            + group.label()
            + " on "
            + name
            + ": "
            + String.join(", ", dashboard)
            + " come"
            + (dashboard.size() == 1 ? "s" : "")
            + " "
            + FROM_DASHBOARD
            + ", which does not cover every month of the 12 months compared (or was not read beside"
            + " the MPS borough tables), so the peers' counts of it would be short.",
        List.of());
  }

  private static BenchmarkReport.Priority priority(
      String name,
      Set<String> categories,
      Set<String> guestCategories,
      PeerGroup group,
      WindowPair twelve,
      List<List<String>> flags,
      String populationWords) {
    PeerFigures.Result r =
        PeerFigures.of(group.members(), categories, guestCategories, twelve, flags);
    FunnelPlot.Result fit = r.fit();
    String comparator = londonChange(group, categories, twelve);
    return new BenchmarkReport.Priority(
        name,
        fit == null ? null : PeerFigures.round(fit.pooledRate()),
        fit == null ? null : fit.dispersion(),
        fit == null ? null : fit.tau2(),
        fit == null ? null : method(fit),
        r.change() == null ? null : changeMethod(r.change()),
        BenchmarkSentence.of(
            group.area(), name, group.label(), r.places(), fit, populationWords, comparator),
        r.places());
  }

  /** The method in words, as the output states it beside φ and τ². */
  static String method(FunnelPlot.Result fit) {
    String phi =
        String.format(
            Locale.UK,
            "φ = %.2f from z-scores winsorised 10 %% at each end; rank intervals from %,d seeded"
                + " simulations",
            fit.dispersion(),
            RankIntervals.DRAWS);
    return fit.method() == FunnelPlot.Method.RANDOM_EFFECTS
        ? "random effects: over-dispersed, so limits from the additive random-effects model, τ² by"
            + " DerSimonian–Laird ("
            + phi
            + ")"
        : "poisson: no over-dispersion (I·φ within the χ² 95 % point), so Poisson limits ("
            + phi
            + ")";
  }

  /** How the change ranks were made, as the output states it. */
  static String changeMethod(ChangeRanks.Result change) {
    return String.format(
        Locale.UK,
        "change ranks (1 = the largest fall): log ratio of the two 12-month counts, Poisson"
            + " sampling variance, between-peer τ² = %.4g by DerSimonian–Laird (peers of the same"
            + " source only), 95 %% intervals from %,d seeded simulations",
        change.tau2(),
        RankIntervals.DRAWS);
  }

  /** ", against +2.1 % for the peers together", or nothing when that cannot be said. */
  private static String londonChange(PeerGroup group, Set<String> categories, WindowPair twelve) {
    long now = 0;
    long before = 0;
    for (PeerGroup.Member m : group.members()) {
      if (m.guest()) {
        continue;
      }
      Long a = PeerFigures.sum(m, categories, twelve.now().months());
      Long b = PeerFigures.sum(m, categories, twelve.yearEarlier().months());
      if (a == null || b == null) {
        return "";
      }
      now += a;
      before += b;
    }
    return before < 10
        ? ""
        : String.format(
                Locale.UK,
                ", against %+.1f %% for %s together",
                100.0 * (now - before) / before,
                group.label().replaceFirst("^the ", ""))
            + (group.spliced()
                ? " (their months are spliced from two MPS releases: see the release-splice note)"
                : "");
  }

  static Set<String> allCategories(PeerGroup group) {
    Set<String> all = new LinkedHashSet<>();
    group.members().stream()
        .filter(m -> !m.guest())
        .forEach(m -> all.addAll(m.counts().categories()));
    // Police.uk partnerships' rows carry anti-social behaviour, which is no crime (the MPS tables
    // have none).
    all.removeIf(c -> c.equalsIgnoreCase(OutcomeShares.ASB));
    // The dashboard's subgroups count crimes the tables' categories already hold (domestic abuse,
    // hate crime, knife crime cut across them): all crime is the tables' alone.
    all.removeIf(KnownCategories::isDashboard);
    return all;
  }

  /** Per member: resident-denominator (SPEC 4.5) and the population's vintage. */
  private static List<List<String>> flags(PeerGroup group, WindowPair twelve, Integer year) {
    Set<String> all = allCategories(group);
    boolean old = year != null && vintageMonths(year, twelve) > VINTAGE_MONTHS;
    List<List<String>> out = new ArrayList<>();
    for (PeerGroup.Member m : group.members()) {
      List<String> f = new ArrayList<>();
      Long crimes =
          PeerFigures.sum(m, m.guest() ? PeerFigures.crime(m) : all, twelve.now().months());
      long people = m.population().population();
      if (crimes != null && crimes * 1000.0 / people > AreaPopulation.RESIDENT_LIMIT) {
        f.add(RESIDENT_DENOMINATOR);
      }
      if (old) {
        f.add(POPULATION_VINTAGE);
      }
      if (m.guest()) {
        f.add(OTHER_SOURCE);
      }
      out.add(List.copyOf(f));
    }
    return out;
  }

  /** Months from the estimate's reference month (June) to the nearest month of the window. */
  static int vintageMonths(int year, WindowPair twelve) {
    Month mid = Month.of(year, 6);
    Month from = twelve.now().from();
    Month to = twelve.now().to();
    if (mid.isBefore(from)) {
      return mid.monthsThrough(from) - 1;
    }
    return mid.isAfter(to) ? to.monthsThrough(mid) - 1 : 0;
  }

  private static Integer firstYear(PeerGroup group) {
    return group.members().stream()
        .map(m -> m.population().year())
        .filter(y -> y != null)
        .findFirst()
        .orElse(null);
  }

  private static String populationWords(Integer year, PeerResidents residents) {
    return year == null ? "population of unknown year" : "mid-" + year + " population";
  }

  private static List<String> notes(
      Integer year,
      PeerResidents residents,
      List<List<String>> flags,
      PeerGroup group,
      WindowPair twelve) {
    List<String> notes = new ArrayList<>();
    String file = residents.population().file();
    if (year == null) {
      notes.add(
          "Population from "
              + file
              + " of unknown year (the file has no year column"
              + residents
                  .population()
                  .yearInFileName()
                  .map(y -> "; its name suggests " + y)
                  .orElse("")
              + "): give --population-year so its vintage can be checked against the data.");
    } else {
      int gap = vintageMonths(year, twelve);
      notes.add(
          "Population: mid-"
              + year
              + " estimates from "
              + file
              + (gap > VINTAGE_MONTHS
                  ? "; population-vintage: "
                      + gap
                      + " months from the data's months, more than two years, so rates carry"
                      + " the growth or fall in residents since"
                  : "")
              + ".");
    }
    List<String> flagged = new ArrayList<>();
    for (int i = 0; i < flags.size(); i++) {
      if (flags.get(i).contains(RESIDENT_DENOMINATOR)) {
        flagged.add(group.members().get(i).name());
      }
    }
    if (!flagged.isEmpty()) {
      notes.add(
          "resident-denominator: "
              + String.join(", ", flagged)
              + " — all crime above "
              + Math.round(AreaPopulation.RESIDENT_LIMIT)
              + " per 1,000 residents; workers and visitors are the population at risk, so compare"
              + " on change (changePct), not rate.");
    }
    notes.add(
        "Funnel plot (Spiegelhalter 2005): rates against population, 95 % and 99.8 % limits around"
            + " the pooled rate (normal approximation); rank 1 is the lowest rate.");
    return notes;
  }
}
