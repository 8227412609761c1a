package saferstats.ingest.police;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import saferstats.ingest.csv.RejectionLog;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.Partition;
import saferstats.ingest.result.ReadOptions;
import saferstats.model.ForceNames;
import saferstats.model.Month;
import saferstats.model.MonthNames;
import saferstats.model.PartitionKey;
import saferstats.model.Rejection;
import saferstats.model.SourceKind;

/**
 * One police.uk file's rows as they are read, in file order: partitions and rejections. The file's
 * month is only known once every row is read (it is the one most rows carry, {@link RowMonths}), so
 * rows are partitioned by their own month as they come, and the partitions of other months become
 * rejections at the end.
 */
final class FileRows implements ByteRowParser.Sink {
  private final String name;
  private final SourceKind kind;
  private final ReadOptions options;

  /** Each month's partitions by force, under each spelling of it seen ({@link ForceNames}). */
  private final Map<Month, Map<String, PartitionBuilder>> partitions = new HashMap<>();

  private final RowMonths months = new RowMonths();
  private final RejectionLog rejections;
  private long read;
  private Month lastMonth;
  private Map<String, PartitionBuilder> lastPartitions;
  private String lastBy;
  private PartitionBuilder lastPartition;

  FileRows(String name, SourceKind kind, ReadOptions options) {
    this.name = name;
    this.kind = kind;
    this.options = options;
    this.rejections = new RejectionLog(options.strict());
  }

  void countRead(long rows) {
    read += rows;
  }

  @Override
  public void reject(Rejection r) {
    rejections.add(r);
  }

  /** A part of the file's rejections, numbered from {@code lineOffset}. */
  void rejectPart(RejectionLog part, long lineOffset) {
    rejections.addPart(part, lineOffset);
  }

  /** Adds a valid row read on {@code line}. */
  @Override
  public void add(RowHashes hashed, long line) {
    add((RowFacts) hashed, line);
  }

  /** Adds a plain line's row: made whole only if selected. */
  @Override
  public void add(LineFacts facts, long line) {
    add((RowFacts) facts, line);
  }

  private void add(RowFacts row, long line) {
    Month month = row.month();
    months.add(month, line);
    if (!month.equals(lastMonth)) {
      lastMonth = month;
      lastPartitions = partitions.computeIfAbsent(month, m -> new LinkedHashMap<>());
      lastBy = null;
    }
    String by = row.reportedBy();
    if (!by.equals(lastBy)) {
      // A file's rows come force by force: the partition is looked up when the force changes.
      lastBy = by;
      lastPartition = lastPartitions.get(by);
      if (lastPartition == null) {
        lastPartition = builder(lastPartitions, by, month);
        lastPartitions.put(by, lastPartition);
      }
    }
    lastPartition.add(row, isSelected(row), options.keepDuplicates());
  }

  /** The partition of force {@code by}: a new spelling of a force already seen joins its rows. */
  private PartitionBuilder builder(Map<String, PartitionBuilder> byForce, String by, Month month) {
    return byForce.entrySet().stream()
        .filter(e -> ForceNames.fold(e.getKey()).equals(ForceNames.fold(by)))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseGet(
            () ->
                new PartitionBuilder(new PartitionKey(kind, by, month), name, options.lsoaCheck()));
  }

  private boolean isSelected(RowFacts row) {
    return kind != SourceKind.POLICE_UK_STOP_AND_SEARCH
        && options.selection().selects(row.fallsWithin(), row.lsoaName());
  }

  /**
   * The file's result once every row is read: the partitions of the month most rows carry, the rows
   * of other months rejected, and a note when its name says another month than its rows.
   */
  FileResult result() {
    MonthNames names = MonthNames.of(name);
    Optional<Month> month = months.fileMonth(names.month());
    List<Partition> built = List.of();
    List<String> notes = new ArrayList<>();
    if (month.isPresent()) {
      Month m = month.get();
      months.refuseJoinedMonths(m, name);
      months.rejectOthers(m, name, rejections);
      List<PartitionBuilder> builders = partitions.get(m).values().stream().distinct().toList();
      built = builders.stream().map(PartitionBuilder::build).toList();
      notes.addAll(names.disagreement(name, m, months.rows(m), months.rows()));
      for (PartitionBuilder b : builders) {
        notes.addAll(spellingNote(b.spellings()));
      }
    }
    return new FileResult(
            name, kind, read, built, rejections.byReason(), rejections.shown(), null, null)
        .withNotes(notes);
  }

  /** A note when the file's rows spell their force more than one way (they are one force). */
  private List<String> spellingNote(Map<String, Long> spellings) {
    if (spellings.isEmpty()) {
      return List.of();
    }
    return List.of(
        name
            + ": its rows spell Reported by "
            + spellings.size()
            + " ways that differ only in case or spaces ("
            + String.join(
                ", ",
                spellings.entrySet().stream()
                    .map(e -> "'" + e.getKey() + "' " + e.getValue())
                    .toList())
            + " rows); they are read as one force.");
  }
}
