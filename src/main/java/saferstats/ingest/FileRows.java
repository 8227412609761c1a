package saferstats.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import saferstats.model.Month;
import saferstats.model.SourceKind;

/**
 * One police.uk file's rows as they are read, in file order: partitions and rejections. The file's
 * month is only known once every row is read (it is the one most rows carry, {@link RowMonths}), so
 * rows are partitioned by their own month as they come, and the partitions of other months become
 * rejections at the end.
 */
final class FileRows {
  private final String name;
  private final SourceKind kind;
  private final ReadOptions options;
  private final Map<Month, Map<String, PartitionBuilder>> partitions = new HashMap<>();
  private final RowMonths months = new RowMonths();
  private final RejectionLog rejections;
  private long read;
  private Month lastMonth;
  private Map<String, PartitionBuilder> lastPartitions;

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

  /** Adds a valid row read on {@code line}. */
  void add(RowHashes hashed, long line) {
    PoliceRow row = hashed.row();
    Month month = row.month();
    months.add(month, line);
    if (!month.equals(lastMonth)) {
      lastMonth = month;
      lastPartitions = partitions.computeIfAbsent(month, m -> new LinkedHashMap<>());
    }
    lastPartitions
        .computeIfAbsent(
            row.reportedBy(),
            by -> new PartitionBuilder(new PartitionKey(kind, by, month), name, options.lsoaCheck()))
        .add(hashed, isSelected(row), options.keepDuplicates());
  }

  private boolean isSelected(PoliceRow row) {
    return kind != SourceKind.POLICE_UK_STOP_AND_SEARCH && options.selection().selects(row);
  }

  /**
   * The file's result once every row is read: the partitions of the month most rows carry, the rows
   * of other months rejected, and a note when its name says another month than its rows.
   */
  FileResult result() {
    MonthNames names = MonthNames.of(name);
    Optional<Month> month = months.fileMonth(names.month());
    List<Partition> built = List.of();
    List<String> notes = List.of();
    if (month.isPresent()) {
      Month m = month.get();
      months.rejectOthers(m, name, rejections);
      built = partitions.get(m).values().stream().map(PartitionBuilder::build).toList();
      notes = names.disagreement(name, m, months.rows(m), months.rows());
    }
    return new FileResult(
            name, kind, read, built, rejections.byReason(), rejections.shown(), null, null)
        .withNotes(notes);
  }
}
