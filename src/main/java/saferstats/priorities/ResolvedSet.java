package saferstats.priorities;

import java.util.List;

/** A priority set read against the inputs: what each priority takes, and whether totals add up. */
public record ResolvedSet(
    String name, List<ResolvedPriority> priorities, boolean notAdditive, List<String> notes) {
  public List<ResolvedPriority> measurable() {
    return priorities.stream().filter(ResolvedPriority::measurable).toList();
  }

  public List<ResolvedPriority> unmeasurable() {
    return priorities.stream().filter(p -> !p.measurable()).toList();
  }
}
