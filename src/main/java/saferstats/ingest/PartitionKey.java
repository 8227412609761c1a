package saferstats.ingest;

import saferstats.model.Month;
import saferstats.model.SourceKind;

/** A partition of police.uk data: one kind, one reporting force, one month (SPEC 1.3). */
public record PartitionKey(SourceKind kind, String reportedBy, Month month) {
  @Override
  public String toString() {
    return kind.id() + " " + reportedBy + " " + month;
  }
}
