package saferstats.analysis;

import java.util.List;
import saferstats.model.InputKind;

/**
 * Trend figures for one priority.
 *
 * @param source the input kind the figures come from: police-uk, mps or records
 * @param quarterSignificance the latest quarter against the same quarter last year, by the same
 *     tests as the 12 months
 * @param cautions abrupt months, a step and known breaks a reader must weigh (SPEC 4.5)
 * @param unlocated the force's crimes with no location in each window (police.uk street input for
 *     an area, else null)
 * @param outcomes outcome shares of the current 12 months (police.uk crimes only, else null)
 * @param harm crimes weighed by severity, and the shares of the area's harm and crime (SPEC 4.8);
 *     null only where no harm was asked for
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
    SignificanceFigures quarterSignificance,
    TrendFigures trend,
    ControlFigures control,
    ComparatorFigures comparator,
    List<String> flags,
    Cautions cautions,
    UnlocatedFigures unlocated,
    OutcomeFigures outcomes,
    HarmFigures harm) {
  public static final String SMALL_NUMBERS = "small-numbers";
  public static final String INCOMPLETE = "incomplete-window";
  public static final String RELEASE_SPLICE = "release-splice";

  /** In {@code cautions.splices}: the --compare MPS tables' 12 months were spliced (SPEC 1.4). */
  public static final String COMPARATOR_SPLICE = "comparator";

  /** All crime above 250 per 1,000 residents a year: residents are not the population at risk. */
  public static final String RESIDENT_DENOMINATOR = "resident-denominator";

  /** Too few months with data for the trend (and perhaps the control chart): they are withheld. */
  public static final String SHORT_SERIES = "short-series";

  /** A month of the comparison far from the usual level: a recording change or a real event. */
  public static final String ABRUPT_MONTH = "abrupt-month";

  /** A control-chart run starting inside the comparison: a level shift, not a trend. */
  public static final String STEP = "step";

  /** A window contains a known national series break. */
  public static final String KNOWN_BREAK = "known-break";

  /** The comparator's rest is smaller than the area: it compares the area with itself. */
  public static final String COMPARATOR_TOO_SMALL = "comparator-too-small";

  /** The share of the force's crimes with no location moved by 2 points or more. */
  public static final String UNLOCATED_SHARE_CHANGED = "unlocated-share-changed";

  /**
   * Categories recorded mostly when police find the offence (drugs, weapon possession) hold most of
   * the priority's crimes: its count follows police activity as much as offending ({@code
   * priorities.PoliceActivity}).
   */
  public static final String POLICE_ACTIVITY = "police-activity";

  /**
   * The verdict a reader sees first on the 12 months against the 12 before: what lies inside those
   * months (a step, abrupt months, a known break) before the test's word. The summary's verdict
   * column, the sentence and a key finding all read it (SPEC 4.6).
   */
  public Verdict verdict() {
    return Verdict.twelveMonths(this);
  }

  /** The name as people read it: figures from local records say so, beside police figures. */
  public String label() {
    return source == InputKind.RECORDS ? name + " (local records)" : name;
  }
}
