package saferstats.analysis;

import saferstats.model.FileLedger;

/** One input as every command's output lists it (SPEC 4a {@code inputs}). */
public record InputSummary(String path, String kind, Rows rows) {
  /** read = kept + rejected + duplicates. */
  public record Rows(long read, long kept, long rejected, long duplicates) {}

  public static InputSummary of(FileLedger f) {
    return new InputSummary(
        f.name(), f.kind().id(), new Rows(f.read(), f.kept(), f.rejected(), f.duplicates()));
  }
}
