package saferstats.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import saferstats.model.Month;

/**
 * The months a police.uk file's valid rows carry, so that the file's month is the one most of them
 * carry rather than whichever its first row happens to say: one odd row is then rejected alone
 * instead of deciding the month, rejecting the rest and standing in for another month's file.
 */
final class RowMonths {
  /** One month's rows: how many, and the lines of the first few (those a rejection log shows). */
  private static final class Tally {
    long rows;
    final long[] firstLines = new long[RejectionLog.SHOWN_PER_REASON];

    void add(long line) {
      if (rows < firstLines.length) {
        firstLines[(int) rows] = line;
      }
      rows++;
    }
  }

  private final Map<Month, Tally> byMonth = new TreeMap<>();
  private long rows;
  private Month lastMonth;
  private Tally lastTally;

  /** Counts a valid row of {@code month} on {@code line}; rows are added in file order. */
  void add(Month month, long line) {
    // Every row of a file normally carries one month: skip the map lookup for a run of them.
    if (!month.equals(lastMonth)) {
      lastMonth = month;
      lastTally = byMonth.computeIfAbsent(month, m -> new Tally());
    }
    lastTally.add(line);
    rows++;
  }

  /** How many valid rows the file has, of any month. */
  long rows() {
    return rows;
  }

  /** How many of them carry {@code month}. */
  long rows(Month month) {
    Tally t = byMonth.get(month);
    return t == null ? 0 : t.rows;
  }

  /**
   * The file's month: the one most rows carry; on a tie, the month its name says if it is one of
   * them, else the one whose first row comes first. Empty when no row was valid.
   */
  Optional<Month> fileMonth(Optional<Month> named) {
    long most = byMonth.values().stream().mapToLong(t -> t.rows).max().orElse(0);
    List<Month> tied =
        byMonth.entrySet().stream()
            .filter(e -> e.getValue().rows == most)
            .map(Map.Entry::getKey)
            .toList();
    if (named.isPresent() && tied.contains(named.get())) {
      return named;
    }
    return tied.stream().min(Comparator.comparingLong(m -> byMonth.get(m).firstLines[0]));
  }

  /**
   * Rejects, into {@code log}, every row not of {@code fileMonth}: the first of them in line order
   * as the log shows them, and how many in all.
   */
  void rejectOthers(Month fileMonth, String file, RejectionLog log) {
    long others = rows - rows(fileMonth);
    if (others == 0) {
      return;
    }
    String why =
        " differs from the file's month "
            + fileMonth
            + ", which "
            + rows(fileMonth)
            + " of its "
            + rows
            + " valid rows carry";
    List<Rejection> first = new ArrayList<>();
    byMonth.forEach(
        (month, tally) -> {
          if (!month.equals(fileMonth)) {
            for (int i = 0; i < Math.min(tally.rows, tally.firstLines.length); i++) {
              first.add(
                  new Rejection(
                      file, tally.firstLines[i], Rejection.OTHER_MONTH, "month " + month + why));
            }
          }
        });
    first.sort(Comparator.comparingLong(Rejection::line));
    log.addDecidedLater(
        first.subList(0, Math.min(first.size(), RejectionLog.SHOWN_PER_REASON)), others);
  }
}
