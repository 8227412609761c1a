package saferstats.ingest;

import java.util.List;
import java.util.Map;
import saferstats.model.SourceKind;

/**
 * Everything one input yielded, before partitions from later inputs replace its own; {@code mps} is
 * set for MPS tables only, {@code records} for local record extracts only.
 */
public record FileResult(
    String name,
    SourceKind kind,
    long read,
    List<Partition> partitions,
    Map<String, Long> rejectedByReason,
    List<Rejection> firstRejections,
    MpsFile mps,
    List<RecordRow> records) {

  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
