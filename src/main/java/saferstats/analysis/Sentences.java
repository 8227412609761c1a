package saferstats.analysis;

import java.util.List;
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
        splice(t) + unlocated(t.unlocated()) + comparator(t.comparator(), comparatorWord));
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
    return change(t, c) + cautions(t.cautions(), now, earlier) + tail + ".";
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
   * The abrupt months to check, a step in level and known national breaks inside the months of one
   * comparison, said in its sentence: a change across any of them is not a trend (SPEC 4.5).
   */
  static String cautions(Cautions c, WindowCount now, WindowCount earlier) {
    if (c == null) {
      return "";
    }
    List<String> abrupt =
        c.abruptMonths().stream()
            .filter(a -> inside(a.month(), a.month(), now, earlier))
            .map(a -> a.month() + ": " + n(a.count()) + " against a usual " + usual(a.usual()))
            .toList();
    String check = abrupt.isEmpty() ? "" : String.join("; ", abrupt);
    boolean stepInside =
        c.step() != null
            && !c.step().from().isBefore(earlier.from())
            && !c.step().from().isAfter(now.to());
    String step =
        stepInside
            ? "; a step "
                + c.step().direction().id()
                + " from "
                + c.step().from()
                + ", so the change is a shift in level, not a trend"
            : "";
    String breaks =
        c.knownBreaks().stream()
            .filter(b -> inside(b.from(), b.to(), now, earlier))
            .map(
                b ->
                    "; a known series break in "
                        + (b.from().equals(b.to()) ? b.from() : b.from() + " to " + b.to())
                        + " ("
                        + b.description()
                        + ")")
            .collect(Collectors.joining());
    return (check.isEmpty() ? "" : " (check " + check + ")") + step + breaks;
  }

  /** Whether the months from..to meet either window. */
  private static boolean inside(Month from, Month to, WindowCount... windows) {
    for (WindowCount w : windows) {
      if (!from.isAfter(w.to()) && !to.isBefore(w.from())) {
        return true;
      }
    }
    return false;
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

  /**
   * A 12-month pair taken from two MPS releases says so: its change may be the releases'
   * difference.
   */
  private static String splice(PriorityTrend t) {
    return t.cautions() != null && t.cautions().splices().contains(SeriesSpan.TWELVE.id())
        ? "; the two 12 months are spliced from different MPS releases (flag "
            + PriorityTrend.RELEASE_SPLICE
            + ")"
        : "";
  }

  /** A usual level as the sentences and tables say it: whole numbers plain, a half to 1 dp. */
  public static String usual(double median) {
    return median == Math.rint(median)
        ? n((long) median)
        : String.format(Locale.UK, "%,.1f", median);
  }

  private static String comparator(ComparatorFigures c, String word) {
    // A comparator smaller than the area compares the area with itself: no sentence states it.
    if (c == null || c.changePct() == null || c.tooSmall()) {
      return "";
    }
    String verb =
        c.changePct() == 0
            ? "was unchanged"
            : (c.changePct() > 0 ? "rose " : "fell ") + percent(c.changePct()) + "%";
    return "; " + word + " " + verb;
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
