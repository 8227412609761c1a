package saferstats.priorities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import saferstats.model.InputKind;
import saferstats.model.MpsCategories;
import saferstats.mps.DashboardNames;

/** Reads a priority set against the categories the inputs hold (SPEC 2: honest mapping). */
public final class PriorityResolver {
  private final MpsCategories mps;

  public PriorityResolver(MpsCategories mps) {
    this.mps = mps;
  }

  /** Each category as published, one priority each. */
  public static ResolvedSet source(Set<String> categories) {
    List<ResolvedPriority> list = new ArrayList<>();
    for (String c : new TreeSet<>(categories)) {
      list.add(new ResolvedPriority(c, null, true, false, null, Set.of(c), null));
    }
    return new ResolvedSet(Presets.SOURCE, list, false, List.of());
  }

  public ResolvedSet resolve(PrioritySet set, InputKind kind, Set<String> categories) {
    return resolve(set, Map.of(kind, categories));
  }

  /**
   * The set read against the categories of each kind of input the area's figures hold ({@code
   * present}, the main kind first: MPS tables, then the dashboard beside them): a priority is
   * measured by the mappings of every kind present.
   */
  public ResolvedSet resolve(PrioritySet set, Map<InputKind, Set<String>> present) {
    InputKind kind = present.keySet().iterator().next();
    List<ResolvedPriority> resolved = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Priority p : set.priorities()) {
      ResolvedPriority r = resolve(p, present);
      if (r.measurable() && r.categories().isEmpty() && onlyLegacy(p, kind)) {
        notes.add(p.name() + ": a legacy series with no rows in these inputs, left out.");
        continue;
      }
      resolved.add(r);
    }
    boolean notAdditive = sharesCategories(resolved);
    if (notAdditive) {
      notes.add(
          "Priority totals are not additive: some source categories count towards more than one"
              + " priority.");
    }
    return new ResolvedSet(set.name(), resolved, notAdditive, notes);
  }

  private ResolvedPriority resolve(Priority p, Map<InputKind, Set<String>> present) {
    InputKind kind = present.keySet().iterator().next();
    List<Mapping> mine = present.keySet().stream().flatMap(k -> p.mappingsFor(k).stream()).toList();
    List<Mapping> measuring = mine.stream().filter(m -> m.match() != Match.UNMEASURABLE).toList();
    if (measuring.isEmpty()) {
      return new ResolvedPriority(
          p.name(), p.group(), false, false, null, Set.of(), needs(p, mine, kind));
    }
    // A kind of input with no category at all beside one with some was not read (the dashboard
    // alone, no MPS table): a priority measured only through it is not measured here, not zero.
    List<InputKind> unread =
        measuring.stream()
            .map(Mapping::input)
            .distinct()
            .filter(k -> present.get(k).isEmpty())
            .toList();
    if (unread.size() == measuring.stream().map(Mapping::input).distinct().count()
        && present.values().stream().anyMatch(c -> !c.isEmpty())) {
      return new ResolvedPriority(
          p.name(), p.group(), false, false, null, Set.of(), unreadNeeds(unread, present));
    }
    Set<String> taken = new TreeSet<>();
    List<Mapping> approximate = new ArrayList<>();
    for (Mapping m : measuring) {
      List<String> hits =
          present.get(m.input()).stream().filter(c -> matches(m.input(), m.category(), c)).toList();
      taken.addAll(hits);
      if (m.match() == Match.APPROXIMATE && !hits.isEmpty()) {
        approximate.add(m);
      }
    }
    // A dashboard mapping's note is written for the priority with the tables beside it; the
    // tables' note for the tables alone ("domestic abuse needs the dashboard"), which it then
    // contradicts: the dashboard's replaces it.
    boolean dashboardNote =
        approximate.stream()
            .anyMatch(m -> m.input() == InputKind.MPS_DASHBOARD && m.note() != null);
    // That note is false when the dashboard is read without the tables' part beside it ("sexual
    // offences (MPS tables) and …" with no sexual offence counted): say what was counted and what
    // is missing instead.
    List<Mapping> missing =
        dashboardNote
            ? measuring.stream()
                .filter(m -> m.input() != InputKind.MPS_DASHBOARD)
                .filter(
                    m ->
                        present.getOrDefault(m.input(), Set.of()).stream()
                            .noneMatch(c -> matches(m.input(), m.category(), c)))
                .toList()
            : List.of();
    List<String> approxNotes =
        !missing.isEmpty()
            ? List.of(dashboardAlone(taken, missing))
            : approximate.stream()
                .filter(m -> !(dashboardNote && m.input() == InputKind.MPS))
                .map(m -> m.note() == null ? m.category() + " is approximate" : m.note())
                .toList();
    return new ResolvedPriority(
        p.name(),
        p.group(),
        true,
        !approxNotes.isEmpty(),
        ResolvedPriority.join(approxNotes),
        taken,
        null);
  }

  /**
   * "Domestic Abuse/Domestic Abuse violence with injury only (MPS Monthly Crime Dashboard): its
   * Sexual Offences/* part, from the MPS tables, is not in these inputs, so it is left out".
   */
  private static String dashboardAlone(Set<String> taken, List<Mapping> missing) {
    return String.join(", ", taken)
        + " only (MPS Monthly Crime Dashboard): the priority's "
        + String.join(", ", missing.stream().map(Mapping::category).distinct().toList())
        + " part, from the "
        + (missing.stream().allMatch(m -> m.input() == InputKind.MPS)
            ? "MPS tables"
            : "other inputs it maps")
        + ", is not in these inputs, so it is left out (give the MPS tables beside the dashboard)";
  }

  /**
   * "the MPS tables (the MPS Monthly Crime Dashboard, read here without them, holds none of its
   * categories)".
   */
  private static String unreadNeeds(List<InputKind> unread, Map<InputKind, Set<String>> present) {
    boolean dashboardAlone =
        present.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .allMatch(e -> e.getKey() == InputKind.MPS_DASHBOARD);
    return String.join(
            " or ",
            unread.stream()
                .map(k -> k == InputKind.MPS ? "the MPS tables" : k.id() + " inputs")
                .toList())
        + (dashboardAlone
            ? " (the MPS Monthly Crime Dashboard, read here without them, holds none of its"
                + " categories)"
            : " (these inputs hold none of its categories)");
  }

  private static String needs(Priority p, List<Mapping> mine, InputKind kind) {
    return mine.stream()
        .map(Mapping::note)
        .filter(n -> n != null)
        .findFirst()
        .orElse("a mapping for " + kind.id() + " inputs: this priority set has none");
  }

  private boolean matches(InputKind kind, String pattern, String category) {
    return switch (kind) {
      case MPS -> mps.matches(pattern, category);
      case MPS_DASHBOARD ->
          java.util.Objects.equals(DashboardNames.keyOf(pattern), DashboardNames.keyOf(category));
      default -> pattern.strip().toLowerCase(Locale.ROOT).equals(category.toLowerCase(Locale.ROOT));
    };
  }

  private static boolean onlyLegacy(Priority p, InputKind kind) {
    return kind == InputKind.POLICE_UK
        && p.mappingsFor(kind).stream()
            .allMatch(m -> KnownCategories.POLICE_UK_LEGACY.contains(m.category()));
  }

  private static boolean sharesCategories(List<ResolvedPriority> resolved) {
    Map<String, Integer> uses = new HashMap<>();
    resolved.forEach(r -> r.categories().forEach(c -> uses.merge(c, 1, Integer::sum)));
    return uses.values().stream().anyMatch(n -> n > 1);
  }
}
