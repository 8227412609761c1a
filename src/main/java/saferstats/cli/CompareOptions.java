package saferstats.cli;

import java.util.List;
import picocli.CommandLine.Option;
import saferstats.ingest.Selection;
import saferstats.load.CompareInput;

/** {@code --compare}: another force's street files whose totals become the comparator. */
public final class CompareOptions {
  @Option(
      names = "--compare",
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Another force's police.uk street files (files, folders, globs, zips) whose totals, read"
              + " through the same priorities and windows, become the comparator instead of the"
              + " area's own force: for a single-area force such as the City of London, whose rest"
              + " of force is smaller than the area.")
  List<String> inputs;

  /** The compare input's totals, or null without {@code --compare}. */
  CompareInput load(AreaReportOptions.Loaded area, InputOptions like) {
    if (inputs == null) {
      return null;
    }
    return CompareInput.of(
        Reading.read(inputs, like, new Selection.None()), area.area().context().force());
  }

  /** How sentences name the comparator: the compare input, or the area's own. */
  String word(AreaReportOptions.Loaded area, CompareInput compare) {
    return compare == null ? area.area().comparatorWord() : compare.word();
  }
}
