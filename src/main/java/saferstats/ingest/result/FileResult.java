package saferstats.ingest.result;

import java.util.List;
import java.util.Map;
import saferstats.model.RecordRow;
import saferstats.model.Rejection;
import saferstats.model.SourceKind;
import saferstats.mps.DashboardFile;
import saferstats.mps.MpsFile;

/**
 * Everything one input yielded, before partitions from later inputs replace its own; {@code mps} is
 * set for MPS tables only, {@code records} for local record extracts only, {@code dashboard} for
 * the MPS Monthly Crime Dashboard only; {@code notes} say how the file was read where that was not
 * as published (a spreadsheet's changes, its encoding).
 */
public record FileResult(
    String name,
    SourceKind kind,
    long read,
    List<Partition> partitions,
    Map<String, Long> rejectedByReason,
    List<Rejection> firstRejections,
    MpsFile mps,
    List<RecordRow> records,
    List<String> notes,
    DashboardFile dashboard) {

  /** A result of any kind but the dashboard. */
  public FileResult(
      String name,
      SourceKind kind,
      long read,
      List<Partition> partitions,
      Map<String, Long> rejectedByReason,
      List<Rejection> firstRejections,
      MpsFile mps,
      List<RecordRow> records,
      List<String> notes) {
    this(
        name, kind, read, partitions, rejectedByReason, firstRejections, mps, records, notes, null);
  }

  /** A result with nothing to note about how the file was read. */
  public FileResult(
      String name,
      SourceKind kind,
      long read,
      List<Partition> partitions,
      Map<String, Long> rejectedByReason,
      List<Rejection> firstRejections,
      MpsFile mps,
      List<RecordRow> records) {
    this(name, kind, read, partitions, rejectedByReason, firstRejections, mps, records, List.of());
  }

  /** The same result with more notes. */
  public FileResult withNotes(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new FileResult(
        name,
        kind,
        read,
        partitions,
        rejectedByReason,
        firstRejections,
        mps,
        records,
        all,
        dashboard);
  }

  public long rejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
