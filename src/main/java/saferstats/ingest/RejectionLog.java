package saferstats.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import saferstats.model.UserError;

/**
 * One input's rejected rows: counted by reason, the first of each kept to show; or, strict, an
 * error.
 */
final class RejectionLog {
  /** How many rejections of each reason are kept to show (SPEC 1.3: the first 20). */
  static final int SHOWN_PER_REASON = 20;

  private final boolean strict;
  private final Map<String, Long> byReason = new TreeMap<>();
  private final List<Rejection> shown = new ArrayList<>();

  RejectionLog(boolean strict) {
    this.strict = strict;
  }

  void add(Rejection r) {
    if (strict) {
      throw UserError.input(
          r.describe(), "fix or remove the row, or run without --strict to skip rejected rows");
    }
    long n = byReason.merge(r.reason(), 1L, Long::sum);
    if (n <= SHOWN_PER_REASON) {
      shown.add(r);
    }
  }

  Map<String, Long> byReason() {
    return byReason;
  }

  List<Rejection> shown() {
    return shown;
  }
}
