package saferstats.analysis;

import java.util.List;

/** Trend figures for one priority (until priority sets exist, one source category). */
public record PriorityTrend(
    String name,
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
    List<String> flags) {
  public static final String SMALL_NUMBERS = "small-numbers";
  public static final String INCOMPLETE = "incomplete-window";
}
