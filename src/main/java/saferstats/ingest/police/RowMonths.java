package saferstats.ingest.police;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import saferstats.ingest.csv.RejectionLog;
import saferstats.model.Month;
import saferstats.model.Rejection;
import saferstats.model.UserError;

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

  /**
   * A second month's share of a file's valid rows, in percent, and its least count of rows, from
   * which the file is taken for two months joined rather than one month with odd rows. A police.uk
   * file never holds another month's row; one that has been joined holds a whole month, hundreds of
   * rows even for the smallest force (City of London, about 700 a month), and a third or more of
   * the file. An odd row or two, or a handful a spreadsheet mistyped, stay far below both.
   */
  static final int JOINED_SHARE_PERCENT = 10;

  static final int JOINED_ROWS = 20;

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
   * Refuses a file in which another month than {@code fileMonth} holds a large share of the rows:
   * at least {@link #JOINED_SHARE_PERCENT} % of them and {@link #JOINED_ROWS} rows. That is two
   * monthly files joined into one (by {@code cat}, or pasted in a spreadsheet), not a few odd rows,
   * and reading it as its majority month would reject a whole month's rows as "month differs" and
   * report that month missing. Fewer rows of another month (under either bound) stay single
   * rejections.
   */
  void refuseJoinedMonths(Month fileMonth, String file) {
    List<Month> joined =
        byMonth.entrySet().stream()
            .filter(e -> e.getKey().equals(fileMonth) || isWholeMonth(e.getValue().rows))
            .map(Map.Entry::getKey)
            .toList();
    if (joined.size() < 2) {
      return;
    }
    throw UserError.input(
        file
            + " holds the rows of "
            + joined.size()
            + " months ("
            + String.join(", ", joined.stream().map(m -> m + ": " + rows(m) + " rows").toList())
            + "), as if monthly files were joined into one",
        "split it into one file per month, each with the header line, or give the monthly"
            + " downloads as published");
  }

  private boolean isWholeMonth(long monthRows) {
    return monthRows >= JOINED_ROWS && monthRows * 100 >= rows * JOINED_SHARE_PERCENT;
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
