package saferstats.analysis;

import java.util.Locale;
import java.util.stream.Collectors;
import saferstats.load.SeriesSpan;
import saferstats.model.Month;
import saferstats.stats.Significance;

/**
 * The plain-English sentence of the quarterly update. Its words follow the significance test, never
 * the size of the percentage (SPEC 4.3).
 */
public final class Sentences {
  private Sentences() {}

  static String of(PriorityTrend t, Month end, String comparatorWord) {
    return twelveMonths(t, end, comparatorWord)
        + " "
        + quarter(t)
        + (t.approximate() ? " (Approximate measure.)" : "");
  }

  /** The rolling 12 months against the 12 before, with the comparator. */
  static String twelveMonths(PriorityTrend t, Month end, String comparatorWord) {
    WindowFigures w = t.windows();
    return sentence(
        t,
        new Compared(
            "the 12 months to " + end.longName(),
            "the 12 months before",
            "the year before",
            "",
            w.twelve(),
            t.significance()),
        policeActivity(t)
            + splice(t)
            + unlocated(t.unlocated())
            + comparator(t.comparator(), comparatorWord, w.twelve().changePct()));
  }

  /** The latest financial quarter against the same quarter last year (SPEC 4.3). */
  static String quarter(PriorityTrend t) {
    PairFigures quarter = t.windows().quarter();
    WindowCount q = quarter.now();
    return sentence(
        t,
        new Compared(
            q.label() + " (" + q.from().monthName() + " to " + q.to().longName() + ")",
            "the same quarter last year",
            "in the same quarter last year",
            " against the same quarter last year",
            quarter,
            t.quarterSignificance()),
        "");
  }

  /**
   * One comparison a sentence speaks of: how the period and its comparison window are named, the
   * two counts and their change, and the test between them.
   *
   * @param before the comparison window as the subject of "include months with no data"
   * @param then the comparison window after "against N"
   * @param versus what the change is against, after the period ("" when the period implies it)
   */
  private record Compared(
      String period,
      String before,
      String then,
      String versus,
      PairFigures pair,
      SignificanceFigures significance) {}

  /**
   * The same honesty rules for every comparison: no comparison across a missing month, none on
   * small numbers, words from the test, and the cautions inside its windows.
   */
  private static String sentence(PriorityTrend t, Compared c, String tail) {
    WindowCount now = c.pair().now();
    WindowCount earlier = c.pair().yearEarlier();
    if (!now.complete() || !earlier.complete()) {
      return t.label()
          + ": "
          + c.period()
          + " or "
          + c.before()
          + " include months with no data ("
          + missing(now, earlier)
          + "), so no comparison can be made.";
    }
    if (Comparison.isSmall(now.count(), earlier.count())) {
      return t.label()
          + ": "
          + n(now.count())
          + " in "
          + c.period()
          + " against "
          + n(earlier.count())
          + " "
          + c.then()
          + " — too few for a reliable comparison.";
    }
    Verdict v = Verdict.of(c.pair(), c.significance(), t.cautions());
    return (v.qualified() ? qualified(t, c, v) : change(t, c)) + tail + ".";
  }

  /**
   * A change with a step, abrupt months or a known break inside its months: what was found comes
   * straight after the figures, before the test's words (SPEC 4.6), and a change across a step is
   * said to be a shift in level.
   */
  private static String qualified(PriorityTrend t, Compared c, Verdict v) {
    PairFigures pair = c.pair();
    String size =
        pair.change() == 0
            ? "was unchanged"
            : "was " + percent(pair.changePct()) + "% " + (pair.change() > 0 ? "higher" : "lower");
    String counts = "(" + n(pair.now().count()) + " vs " + n(pair.yearEarlier().count()) + ")";
    Significance verdict = v.test();
    boolean significant = verdict == Significance.INCREASE || verdict == Significance.DECREASE;
    String test =
        verdict == null
            ? "; no significance test was possible"
            : !significant
                ? "; not a statistically significant change"
                : (v.shift() ? ", though the test finds a statistically " : "; a statistically ")
                    + verdict.id();
    return t.label()
        + " "
        + size
        + " in "
        + c.period()
        + c.versus()
        + " "
        + counts
        + " "
        + v.found()
        + (v.shift() ? "; a shift in level, not a trend" : "")
        + test;
  }

  private static String change(PriorityTrend t, Compared c) {
    PairFigures pair = c.pair();
    String pct = percent(pair.changePct());
    String counts = "(" + n(pair.now().count()) + " vs " + n(pair.yearEarlier().count()) + ")";
    String period = c.period() + c.versus() + " " + counts;
    SignificanceFigures s = c.significance();
    Significance verdict = s == null ? null : s.label();
    if (verdict == Significance.INCREASE || verdict == Significance.DECREASE) {
      return t.label()
          + (verdict == Significance.INCREASE ? " rose " : " fell ")
          + pct
          + "% in "
          + period
          + ", a statistically "
          + verdict.id();
    }
    String size =
        pair.change() == 0
            ? "was unchanged"
            : "was " + pct + "% " + (pair.change() > 0 ? "higher" : "lower");
    return t.label()
        + " "
        + size
        + " in "
        + period
        + (verdict == null
            ? "; no significance test was possible"
            : ", not a statistically significant change");
  }

  /**
   * The force's crimes with no place, when their share moved enough to change what the area's
   * change means: what it would read had they been the area's (SPEC 4.5).
   */
  static String unlocated(UnlocatedFigures u) {
    if (u == null || !u.shareChanged()) {
      return "";
    }
    String withThem =
        u.changePctWithThem() == null
            ? ""
            : ", so with them the change reads "
                + (u.changePctWithThem() > 0 ? "+" : u.changePctWithThem() < 0 ? "-" : "")
                + oneDecimal(Math.abs(u.changePctWithThem()))
                + "%";
    return "; the force's crimes with no location, which no area can hold, went from "
        + oneDecimal(u.previous12().sharePct())
        + "% to "
        + oneDecimal(u.current12().sharePct())
        + "% of its total"
        + withThem;
  }

  private static String oneDecimal(double v) {
    return String.format(Locale.UK, "%.1f", v);
  }

  /** A count recorded mostly through police activity says so after its verdict. */
  static String policeActivity(PriorityTrend t) {
    return t.flags().contains(PriorityTrend.POLICE_ACTIVITY) ? "; " + Verdict.POLICE_ACTIVITY : "";
  }

  /**
   * A 12-month pair taken from two MPS releases says so: its change may be the releases'
   * difference.
   */
  private static String splice(PriorityTrend t) {
    return t.cautions() != null && t.cautions().splices().contains(SeriesSpan.TWELVE.id())
        ? "; the two 12 months are spliced from different MPS releases, which may count"
            + " differently"
        : "";
  }

  /** A usual level as the sentences and tables say it: whole numbers plain, a half to 1 dp. */
  public static String usual(double median) {
    return median == Math.rint(median)
        ? n((long) median)
        : String.format(Locale.UK, "%,.1f", median);
  }

  private static String comparator(ComparatorFigures c, String word, Double areaPct) {
    // A comparator smaller than the area compares the area with itself: no sentence states it.
    if (c == null || c.changePct() == null || c.tooSmall()) {
      return "";
    }
    String verb =
        c.changePct() == 0
            ? "was unchanged"
            : (c.changePct() > 0 ? "rose " : "fell ") + percent(c.changePct()) + "%";
    return "; " + word + " " + verb + beside(areaPct, c.changePct(), word);
  }

  /**
   * The two changes read together (review finding 15): "Drugs rose 41% …; London rose 48%, so this
   * rise is smaller than London's". Compared as printed, whole percent, so two figures that read
   * the same are "about the same as"; nothing when either did not move.
   */
  static String beside(Double areaPct, double comparatorPct, String word) {
    if (areaPct == null || areaPct == 0 || comparatorPct == 0) {
      return "";
    }
    String whose = word + (word.endsWith("s") ? "'" : "'s");
    String kind = areaPct > 0 ? "rise" : "fall";
    if ((areaPct > 0) != (comparatorPct > 0)) {
      return ", so this " + kind + " goes the other way to " + whose + " change";
    }
    String a = percent(areaPct);
    String b = percent(comparatorPct);
    if (a.equals(b)) {
      return ", so this " + kind + " is about the same as " + whose;
    }
    boolean smaller = Math.abs(areaPct) < Math.abs(comparatorPct);
    return ", so this " + kind + " is " + (smaller ? "smaller" : "larger") + " than " + whose;
  }

  /**
   * Whole percent, as committee papers write it; one decimal below 1% so "0%" never hides a change.
   */
  private static String percent(double pct) {
    double a = Math.abs(pct);
    return a < 1 ? String.format(Locale.UK, "%.1f", a) : String.valueOf(Math.round(a));
  }

  static String unmeasurable(Unmeasurable u) {
    return u.name() + " cannot be measured from these inputs; it needs " + u.needs() + ".";
  }

  private static String missing(WindowCount now, WindowCount earlier) {
    return java.util.stream.Stream.concat(earlier.missing().stream(), now.missing().stream())
        .map(Month::toString)
        .collect(Collectors.joining(", "));
  }

  private static String n(long v) {
    return String.format(Locale.UK, "%,d", v);
  }
}
