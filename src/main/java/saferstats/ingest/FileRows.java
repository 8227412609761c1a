package saferstats.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import saferstats.model.SourceKind;

/** One police.uk file's rows as they are read, in file order: partitions and rejections. */
final class FileRows {
  private final String name;
  private final SourceKind kind;
  private final ReadOptions options;
  private final Map<String, PartitionBuilder> partitions = new LinkedHashMap<>();
  private final RejectionLog rejections;
  private long read;

  FileRows(String name, SourceKind kind, ReadOptions options) {
    this.name = name;
    this.kind = kind;
    this.options = options;
    this.rejections = new RejectionLog(options.strict());
  }

  void countRead(long rows) {
    read += rows;
  }

  void reject(Rejection r) {
    rejections.add(r);
  }

  /** A part of the file's rejections, numbered from {@code lineOffset}. */
  void rejectPart(RejectionLog part, long lineOffset) {
    rejections.addPart(part, lineOffset);
  }

  void add(RowHashes hashed) {
    PoliceRow row = hashed.row();
    partitions
        .computeIfAbsent(
            row.reportedBy(),
            by ->
                new PartitionBuilder(
                    new PartitionKey(kind, by, row.month()), name, options.lsoaCheck()))
        .add(hashed, isSelected(row), options.keepDuplicates());
  }

  private boolean isSelected(PoliceRow row) {
    return kind != SourceKind.POLICE_UK_STOP_AND_SEARCH && options.selection().selects(row);
  }

  long read() {
    return read;
  }

  RejectionLog rejections() {
    return rejections;
  }

  List<Partition> build() {
    return partitions.values().stream().map(PartitionBuilder::build).toList();
  }
}
