package saferstats.cli;

import java.util.List;
import picocli.CommandLine.Option;
import saferstats.ingest.result.Selection;
import saferstats.load.CompareInput;
import saferstats.load.CompareLoader;

/**
 * {@code --compare}: another force's street files, or MPS tables, whose totals become the
 * comparator.
 */
public final class CompareOptions {
  @Option(
      names = "--compare",
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Another force's police.uk street files (files, folders, globs, zips), or MPS borough"
              + " (or ward) tables summed over London, whose totals, read through the same"
              + " priorities and windows, become the comparator instead of the area's own force:"
              + " for a single-area force such as the City of London, whose rest of force is"
              + " smaller than the area.")
  List<String> inputs;

  /** The --compare inputs, for the check that no output replaces one. */
  OutputClashes readBy(OutputClashes clashes) {
    return clashes.inputs(inputs);
  }

  /** The compare input's totals, or null without {@code --compare}. */
  CompareInput load(AreaReportOptions.Loaded area, InputOptions like, CategoryOptions categories) {
    if (inputs == null) {
      return null;
    }
    return CompareLoader.load(
        Reading.read(inputs, like, new Selection.None()),
        area.area().context(),
        categories.name(area.area()));
  }

  /** How sentences name the comparator: the compare input, or the area's own. */
  String word(AreaReportOptions.Loaded area, CompareInput compare) {
    return compare == null ? area.area().comparatorWord() : compare.word();
  }
}
