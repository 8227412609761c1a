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

  static String flags(List<String> flags, Cautions c, UnlocatedFigures u) {
    return String.join("; ", each(flags, c, u));
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
