package saferstats.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import saferstats.area.LsoaReference;
import saferstats.ingest.Ingest;
import saferstats.ingest.IngestResult;
import saferstats.ingest.InputResolver;
import saferstats.ingest.ResolvedInputs;
import saferstats.ingest.cache.ParseCache;
import saferstats.ingest.csv.ColumnMap;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.csv.SheetChoice;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;

/** Reads the inputs for a command, with a progress bar when that takes a while. */
final class Reading {
  private Reading() {}

  static IngestResult read(InputOptions in, Selection selection) {
    return read(in.inputs, in, selection);
  }

  /** The parse cache the options ask for, or null for none; its warnings go to stderr. */
  private static ParseCache cache(InputOptions in) {
    PrintWriter err =
        in.command == null ? new PrintWriter(System.err, true) : in.command.commandLine().getErr();
    return CacheLocation.of(in)
        .map(
            dir ->
                new ParseCache(
                    dir,
                    in.cacheMax,
                    CacheLocation.productVersion(),
                    warning -> err.println("saferstats: warning: " + warning)))
        .orElse(null);
  }

  /** Reads {@code paths} the way {@code in} says its own inputs are read. */
  static IngestResult read(List<String> paths, InputOptions in, Selection selection) {
    return read(paths, in, selection, null);
  }

  /** As {@link #read(List, InputOptions, Selection)}, checking street rows' LSOA codes. */
  static IngestResult read(
      List<String> paths, InputOptions in, Selection selection, LsoaReference lsoaCheck) {
    // --columns says how to read the extracts; without it, *.columns files beside them do.
    List<ColumnMap> maps =
        in.columns != null ? List.of(ColumnMap.of(in.columns)) : InputResolver.columnMaps(paths);
    ResolvedInputs files = InputResolver.inputs(paths, new SheetChoice(in.sheet, maps));
    long bytes = files.files().stream().mapToLong(InputFile::size).sum();
    ReadOptions options =
        new ReadOptions(
            selection, in.strict, in.keepDuplicates, maps, LocalDate.now(in.clock), lsoaCheck);
    int threads = Runtime.getRuntime().availableProcessors();
    try (Progress progress = new Progress(bytes, !in.quiet())) {
      return new Ingest(options, threads, cache(in)).read(files, progress);
    }
  }
}
