package saferstats.ingest;

import java.util.List;
import saferstats.ingest.csv.InputFile;

/**
 * The inputs a command line names, in reading order, and what resolving them noted: files skipped
 * as operating-system artefacts, symbolic-link loops not followed.
 */
public record ResolvedInputs(List<InputFile> files, List<String> notes) {
  public ResolvedInputs {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }
}
