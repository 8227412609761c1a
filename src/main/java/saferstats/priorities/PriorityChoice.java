package saferstats.priorities;

import java.util.List;
import java.util.Map;
import java.util.Set;
import saferstats.model.InputKind;
import saferstats.model.MpsCategories;

/** Which priority set a report reads its categories through, and that set read against them. */
public final class PriorityChoice {
  private PriorityChoice() {}

  /**
   * The set {@code name} (a preset or a priority file) read against an area's {@code present}
   * categories of {@code kind}. When the set is unknown, or when {@code categoriesWhenUnmapped} and
   * it maps nothing for {@code kind} (local records: the council's own categories), each category
   * as published is a priority of its own.
   */
  public static ResolvedSet forArea(
      String name, InputKind kind, Set<String> present, boolean categoriesWhenUnmapped) {
    return forArea(name, Map.of(kind, present), categoriesWhenUnmapped);
  }

  /**
   * As {@link #forArea(String, InputKind, Set, boolean)}, for an area whose figures hold the
   * categories of several kinds of input (MPS tables and the dashboard): {@code present} by kind,
   * the main kind first.
   */
  public static ResolvedSet forArea(
      String name, Map<InputKind, Set<String>> present, boolean categoriesWhenUnmapped) {
    Set<String> all = new java.util.TreeSet<>();
    present.values().forEach(all::addAll);
    return Presets.shipped()
        .load(name)
        .filter(
            set -> !categoriesWhenUnmapped || present.keySet().stream().anyMatch(k -> maps(set, k)))
        .map(set -> new PriorityResolver(MpsCategories.shipped()).resolve(set, present))
        .orElseGet(() -> PriorityResolver.source(all));
  }

  /**
   * The set {@code name} read against another kind of input's categories (MPS tables after
   * --compare); the source set, which maps nothing, reads as no priorities.
   */
  public static ResolvedSet against(String name, InputKind kind, Set<String> present) {
    return Presets.shipped()
        .load(name)
        .map(set -> new PriorityResolver(MpsCategories.shipped()).resolve(set, kind, present))
        .orElseGet(() -> new ResolvedSet(name, List.of(), false, List.of()));
  }

  private static boolean maps(PrioritySet set, InputKind kind) {
    return set.priorities().stream().anyMatch(p -> !p.mappingsFor(kind).isEmpty());
  }
}
