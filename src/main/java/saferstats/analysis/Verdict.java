package saferstats.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import saferstats.model.Month;
import saferstats.stats.Significance;

/**
 * The verdict on one comparison as a reader first sees it: the summary's verdict column, the
 * sentence, a key finding (SPEC 4.6, "A verdict never outruns its data"). Where an abrupt month, a
 * step or a known break lies inside the months compared, what was found comes first, before the
 * test's word, and names what the data show, never a cause they cannot show: "−48% after a step
 * down from 2023-03, cause unknown (2023-08 and 2023-09 at 3 and 4 against a usual 54 and 48)". A
 * known break whose direction is known says which way it biases the comparison.
 *
 * @param change the change as committee papers write it ("−48%", "+17%", "0%"), or null when no
 *     percentage can be given (a window misses months, or a count is under 10)
 * @param found what lies inside the months compared, in words; empty when nothing does
 * @param shift whether a step lies inside them, so the change is a shift in level, not a trend
 * @param test the test's verdict, or null when no test was possible
 * @param text the verdict in one line: the change, what was found, then the test
 * @param brief the same for the summary table's narrow column, without the change and the figures
 *     its footnotes give: "after a step down from 2023-03, cause unknown (abrupt months 2023-08 and
 *     2023-09); a shift in level, not a trend (test: significant decrease)"
 */
public record Verdict(
    String change, String found, boolean shift, Significance test, String text, String brief) {

  /**
   * The caution on a count recorded mostly through police activity ({@link
   * PriorityTrend#POLICE_ACTIVITY}), as the verdict, the sentence, a key finding and the flag's
   * footnote all say it.
   */
  public static final String POLICE_ACTIVITY =
      "a count of crimes found mostly by police activity (stop and search, operations), so it"
          + " follows policing as much as offending";

  /** The same for the summary's narrow verdict column. */
  static final String POLICE_ACTIVITY_BRIEF =
      "found mostly by police activity, so follows policing";

  /**
   * The verdict for a column beside the change itself: the text without its leading change ("after
   * a step down from 2023-03, cause unknown (…); a shift in level, not a trend (test: significant
   * decrease)", or "significant decrease").
   */
  public String withoutChange() {
    return change == null ? text : text.substring(change.length()).replaceFirst("^[ ,]+", "");
  }

  /** Whether something inside the compared months qualifies the test's word. */
  public boolean qualified() {
    return !found.isEmpty();
  }

  /**
   * The verdict on {@code pair}, tested by {@code s}, with the {@code cautions} of its priority.
   */
  public static Verdict of(PairFigures pair, SignificanceFigures s, Cautions cautions) {
    return of(pair, s, cautions, false);
  }

  /**
   * As {@link #of(PairFigures, SignificanceFigures, Cautions)}; {@code policeActivity}: the count
   * follows police activity, which the verdict says after the test's word.
   */
  public static Verdict of(
      PairFigures pair, SignificanceFigures s, Cautions cautions, boolean policeActivity) {
    WindowCount now = pair.now();
    WindowCount earlier = pair.yearEarlier();
    Significance test = s == null ? null : s.label();
    if (!now.complete() || !earlier.complete()) {
      String none = "no comparison: months with no data";
      return new Verdict(null, "", false, null, none, none);
    }
    if (pair.changePct() == null) {
      return new Verdict(null, "", false, test, "too few to compare", "too few to compare");
    }
    String change = signed(pair.changePct());
    Cautions c = cautions == null ? Cautions.NONE : cautions;
    boolean shift = stepInside(c, now, earlier);
    String found = found(c, pair, shift, false);
    String words = test == null ? "no test possible" : test.id();
    String text =
        found.isEmpty() ? change + ", " + words : change + " " + found + tail(shift, words);
    String brief = found.isEmpty() ? words : found(c, pair, shift, true) + tail(shift, words);
    if (policeActivity) {
      text += "; " + POLICE_ACTIVITY;
      brief += "; " + POLICE_ACTIVITY_BRIEF;
    }
    return new Verdict(change, found, shift, test, text, brief);
  }

  private static String tail(boolean shift, String words) {
    return "; "
        + (shift ? "a shift in level, not a trend (test: " + words + ")" : "test: " + words);
  }

  /** The priority's verdict on its 12 months against the 12 before. */
  public static Verdict twelveMonths(PriorityTrend t) {
    return of(
        t.windows().twelve(),
        t.significance(),
        t.cautions(),
        t.flags().contains(PriorityTrend.POLICE_ACTIVITY));
  }

  /**
   * A step, then the abrupt months, then each known break inside the compared months, joined by
   * "and": "after a step down from 2023-03, cause unknown (2023-08 at 3 against a usual 54)".
   */
  static String found(Cautions c, PairFigures pair, boolean shift, boolean brief) {
    WindowCount now = pair.now();
    WindowCount earlier = pair.yearEarlier();
    List<Cautions.AbruptMonth> abrupt =
        c.abruptMonths().stream().filter(a -> inside(a.month(), a.month(), now, earlier)).toList();
    List<String> parts = new ArrayList<>();
    String months =
        abrupt.isEmpty()
            ? ""
            : brief
                ? " ("
                    + (abrupt.size() == 1 ? "abrupt month " : "abrupt months ")
                    + named(abrupt)
                    + ")"
                : " (" + abruptMonths(abrupt) + ")";
    if (shift) {
      parts.add(
          "after a step "
              + c.step().direction().id()
              + " from "
              + c.step().from()
              + ", cause unknown"
              + months);
    } else if (!abrupt.isEmpty()) {
      parts.add(
          brief
              ? (abrupt.size() == 1 ? "across abrupt month " : "across abrupt months ")
                  + named(abrupt)
                  + ", cause unknown"
              : (abrupt.size() == 1 ? "across an abrupt month" : "across abrupt months")
                  + ", cause unknown"
                  + months);
    }
    for (Cautions.KnownBreak b : c.knownBreaks()) {
      if (inside(b.from(), b.to(), now, earlier)) {
        parts.add(
            "across "
                + b.name()
                + (brief ? briefBias(b, pair) : " (" + span(b) + bias(b, pair) + ")"));
      }
    }
    return String.join(", and ", parts);
  }

  /**
   * Which way a break of known direction tilts the comparison: it moves counts from its first month
   * on, so the window with more months after it is moved more. "lowers counts from then on: with
   * all of the current and 4 of the previous 12 months after it, the rise is if anything
   * understated". Empty when the break's direction is not known.
   */
  static String bias(Cautions.KnownBreak b, PairFigures pair) {
    if (b.effect() == null) {
      return "";
    }
    int after = monthsFrom(b.from(), pair.now());
    int before = monthsFrom(b.from(), pair.yearEarlier());
    String verb = b.effect() == Cautions.Effect.LOWERS ? "lowers" : "raises";
    String head =
        ": it "
            + verb
            + " counts from then on; with "
            + share(after, pair.now())
            + " of the current and "
            + share(before, pair.yearEarlier())
            + " of the previous "
            + pair.yearEarlier().from().through(pair.yearEarlier().to()).size()
            + " months after it, ";
    if (after == before) {
      return head + "the comparison is like for like";
    }
    // +1 when the current window is pushed down more than the earlier one: a rise then reads
    // smaller than it is, a fall larger.
    int tilt = (b.effect() == Cautions.Effect.LOWERS ? 1 : -1) * Integer.signum(after - before);
    long change = pair.change();
    if (change == 0) {
      return head + "no change may hide " + (tilt > 0 ? "a rise" : "a fall");
    }
    boolean rise = change > 0;
    return head
        + "the "
        + (rise ? "rise" : "fall")
        + " is if anything "
        + ((rise == (tilt > 0)) ? "understated" : "overstated");
  }

  /** The bias's conclusion alone, in brackets ("(the rise is if anything understated)"). */
  private static String briefBias(Cautions.KnownBreak b, PairFigures pair) {
    String bias = bias(b, pair);
    return bias.isEmpty() ? "" : " (" + bias.substring(bias.lastIndexOf(", ") + 2) + ")";
  }

  private static String named(List<Cautions.AbruptMonth> abrupt) {
    return and(abrupt.stream().map(a -> a.month().toString()).toList());
  }

  private static String share(int months, WindowCount w) {
    int of = w.from().through(w.to()).size();
    return months == of ? "all" : months == 0 ? "none" : String.valueOf(months);
  }

  /** Months of window {@code w} from {@code m} on. */
  private static int monthsFrom(Month m, WindowCount w) {
    return (int) w.from().through(w.to()).stream().filter(x -> !x.isBefore(m)).count();
  }

  /** "2023-08 and 2023-09 at 3 and 4 against a usual 54 and 48". */
  static String abruptMonths(List<Cautions.AbruptMonth> abrupt) {
    return and(abrupt.stream().map(a -> a.month().toString()).toList())
        + " at "
        + and(abrupt.stream().map(a -> String.format(Locale.UK, "%,d", a.count())).toList())
        + " against a usual "
        + and(abrupt.stream().map(a -> Sentences.usual(a.usual())).toList());
  }

  private static String and(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  private static String span(Cautions.KnownBreak b) {
    return b.from().equals(b.to()) ? b.from().toString() : b.from() + " to " + b.to();
  }

  /** A step whose first month lies inside the compared windows: a level shift across them. */
  static boolean stepInside(Cautions c, WindowCount now, WindowCount earlier) {
    return c.step() != null
        && !c.step().from().isBefore(earlier.from())
        && !c.step().from().isAfter(now.to());
  }

  /** Whether the months from..to meet either window. */
  static boolean inside(Month from, Month to, WindowCount... windows) {
    for (WindowCount w : windows) {
      if (!from.isAfter(w.to()) && !to.isBefore(w.from())) {
        return true;
      }
    }
    return false;
  }

  /** Whole percent with its sign ("−48%", "+17%"); one decimal below 1% so "0%" hides nothing. */
  static String signed(double pct) {
    double a = Math.abs(pct);
    String n = a < 1 ? String.format(Locale.UK, "%.1f", a) : String.valueOf(Math.round(a));
    return (pct > 0 ? "+" : pct < 0 ? "−" : "") + n + "%";
  }
}
