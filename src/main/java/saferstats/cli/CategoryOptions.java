package saferstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import saferstats.load.LoadedArea;
import saferstats.model.InputKind;
import saferstats.model.MpsCategories;
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

  @Option(
      names = "--all-categories",
      description =
          "Show source categories with no crimes in either 12-month window too (retired MPS"
              + " minors); by default they are counted in a note and left out of tables.")
  boolean allCategories;

  /** A priority file given as --categories, for the check that no output replaces it. */
  OutputClashes readBy(OutputClashes clashes) {
    return categories != null && Files.isRegularFile(Path.of(categories))
        ? clashes.file("--categories", Path.of(categories))
        : clashes;
  }

  /**
   * The chosen set (or the area's default) read against the area's categories. Local records take
   * the set's {@code records} mappings when it has any, else each tidied category as a priority of
   * its own; other sources fall back to their categories as published when the set is unknown.
   */
  ResolvedSet resolve(LoadedArea area) {
    String name = name(area);
    InputKind kind = area.kind();
    Set<String> present = area.context().categories();
    return Presets.shipped()
        .load(name)
        .filter(set -> !area.categoriesWhenUnmapped() || maps(set, kind))
        .map(set -> new PriorityResolver(MpsCategories.shipped()).resolve(set, kind, present))
        .orElseGet(() -> PriorityResolver.source(present));
  }

  /**
   * The area's priority set read against another kind of input's categories (MPS tables after
   * --compare); the source set, which maps nothing, reads as no priorities.
   */
  ResolvedSet resolve(LoadedArea area, InputKind kind, Set<String> present) {
    String name = name(area);
    return Presets.shipped()
        .load(name)
        .map(set -> new PriorityResolver(MpsCategories.shipped()).resolve(set, kind, present))
        .orElseGet(() -> new ResolvedSet(name, List.of(), false, List.of()));
  }

  private String name(LoadedArea area) {
    return categories != null ? categories : area.defaultPreset();
  }

  private static boolean maps(PrioritySet set, InputKind kind) {
    return set.priorities().stream().anyMatch(p -> !p.mappingsFor(kind).isEmpty());
  }
}
