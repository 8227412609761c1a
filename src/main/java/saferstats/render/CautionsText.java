package saferstats.render;

import java.util.List;
import java.util.stream.Collectors;
import saferstats.analysis.Cautions;
import saferstats.analysis.PriorityTrend;
import saferstats.analysis.Sentences;

/** A priority's flags as one table cell, each caution with its months beside the figures. */
final class CautionsText {
  private CautionsText() {}

  static String flags(List<String> flags, Cautions c) {
    return flags.stream().map(f -> detail(f, c)).collect(Collectors.joining("; "));
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
