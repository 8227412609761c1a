package saferstats.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import saferstats.load.MonthlyCounts;
import saferstats.model.InputKind;
import saferstats.model.WindowPair;
import saferstats.mps.DashboardNames;
import saferstats.priorities.KnownCategories;
import saferstats.priorities.ResolvedPriority;

/**
 * The parts of a priority that takes the MPS Monthly Crime Dashboard's subgroups, over the 12
 * months against the 12 before: one total over unlike parts (the tables' sexual offences and the
 * dashboard's DA violence with injury) can hide parts moving apart, and a dashboard subgroup is
 * part of a group whose total a reader may know better (domestic abuse in all).
 *
 * @param parts each part: a dashboard subgroup, or the tables' categories of one major group
 * @param wholes the total subgroup of each dashboard group the priority takes only part of, where
 *     the dashboard holds it; {@code counted} names the parts of it the priority takes
 */
public record PriorityParts(String priority, List<Part> parts, List<Whole> wholes) {

  /**
   * One part's counts; {@code current12}/{@code previous12} null when a month is missing, {@code
   * changePct} also under the small-numbers guard.
   */
  public record Part(
      String name,
      InputKind source,
      Set<String> categories,
      Long current12,
      Long previous12,
      Long change,
      Double changePct) {
    static Part of(String name, InputKind source, Set<String> cats, PairFigures f) {
      return new Part(
          name, source, cats, f.now().count(), f.yearEarlier().count(), f.change(), f.changePct());
    }
  }

  /** A dashboard group's total subgroup, and the subgroups of it the priority counts. */
  public record Whole(String group, Part total, List<String> counted) {}

  /**
   * The parts of each measurable priority taking a dashboard subgroup, where there is more than one
   * part or a group total to set beside it; {@code counts} the 12-month span's counts, {@code
   * tables} the kind of the area's other categories.
   */
  static List<PriorityParts> of(
      List<ResolvedPriority> priorities,
      MonthlyCounts counts,
      WindowPair twelve,
      InputKind tables) {
    List<PriorityParts> out = new ArrayList<>();
    for (ResolvedPriority p : priorities) {
      if (!p.measurable() || p.categories().stream().noneMatch(KnownCategories::isDashboard)) {
        continue;
      }
      List<Part> parts = parts(p.categories(), counts, twelve, tables);
      List<Whole> wholes = wholes(p.categories(), counts, twelve);
      if (parts.size() > 1 || !wholes.isEmpty()) {
        out.add(new PriorityParts(p.name(), parts, wholes));
      }
    }
    return out;
  }

  /**
   * A dashboard subgroup is a part of its own; the tables' {@code Major/Minor} categories are
   * grouped by major (sexual offences, not rape and other sexual offences apart); a category
   * without a major is a part of its own.
   */
  private static List<Part> parts(
      Set<String> categories, MonthlyCounts counts, WindowPair twelve, InputKind tables) {
    Map<String, Set<String>> byPart = new LinkedHashMap<>();
    Map<String, InputKind> kinds = new LinkedHashMap<>();
    for (String c : new TreeSet<>(categories)) {
      boolean dashboard = KnownCategories.isDashboard(c);
      String name = dashboard ? minor(c) : major(c);
      byPart.computeIfAbsent(name, k -> new TreeSet<>()).add(c);
      kinds.put(name, dashboard ? InputKind.MPS_DASHBOARD : tables);
    }
    List<Part> out = new ArrayList<>();
    // The tables' parts first, then the dashboard's, as the priority's notes read them.
    for (boolean dashboard : new boolean[] {false, true}) {
      byPart.forEach(
          (name, cats) -> {
            if ((kinds.get(name) == InputKind.MPS_DASHBOARD) == dashboard) {
              out.add(Part.of(name, kinds.get(name), cats, figures(counts, cats, twelve)));
            }
          });
    }
    return out;
  }

  private static List<Whole> wholes(
      Set<String> categories, MonthlyCounts counts, WindowPair twelve) {
    Map<String, List<String>> counted = new LinkedHashMap<>();
    for (String c : new TreeSet<>(categories)) {
      if (KnownCategories.isDashboard(c) && !isTotal(c)) {
        counted.computeIfAbsent(major(c), k -> new ArrayList<>()).add(minor(c));
      }
    }
    List<Whole> out = new ArrayList<>();
    counted.forEach(
        (group, minors) -> {
          String key = DashboardNames.key(group, group);
          counts.categories().stream()
              .filter(c -> Objects.equals(DashboardNames.keyOf(c), key))
              .findFirst()
              .filter(total -> !categories.contains(total))
              .ifPresent(
                  total ->
                      out.add(
                          new Whole(
                              group,
                              Part.of(
                                  group,
                                  InputKind.MPS_DASHBOARD,
                                  Set.of(total),
                                  figures(counts, Set.of(total), twelve)),
                              minors)));
        });
    return out;
  }

  private static PairFigures figures(MonthlyCounts counts, Set<String> cats, WindowPair twelve) {
    return PairFigures.of(new MonthlySeries(counts, cats), twelve);
  }

  /** The dashboard's total subgroup of a group is named as the group ("Hate crime/Hate crime"). */
  private static boolean isTotal(String category) {
    return Objects.equals(
        DashboardNames.keyOf(category), DashboardNames.key(major(category), major(category)));
  }

  private static String major(String category) {
    int at = category.indexOf(DashboardNames.SEPARATOR);
    return at < 0 ? category : category.substring(0, at);
  }

  private static String minor(String category) {
    int at = category.indexOf(DashboardNames.SEPARATOR);
    return at < 0 ? category : category.substring(at + 1);
  }
}
