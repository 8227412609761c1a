package saferstats.cli;

import java.util.Set;
import picocli.CommandLine.Option;
import saferstats.model.MpsCategories;
import saferstats.priorities.InputKind;
import saferstats.priorities.Presets;
import saferstats.priorities.PriorityResolver;
import saferstats.priorities.PrioritySet;
import saferstats.priorities.ResolvedSet;

/** --categories: which priority set to report on. */
public final class CategoryOptions {
  @Option(
      names = "--categories",
      paramLabel = "PRESET|FILE",
      description =
          "Priority set: source, police-uk, mopac7, london-2019, csp-2023, serious-violence, or a"
              + " priority file (default: police-uk for police.uk inputs, source for MPS tables;"
              + " see saferstats categories).")
  String categories;

  /**
   * The chosen set read against the categories of local record extracts: its {@code records}
   * mappings when it has any, else each tidied category as a priority of its own.
   */
  ResolvedSet resolveRecords(Set<String> present) {
    String name = categories != null ? categories : "police-uk";
    return Presets.shipped()
        .load(name)
        .filter(
            set ->
                set.priorities().stream()
                    .anyMatch(p -> !p.mappingsFor(InputKind.RECORDS).isEmpty()))
        .map(
            set ->
                new PriorityResolver(MpsCategories.shipped())
                    .resolve(set, InputKind.RECORDS, present))
        .orElseGet(() -> PriorityResolver.source(present));
  }

  /** The chosen set read against the categories present in inputs of {@code kind}. */
  ResolvedSet resolve(InputKind kind, Set<String> present) {
    String name =
        categories != null ? categories : kind == InputKind.MPS ? Presets.SOURCE : "police-uk";
    MpsCategories mps = MpsCategories.shipped();
    return Presets.shipped()
        .load(name)
        .map((PrioritySet set) -> new PriorityResolver(mps).resolve(set, kind, present))
        .orElseGet(() -> PriorityResolver.source(present));
  }
}
