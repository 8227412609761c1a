package saferstats.load;

import java.util.List;
import saferstats.model.Month;
import saferstats.model.WindowSet;

/**
 * The runs of months that must each come from one MPS release where one covers them (SPEC 1.4): a
 * comparison's two windows together, and the months of the trend and control chart.
 */
public enum SeriesSpan {
  TWELVE("12-months", "the 12-month comparison"),
  QUARTER("quarter", "the quarter and the same quarter last year"),
  FYTD("fytd", "the financial year to date and last year's"),
  TREND("trend", "the 36 months of the trend and control chart");

  /** Months of the trend and control chart. */
  public static final int TREND_MONTHS = 36;

  private final String id;
  private final String description;

  SeriesSpan(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The span as flags and JSON name it. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** The months of this span for windows ending at {@code w.end()}, in calendar order. */
  public List<Month> months(WindowSet w) {
    return switch (this) {
      case TWELVE -> w.twelve().months();
      case QUARTER -> w.quarter().months();
      case FYTD -> w.fytd().months();
      case TREND -> w.end().minus(TREND_MONTHS - 1).through(w.end());
    };
  }
}
