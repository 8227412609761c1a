package saferstats.sample;

import java.time.YearMonth;
import java.util.List;

/**
 * A crime's outcome history. The street file shows the latest event known at download time, so one
 * history renders differently in an earlier and a later download.
 */
record CrimeOutcome(List<OutcomeEvent> events, boolean statusUnavailable) {
  static final String CHARGED = "Suspect charged";
  static final String AWAITING_COURT = "Awaiting court outcome";
  static final String UNDER_INVESTIGATION = "Under investigation";
  static final String STATUS_UNAVAILABLE = "Status update unavailable";

  /** The street file's {@code Last outcome category} as downloaded in month {@code asOf}. */
  String streetCategory(YearMonth asOf) {
    if (statusUnavailable) {
      return STATUS_UNAVAILABLE;
    }
    String latest = null;
    for (OutcomeEvent e : events) {
      if (!e.month().isAfter(asOf)) {
        latest = e.type();
      }
    }
    if (latest == null) {
      return UNDER_INVESTIGATION;
    }
    // Street files say "Awaiting court outcome" where outcomes files say "Suspect charged".
    return CHARGED.equals(latest) ? AWAITING_COURT : latest;
  }
}
