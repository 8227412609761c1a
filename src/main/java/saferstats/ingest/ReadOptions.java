package saferstats.ingest;

import java.util.List;

/**
 * How inputs are read: which rows to keep in full, how strictly, and the column maps that make a
 * CSV of unknown header a local record extract.
 */
public record ReadOptions(
    Selection selection, boolean strict, boolean keepDuplicates, List<ColumnMap> columnMaps) {
  public ReadOptions(Selection selection, boolean strict, boolean keepDuplicates) {
    this(selection, strict, keepDuplicates, List.of());
  }
}
