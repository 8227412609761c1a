package saferstats.sample;

import java.time.YearMonth;

/** One row of a police.uk outcomes file for a crime: when, and which outcome type. */
record OutcomeEvent(YearMonth month, String type) {}
