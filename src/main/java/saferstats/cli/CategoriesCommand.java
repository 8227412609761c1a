package saferstats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import saferstats.analysis.CategoriesReport;
import saferstats.priorities.Presets;
import saferstats.priorities.PrioritySet;
import saferstats.render.Renderer;

/** {@code saferstats categories}: lists presets, shows one set's mapping, validates a file. */
@Command(
    name = "categories",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Priority sets map police categories onto a partnership's own priorities. With no argument,"
            + " list the presets shipped in saferstats; with a preset name, show its full mapping"
            + " (exact, approximate with a note, or unmeasurable with the input that would measure"
            + " it); with a file, validate it and show its mapping.%n",
    footer = {
      "",
      "Priority file format (CSV, # starts a comment line):",
      "  priority,group,input,category,match,note",
      "  Burglary,high volume,police-uk,Burglary,exact,",
      "  Burglary,high volume,mps,Burglary/*,exact,",
      "  Hate crime,high harm,police-uk,,unmeasurable,MPS hate crime dashboard extract",
      "input: police-uk, mps (Major/Minor, or Major/* for every minor), home-office, records.",
      "match: exact, approximate (say why in the note) or unmeasurable (say what would measure it).",
      "",
      "Examples:",
      "  saferstats categories",
      "  saferstats categories london-2019",
      "  saferstats categories my-priorities.csv --format csv"
    })
final class CategoriesCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "NAME|FILE",
      description = "A preset name or a priority file.")
  String nameOrFile;

  @Mixin OutputOptions output;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    new OutputClashes()
        .file("priority", nameOrFile == null ? null : Path.of(nameOrFile))
        .output("--output", output.output)
        .check();
    CategoriesReport report =
        nameOrFile == null
            ? CategoriesReport.list()
            : CategoriesReport.of(
                Presets.shipped()
                    .load(nameOrFile)
                    .orElseGet(() -> new PrioritySet(Presets.SOURCE, "—", List.of())));
    OutputWriter.write(
        Renderer.render(report, output.format, output.table, output.wide),
        output.output,
        spec.commandLine().getOut());
    return 0;
  }
}
