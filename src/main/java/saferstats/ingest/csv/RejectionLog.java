package saferstats.ingest.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import saferstats.model.Rejection;
import saferstats.model.UserError;

/**
 * One input's rejected rows: counted by reason, the first of each kept to show; or, strict, an
 * error.
 */
public final class RejectionLog {
  /** How many rejections of each reason are kept to show (SPEC 1.3: the first 20). */
  public static final int SHOWN_PER_REASON = 20;

  private final boolean strict;
  private final Map<String, Long> byReason = new TreeMap<>();
  private final List<Rejection> shown = new ArrayList<>();

  public RejectionLog(boolean strict) {
    this.strict = strict;
  }

  public void add(Rejection r) {
    if (strict) {
      throw UserError.input(
          r.describe(), "fix or remove the row, or run without --strict to skip rejected rows");
    }
    long n = byReason.merge(r.reason(), 1L, Long::sum);
    if (n <= SHOWN_PER_REASON) {
      shown.add(r);
    }
  }

  /**
   * Adds a later part of the file's rejections, read on its own with lines numbered from its start:
   * {@code lineOffset} is the file's line just before that part. Equal to adding each in turn, as
   * the part kept its own first rejections of each reason.
   */
  public void addPart(RejectionLog part, long lineOffset) {
    Map<String, Long> notShown = new TreeMap<>(part.byReason);
    for (Rejection r : part.shown) {
      add(new Rejection(r.file(), r.line() + lineOffset, r.reason(), r.detail()));
      notShown.merge(r.reason(), -1L, Long::sum);
    }
    notShown.forEach((reason, n) -> byReason.merge(reason, n, Long::sum));
  }

  /**
   * Adds {@code count} rejections of one reason that could only be decided once every row was read
   * (rows of another month than most of the file's): {@code first} are the first of them in line
   * order. Strict, the first is the error.
   */
  public void addDecidedLater(List<Rejection> first, long count) {
    first.forEach(this::add);
    if (count > first.size()) {
      byReason.merge(first.get(0).reason(), count - first.size(), Long::sum);
    }
  }

  public Map<String, Long> byReason() {
    return byReason;
  }

  /** The rejections kept to show, in line order (some reasons are only decided at the end). */
  public List<Rejection> shown() {
    return shown.stream().sorted(Comparator.comparingLong(Rejection::line)).toList();
  }
}
