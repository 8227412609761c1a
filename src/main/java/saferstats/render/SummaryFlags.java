package saferstats.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import saferstats.analysis.Cautions;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.Sentences;
import saferstats.analysis.Verdict;
import saferstats.load.SeriesSpan;

/**
 * The summary table's flags as a person reads them (issue 26.3): a short mark per flag in the row,
 * and under the table one footnote per kind of flag that occurs, saying what it means and, where it
 * has them, each priority's months and figures. The machine names stay in JSON and CSV.
 */
final class SummaryFlags {
  private SummaryFlags() {}

  /** A kind of flag: its mark in the row and the start of its footnote. */
  enum Kind {
    ABRUPT(
        PriorityTrend.ABRUPT_MONTH,
        "*",
        "abrupt month: a month under a quarter, or over four"
            + " times, the usual level of the 12 before it lies in the compared months — check it"),
    STEP(
        PriorityTrend.STEP,
        "†",
        "step: a run of months on one side of the control chart's centre"
            + " starts inside the compared months, so the change is a shift in level, not a trend"),
    SMALL_COMPARATOR(
        PriorityTrend.COMPARATOR_TOO_SMALL,
        "‡",
        "comparator too small: the rest of"
            + " the force is smaller than the area, so its change is mostly the area's own"),
    BREAK(
        PriorityTrend.KNOWN_BREAK,
        "§",
        "known break: a national change in recording lies in" + " a window"),
    SPLICE(
        PriorityTrend.RELEASE_SPLICE,
        "‖",
        "release splice: the months come from more than" + " one MPS release, which may differ"),
    RESIDENTS(
        PriorityTrend.RESIDENT_DENOMINATOR,
        "¶",
        "residents are not the population at"
            + " risk: all crime is over 250 per 1,000 residents a year, so workers and visitors,"
            + " not in the denominator, are much of it; compare on change, not rate"),
    UNLOCATED(
        PriorityTrend.UNLOCATED_SHARE_CHANGED,
        "#",
        "crimes with no place: the share of the"
            + " force's crimes with no location moved by 2 points or more, which no area can hold"),
    POLICE(PriorityTrend.POLICE_ACTIVITY, "°", "found by police: " + Verdict.POLICE_ACTIVITY),
    FEW(PriorityTrend.SMALL_NUMBERS, "few", "too few crimes (under 10) in a window to compare"),
    GAP(
        PriorityTrend.INCOMPLETE,
        "gap",
        "a window touches a month with no data, so its change is n/a"),
    SHORT(PriorityTrend.SHORT_SERIES, "short", "too few months for the trend, which is withheld");

    final String flag;
    final String mark;
    final String meaning;

    Kind(String flag, String mark, String meaning) {
      this.flag = flag;
      this.mark = mark;
      this.meaning = meaning;
    }

    static Kind of(String flag) {
      for (Kind k : values()) {
        if (k.flag.equals(flag)) {
          return k;
        }
      }
      return null;
    }
  }

  /** The row's marks in the kinds' order, e.g. "† ‡ ¶"; a flag of no known kind by its name. */
  static String cell(List<String> flags) {
    List<String> marks = new ArrayList<>();
    for (Kind k : Kind.values()) {
      if (flags.contains(k.flag)) {
        marks.add(k.mark);
      }
    }
    flags.stream().filter(f -> Kind.of(f) == null).forEach(marks::add);
    return String.join(" ", marks);
  }

  /**
   * A priority's flag line as a person reads it: "abrupt-month 2023-08 (3 vs usual 54)" becomes "*
   * abrupt month 2023-08 (3 vs usual 54)", a bare flag its mark and meaning; a line of no known
   * kind is kept as it is.
   */
  static String readable(String line) {
    for (Kind k : Kind.values()) {
      if (line.equals(k.flag)) {
        return lead(k) + k.meaning + ".";
      }
      if (line.startsWith(k.flag + " ")) {
        String rest = line.substring(k.flag.length());
        if (k == Kind.SPLICE && rest.startsWith(" (") && rest.endsWith(")")) {
          // "release-splice (12-months, trend)": the spans' ids said as the footnote says them.
          rest =
              " of "
                  + splices(List.of(rest.substring(2, rest.length() - 1).split(", ")))
                  + " (the months come from more than one MPS release, which may differ)";
        }
        return lead(k) + k.meaning.substring(0, k.meaning.indexOf(':')) + rest;
      }
    }
    return line;
  }

  /** A word mark is followed by a colon ("few: …"), a symbol by the kind's name ("† step: …"). */
  private static String lead(Kind k) {
    return Character.isLetter(k.mark.charAt(0)) ? k.mark + ": " : k.mark + " ";
  }

  /** One footnote per kind that occurs in {@code priorities}, with each priority's details. */
  static List<String> footnotes(List<PriorityTrend> priorities) {
    List<String> out = new ArrayList<>();
    for (Kind k : Kind.values()) {
      List<PriorityTrend> with =
          priorities.stream().filter(p -> p.flags().contains(k.flag)).toList();
      if (with.isEmpty()) {
        continue;
      }
      String details = details(k, with, with.size() == priorities.size());
      out.add(lead(k) + k.meaning + (details.isEmpty() ? "" : " (" + details + ")") + ".");
    }
    return out;
  }

  /** Which priorities, and their months and figures where the flag has them. */
  private static String details(Kind k, List<PriorityTrend> with, boolean every) {
    Function<PriorityTrend, String> each =
        switch (k) {
          case ABRUPT -> p -> p.label() + " " + abrupt(p.cautions());
          case STEP ->
              p ->
                  p.cautions() == null || p.cautions().step() == null
                      ? p.label()
                      : p.label()
                          + " "
                          + p.cautions().step().direction().id()
                          + " from "
                          + p.cautions().step().from();
          case BREAK -> p -> p.label() + " " + breaks(p.cautions());
          case SPLICE -> p -> p.label() + ": " + splices(p.cautions());
          default -> PriorityTrend::label;
        };
    if (every && (k == Kind.RESIDENTS || k == Kind.SMALL_COMPARATOR || k == Kind.UNLOCATED)) {
      return "every priority";
    }
    if (every && k == Kind.BREAK && same(with, SummaryFlags::breaks)) {
      // The same break in every row: said once.
      return "every priority: " + breaks(with.get(0).cautions());
    }
    if (every && k == Kind.SPLICE && same(with, SummaryFlags::splices)) {
      return "every priority: " + splices(with.get(0).cautions());
    }
    Map<String, Boolean> seen = new LinkedHashMap<>();
    with.forEach(p -> seen.put(each.apply(p), true));
    return String.join("; ", seen.keySet());
  }

  private static boolean same(List<PriorityTrend> with, Function<Cautions, String> words) {
    return with.stream().map(p -> words.apply(p.cautions())).distinct().count() == 1;
  }

  /**
   * Which spans were spliced, in words: "the comparator's 12 months", "the 12-month comparison".
   */
  private static String splices(Cautions c) {
    return c == null ? "" : splices(c.splices());
  }

  private static String splices(List<String> ids) {
    return ids.stream()
        .map(
            id ->
                PriorityTrend.COMPARATOR_SPLICE.equals(id)
                    ? "the comparator's 12 months (--compare tables)"
                    : java.util.Arrays.stream(SeriesSpan.values())
                        .filter(s -> s.id().equals(id))
                        .map(SeriesSpan::description)
                        .findFirst()
                        .orElse(id))
        .collect(Collectors.joining(", "));
  }

  private static String abrupt(Cautions c) {
    if (c == null) {
      return "";
    }
    return c.abruptMonths().stream()
        .map(
            a ->
                a.month()
                    + ": "
                    + Fmt.count(a.count())
                    + " against a usual "
                    + Sentences.usual(a.usual()))
        .collect(Collectors.joining(", "));
  }

  private static String breaks(Cautions c) {
    if (c == null) {
      return "";
    }
    return c.knownBreaks().stream()
        .map(
            b ->
                (b.from().equals(b.to()) ? b.from().toString() : b.from() + " to " + b.to())
                    + ", "
                    + b.description())
        .distinct()
        .collect(Collectors.joining("; "));
  }
}
