package saferstats.render;

import java.util.List;
import java.util.stream.Collectors;
import saferstats.analysis.Cautions;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.Sentences;
import saferstats.analysis.UnlocatedFigures;

/** A priority's flags as one table cell, each caution with its months beside the figures. */
final class CautionsText {
  private CautionsText() {}

  /**
   * The flags cell of a terminal table: their names on its one line ({@code --wide}, Markdown), and
   * in the fitted layout's notes the words the report prints ({@link #words}); {@code more} are
   * further entries (missing months) the same in both.
   */
  static TextTable.Noted cell(
      List<String> flags, Cautions c, UnlocatedFigures u, List<String> more) {
    List<String> line = new java.util.ArrayList<>(each(flags, c, u));
    List<String> words = new java.util.ArrayList<>(words(flags, c, u));
    line.addAll(more);
    words.addAll(more);
    return new TextTable.Noted(line, words);
  }

  /** Each flag with its months and figures in words, with its summary mark: the one wording. */
  static List<String> words(List<String> flags, Cautions c, UnlocatedFigures u) {
    return each(flags, c, u).stream().map(SummaryFlags::readable).toList();
  }

  /** Each flag with its months and figures, one entry per flag. */
  static List<String> each(List<String> flags, Cautions c, UnlocatedFigures u) {
    return flags.stream()
        .map(f -> PriorityTrend.UNLOCATED_SHARE_CHANGED.equals(f) ? unlocated(f, u) : detail(f, c))
        .toList();
  }

  /** The force's unlocated share in each 12-month window, and the area's change with them. */
  private static String unlocated(String flag, UnlocatedFigures u) {
    if (u == null) {
      return flag;
    }
    return flag
        + " "
        + Fmt.share(u.previous12().sharePct())
        + " → "
        + Fmt.share(u.current12().sharePct())
        + " of the force's (with them "
        + Fmt.pct(u.changePctWithThem())
        + ")";
  }

  private static String detail(String flag, Cautions c) {
    if (c == null) {
      return flag;
    }
    return switch (flag) {
      case PriorityTrend.ABRUPT_MONTH ->
          flag
              + " "
              + c.abruptMonths().stream()
                  .map(
                      a ->
                          a.month()
                              + " ("
                              + Fmt.count(a.count())
                              + " vs usual "
                              + Sentences.usual(a.usual())
                              + ")")
                  .collect(Collectors.joining(", "));
      case PriorityTrend.STEP ->
          c.step() == null
              ? flag
              : flag + " " + c.step().direction().id() + " from " + c.step().from();
      case PriorityTrend.KNOWN_BREAK ->
          flag
              + " "
              + c.knownBreaks().stream()
                  .map(b -> b.from().equals(b.to()) ? b.from().toString() : b.from() + "–" + b.to())
                  .collect(Collectors.joining(", "));
      case PriorityTrend.RELEASE_SPLICE -> flag + " (" + String.join(", ", c.splices()) + ")";
      default -> flag;
    };
  }
}
