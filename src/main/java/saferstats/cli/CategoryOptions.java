package saferstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import saferstats.load.LoadedArea;
import saferstats.priorities.PriorityChoice;
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

  /** The chosen set (or the area's default) read against the area's categories. */
  ResolvedSet resolve(LoadedArea area) {
    return PriorityChoice.forArea(
        name(area), area.categoriesByKind(), area.categoriesWhenUnmapped());
  }

  /** The set asked for, else the area's default. */
  String name(LoadedArea area) {
    return categories != null ? categories : area.defaultPreset();
  }
}
