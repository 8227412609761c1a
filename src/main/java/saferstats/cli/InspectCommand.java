package saferstats.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import saferstats.analysis.Inspection;
import saferstats.area.AreaLookup;
import saferstats.geo.Boundaries;
import saferstats.ingest.IngestResult;
import saferstats.ingest.boundaries.BoundaryReader;
import saferstats.ingest.result.Selection;
import saferstats.ingest.support.AreaLookupReader;
import saferstats.load.Inputs;
import saferstats.render.Renderer;

/** {@code saferstats inspect}: what is in the inputs. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Show what is in the inputs: per file its kind, force, month and rows read / kept / rejected / duplicates; per force its months and missing months; the areas and categories present; months supplied twice; the first rejected rows and why; with --lookup or --boundaries, the rows whose LSOA code they lack.%n",
    footer = {
      "",
      "Examples:",
      "  saferstats inspect sample-data",
      "  saferstats inspect 2024-0*.zip --format json --output inspect.json",
      "  saferstats inspect downloads --lookup LSOA21_WD25_LAD25_lookup.csv.gz"
    })
final class InspectCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "Selection (optional, one of):%n")
  InputOptions.Where where = new InputOptions.Where();

  @Option(
      names = "--lookup",
      paramLabel = "FILE",
      description =
          "ONS LSOA to electoral ward to local authority lookup (as trends and hotspots take it):"
              + " count and name the rows whose LSOA code it lacks.")
  Path lookup;

  @Option(
      names = "--boundaries",
      paramLabel = "FILE",
      description =
          "ONS LSOA boundaries (as report takes them): count and name the rows whose LSOA code"
              + " they lack.")
  Path boundaries;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Selection selection =
        where == null ? new Selection.None() : where.selection().orElse(new Selection.None());
    input
        .readBy(new OutputClashes())
        .file("--lookup", lookup)
        .file("--boundaries", boundaries)
        .output("--output", output.output)
        .check();
    // Read before the inputs, so a bad file is refused before minutes of reading.
    AreaLookup lookupTable = lookup == null ? null : AreaLookupReader.read(lookup);
    Boundaries outlines = boundaries == null ? null : BoundaryReader.read(boundaries);
    IngestResult ingest =
        Reading.read(input.inputs, input, selection, Inspection.reference(lookupTable, outlines));
    String text =
        Renderer.render(
            Inspection.of(new Inputs(ingest), lookupTable, outlines),
            output.format,
            output.table,
            output.wide);
    OutputWriter.write(text, output.output, spec.commandLine().getOut());
    return 0;
  }
}
