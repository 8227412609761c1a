package saferstats.ingest.result;

import java.time.LocalDate;
import java.util.List;
import saferstats.area.LsoaReference;
import saferstats.ingest.csv.ColumnMap;

/**
 * How inputs are read: which rows to keep in full, how strictly, the column maps that make a CSV of
 * unknown header a local record extract, and today's date (nothing after it can have been recorded,
 * so later months and dates are rejected rather than moving the end of the data), and the LSOA
 * codes to check every street row's against (null: none).
 */
public record ReadOptions(
    Selection selection,
    boolean strict,
    boolean keepDuplicates,
    List<ColumnMap> columnMaps,
    LocalDate today,
    LsoaReference lsoaCheck) {
  /** Options that check no LSOA code. */
  public ReadOptions(
      Selection selection,
      boolean strict,
      boolean keepDuplicates,
      List<ColumnMap> columnMaps,
      LocalDate today) {
    this(selection, strict, keepDuplicates, columnMaps, today, null);
  }

  /** Options for reading today, by the system clock. */
  public ReadOptions(Selection selection, boolean strict, boolean keepDuplicates) {
    this(selection, strict, keepDuplicates, List.of(), LocalDate.now());
  }
}
