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
    WindowCount c = t.windows().current12();
    WindowCount p = t.windows().previous12();
    String period = "the 12 months to " + end.longName();
    if (!c.complete() || !p.complete()) {
      return t.label()
          + ": "
          + period
          + " or the 12 months before include months with no data ("
          + missing(c, p)
          + "), so no comparison can be made.";
    }
    String counts = "(" + n(c.count()) + " vs " + n(p.count()) + ")";
    if (c.count() < Comparison.SMALL_NUMBERS || p.count() < Comparison.SMALL_NUMBERS) {
      return t.label()
          + ": "
          + n(c.count())
          + " in "
          + period
          + " against "
          + n(p.count())
          + " the year before — too few for a reliable comparison.";
    }
    String change = change(t, period, counts) + cautions(t.cautions());
    String comparator = comparator(t.comparator(), comparatorWord);
    return change + comparator + "." + (t.approximate() ? " (Approximate measure.)" : "");
  }

  private static String change(PriorityTrend t, String period, String counts) {
    String pct = percent(t.windows().changePct());
    SignificanceFigures s = t.significance();
    Significance verdict = s == null ? null : s.label();
    if (verdict == Significance.INCREASE || verdict == Significance.DECREASE) {
      return t.label()
          + (verdict == Significance.INCREASE ? " rose " : " fell ")
          + pct
          + "% in "
          + period
          + " "
          + counts
          + ", a statistically "
          + verdict.id();
    }
    String size =
        t.windows().change() == 0
            ? "was unchanged"
            : "was " + pct + "% " + (t.windows().change() > 0 ? "higher" : "lower");
    return t.label()
        + " "
        + size
        + " in "
        + period
        + " "
        + counts
        + (verdict == null
            ? "; no significance test was possible"
            : ", not a statistically significant change");
  }

  /**
   * The abrupt months to check, and a step in level, said in the sentence itself: a change across
   * either is not a trend (SPEC 4.5).
   */
  static String cautions(Cautions c) {
    if (c == null) {
      return "";
    }
    String abrupt =
        c.abruptMonths().isEmpty()
            ? ""
            : c.abruptMonths().stream()
                .map(a -> a.month() + ": " + n(a.count()) + " against a usual " + usual(a.usual()))
                .collect(Collectors.joining("; ", " (check ", ")"));
    String step =
        c.step() == null
            ? ""
            : "; a step "
                + c.step().direction().id()
                + " from "
                + c.step().from()
                + ", so the change is a shift in level, not a trend";
    String splice =
        c.splices().contains(SeriesSpan.TWELVE.id())
            ? "; the two 12 months are spliced from different MPS releases (flag "
                + PriorityTrend.RELEASE_SPLICE
                + ")"
            : "";
    return abrupt + step + splice;
  }

  /** A median: whole, or to one decimal when it falls between two counts. */
  /** A usual level as the sentences and tables say it: whole numbers plain, a half to 1 dp. */
  public static String usual(double median) {
    return median == Math.rint(median)
        ? n((long) median)
        : String.format(Locale.UK, "%,.1f", median);
  }

  private static String comparator(ComparatorFigures c, String word) {
    if (c == null || c.changePct() == null) {
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

  private static String missing(WindowCount c, WindowCount p) {
    return java.util.stream.Stream.concat(p.missing().stream(), c.missing().stream())
        .map(Month::toString)
        .collect(Collectors.joining(", "));
  }

  private static String n(long v) {
    return String.format(Locale.UK, "%,d", v);
  }
}
