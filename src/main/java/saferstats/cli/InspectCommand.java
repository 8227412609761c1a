package saferstats.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import saferstats.analysis.Inspection;
import saferstats.ingest.IngestResult;
import saferstats.ingest.Selection;
import saferstats.render.Renderer;

/** {@code saferstats inspect}: what is in the inputs. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Show what is in the inputs: per file its kind, force, month and rows read / kept / rejected / duplicates; per force its months and missing months; the areas and categories present; months supplied twice; the first rejected rows and why.%n",
    footer = {
      "",
      "Examples:",
      "  saferstats inspect sample-data",
      "  saferstats inspect 2024-0*.zip --format json --output inspect.json"
    })
final class InspectCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Selection (optional, one of):%n")
  InputOptions.Where where = new InputOptions.Where();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Selection selection =
        where == null ? new Selection.None() : where.selection().orElse(new Selection.None());
    input.readBy(new OutputClashes()).output("--output", output.output).check();
    IngestResult ingest = Reading.read(input, selection);
    String text = Renderer.render(Inspection.of(ingest), output.format, output.table);
    OutputWriter.write(text, output.output, spec.commandLine().getOut());
    return 0;
  }
}
