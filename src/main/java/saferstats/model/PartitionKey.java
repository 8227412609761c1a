package saferstats.model;

import java.util.Objects;

/**
 * A partition of police.uk data: one kind, one reporting force, one month (SPEC 1.3). Two spellings
 * of one force ({@link ForceNames}) are one partition, so a later download of a month replaces the
 * earlier one however either spells the force.
 */
public record PartitionKey(SourceKind kind, String reportedBy, Month month) {
  @Override
  public boolean equals(Object o) {
    return o instanceof PartitionKey k
        && kind == k.kind
        && month.equals(k.month)
        && ForceNames.fold(reportedBy).equals(ForceNames.fold(k.reportedBy));
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, ForceNames.fold(reportedBy), month);
  }

  /** The same partition, its force spelled {@code name}. */
  public PartitionKey spelled(String name) {
    return new PartitionKey(kind, name, month);
  }

  @Override
  public String toString() {
    return kind.id() + " " + reportedBy + " " + month;
  }
}
