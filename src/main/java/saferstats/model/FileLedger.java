package saferstats.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Every row of one input accounted for: {@code read = kept + rejected + duplicates}, where
 * duplicates are identical rows plus rows of partitions a later input replaced ("superseded");
 * {@code notes} say how the file was read where that was not as published; {@code fromCache} that
 * its parsed result came from the parse cache rather than from reading it again; {@code noLocation}
 * kept rows have no LSOA (nothing places them), {@code noPoint} have an LSOA but no coordinates.
 */
public record FileLedger(
    String name,
    SourceKind kind,
    SortedSet<String> forces,
    SortedSet<Month> months,
    long read,
    long kept,
    long rejected,
    long duplicateRows,
    long superseded,
    long sharedIds,
    long idsUnderTwoTypes,
    long noLocation,
    long noPoint,
    Map<String, Long> rejectedByReason,
    List<Rejection> firstRejections,
    List<String> notes,
    boolean fromCache) {

  public long duplicates() {
    return duplicateRows + superseded;
  }

  /** True when the file had rows and every one was rejected, so it adds no month. */
  public boolean everyRowRejected() {
    return read > 0 && rejected == read;
  }

  /**
   * The month the file's name says, else its folder's ({@code 2024-01/2024-01-x-street.csv}): the
   * month it was meant for, which its rows may not bear out.
   */
  public Optional<Month> namedMonth() {
    return MonthNames.of(name).month();
  }
}
