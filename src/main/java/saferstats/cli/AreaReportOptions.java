package saferstats.cli;

import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import saferstats.analysis.Trends;
import saferstats.analysis.TrendsReport;
import saferstats.area.AreaLookup;
import saferstats.harm.HarmBasis;
import saferstats.ingest.result.Selection;
import saferstats.load.CompareInput;
import saferstats.load.LoadedArea;
import saferstats.load.Loader;
import saferstats.model.Month;
import saferstats.priorities.ResolvedSet;

/** What trends and quarterly share: inputs, area, end month, priorities, population. */
public final class AreaReportOptions {
  @Mixin InputOptions input;

  @ArgGroup(exclusive = true, multiplicity = "1", heading = "Area (one of):%n")
  InputOptions.Where where;

  @Option(
      names = "--end",
      paramLabel = "YYYY-MM",
      converter = MonthConverter.class,
      description =
          "Last month of every window (default: the latest month with data for the area's force).")
  Month end;

  @Mixin CategoryOptions categories;

  @Mixin SupportOptions support;

  /**
   * The inputs read and loaded for an area: what every area command starts from.
   *
   * @param set the priority set read against the area's categories
   * @param besideSet the set read against local records given beside the main source, or null
   */
  record Loaded(LoadedArea area, ResolvedSet set, ResolvedSet besideSet) {}

  /**
   * Every file the command will read, the --compare inputs among them: outputs are checked against
   * them before anything is read.
   */
  OutputClashes clashes(CompareOptions compare) {
    OutputClashes clashes = new OutputClashes();
    input.readBy(clashes);
    support.readBy(clashes);
    categories.readBy(clashes);
    return compare == null ? clashes : compare.readBy(clashes);
  }

  /** The selection, with a local-authority code turned into its name through --lookup. */
  Selection selection() {
    Selection selection = where.selection().orElseThrow();
    AreaLookup lookup = support.lookup();
    if (selection instanceof Selection.Area a && lookup != null) {
      return lookup.authorityName(a.name()).<Selection>map(Selection.Area::new).orElse(selection);
    }
    return selection;
  }

  Loaded load() {
    Selection selection = selection();
    LoadedArea area =
        Loader.load(Reading.read(input, selection), selection, Optional.ofNullable(end));
    ResolvedSet besideSet = area.beside().map(r -> categories.resolve(r)).orElse(null);
    return new Loaded(area, categories.resolve(area), besideSet);
  }

  /** The trends of the loaded area, against {@code compare} when given (else its own force). */
  TrendsReport trends(Loaded l, CompareInput compare) {
    return trends(l, compare, null);
  }

  /** {@link #trends(Loaded, CompareInput)}, each priority with its harm by {@code harm}. */
  TrendsReport trends(Loaded l, CompareInput compare, HarmBasis harm) {
    return Trends.report(
        l.area(),
        l.set(),
        l.besideSet(),
        support.population(l.area().context(), l.area().selection().name()),
        compare,
        categories.allCategories,
        support.lookup(),
        harm);
  }

  /** The totals of {@code --compare}, read the way the area\'s inputs are; null without it. */
  CompareInput compare(Loaded l, CompareOptions options) {
    return options.load(l, input, categories);
  }
}
