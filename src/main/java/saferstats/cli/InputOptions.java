package saferstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import saferstats.ingest.cache.ParseCache;
import saferstats.ingest.result.Selection;

/** The inputs and how to read them: shared by every analysing command. */
public final class InputOptions {
  /** Today, for refusing months and dates after it. */
  final Clock clock;

  InputOptions(Clock clock) {
    this.clock = clock;
  }

  @Parameters(
      paramLabel = "INPUT",
      arity = "1..*",
      description =
          "police.uk files, MPS Datastore tables, local record extracts; folders (read"
              + " recursively), globs, .zip archives or .gz files, in any mix. A later input's"
              + " month replaces an earlier one's.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--columns",
      paramLabel = "MAP",
      description =
          "Read a CSV of your own shape (an ASB log, a council case system) as a local record"
              + " extract: date=COLUMN,category=COLUMN and any of id, lsoa, ward, location,"
              + " lat/lon, easting/northing; or the path of a file of key=COLUMN lines. Without"
              + " it, a *.columns file in an input folder or beside an input file is used.")
  String columns;

  @Option(
      names = "--sheet",
      paramLabel = "NAME|NUMBER",
      description =
          "The sheet of an Excel workbook (.xlsx) to read, by name or number from 1, e.g."
              + " --sheet \"ASB log\" or --sheet 2. Without it a workbook's only sheet is read,"
              + " or the one sheet whose header is recognised (all of the MPS dashboard's data"
              + " sheets); a workbook with no such sheet, or several, is refused with its sheets"
              + " listed.")
  String sheet;

  @Option(
      names = "--strict",
      description = "Make the first rejected row an error instead of skipping it.")
  boolean strict;

  @Option(
      names = "--keep-duplicates",
      description = "Keep rows identical to an earlier row of the same month and force.")
  boolean keepDuplicates;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Keep each input's parsed result in DIR, so a rerun does not read an unchanged file"
              + " again (default: $XDG_CACHE_HOME/saferstats, or ~/.cache/saferstats).")
  String cache;

  @Option(names = "--no-cache", description = "Read every input again; use no parse cache.")
  boolean noCache;

  @Option(
      names = "--cache-max",
      paramLabel = "SIZE",
      converter = ByteSizeConverter.class,
      description =
          "Largest size of the parse cache, e.g. 500M or 4G (default 2G); the entries used"
              + " longest ago go first.")
  long cacheMax = ParseCache.DEFAULT_MAX_BYTES;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The inputs and the --columns file, for the check that no output replaces one. */
  OutputClashes readBy(OutputClashes clashes) {
    clashes.inputs(inputs);
    if (columns != null && Files.isRegularFile(Path.of(columns))) {
      clashes.file("--columns", Path.of(columns));
    }
    return clashes;
  }

  /**
   * The inherited --quiet, which picocli sets on the top-level command. Inside another mixin
   * (AreaReportOptions) this mixin's spec is that mixin's, whose root is itself: its command line
   * is the command's, which leads to the top.
   */
  boolean quiet() {
    return command != null
        && command.commandLine() != null
        && command.commandLine().getCommandSpec().root().userObject()
            instanceof SaferstatsCommand root
        && root.quiet;
  }

  /** --area and --force: at most one. */
  static final class Where {
    @Option(
        names = "--area",
        paramLabel = "NAME",
        description =
            "Local authority as named in LSOA names, e.g. Harrow (rows whose LSOA name is NAME"
                + " plus an LSOA number; any case).")
    String area;

    @Option(
        names = "--force",
        paramLabel = "NAME",
        description = "Every row a force published (Falls within), e.g. \"City of London Police\".")
    String force;

    Optional<Selection> selection() {
      if (area != null) {
        return Optional.of(new Selection.Area(area.strip()));
      }
      return force == null ? Optional.empty() : Optional.of(new Selection.Force(force.strip()));
    }
  }
}
