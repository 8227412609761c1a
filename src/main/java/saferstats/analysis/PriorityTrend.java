package saferstats.analysis;

import java.util.List;
import saferstats.model.InputKind;

/**
 * Trend figures for one priority.
 *
 * @param source the input kind the figures come from: police-uk, mps or records
 * @param outcomes outcome shares of the current 12 months (police.uk crimes only, else null)
 */
public record PriorityTrend(
    String name,
    InputKind source,
    String group,
    boolean measurable,
    boolean approximate,
    String note,
    List<MonthCount> monthly,
    WindowFigures windows,
    RateFigures rate,
    SignificanceFigures significance,
    TrendFigures trend,
    ControlFigures control,
    ComparatorFigures comparator,
    List<String> flags,
    OutcomeFigures outcomes) {
  public static final String SMALL_NUMBERS = "small-numbers";
  public static final String INCOMPLETE = "incomplete-window";
  public static final String RELEASE_SPLICE = "release-splice";

  /** All crime above 250 per 1,000 residents a year: residents are not the population at risk. */
  public static final String RESIDENT_DENOMINATOR = "resident-denominator";

  /** Too few months with data for the trend (and perhaps the control chart): they are withheld. */
  public static final String SHORT_SERIES = "short-series";

  /** The name as people read it: figures from local records say so, beside police figures. */
  public String label() {
    return source == InputKind.RECORDS ? name + " (local records)" : name;
  }
}
