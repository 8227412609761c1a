package saferstats.draw;

import java.util.ArrayList;
import java.util.List;
import saferstats.analysis.ControlFigures;
import saferstats.analysis.MonthCount;
import saferstats.analysis.PriorityTrend;
import saferstats.model.Month;

/**
 * The lines under a trend chart's title that say what the chart ran on: months with data, the gaps,
 * why limits are withheld, and how far the year-before overlay reaches.
 */
final class Subtitles {
  private Subtitles() {}

  static List<String> of(PriorityTrend p) {
    List<MonthCount> months = p.monthly();
    long withData = months.stream().filter(m -> m.count() != null).count();
    List<String> lines = new ArrayList<>();
    ControlFigures c = p.control();
    List<List<Month>> gaps = Runs.missing(months);
    String gapText = gaps.isEmpty() ? "" : "; no data " + Runs.describe(gaps);
    if (c != null) {
      lines.add(
          "Mean and limits (XmR) over "
              + c.n()
              + " of "
              + c.of()
              + " months"
              + phases(c)
              + gapText);
    } else if (p.flags().contains(PriorityTrend.SHORT_SERIES)) {
      lines.add(
          "No control limits: only "
              + withData
              + " of "
              + months(months.size())
              + (withData == 1 ? " has" : " have")
              + " data, too few for a control chart"
              + gapText);
    } else {
      lines.add("No control limits" + gapText);
    }
    if (months.size() <= 12) {
      lines.add("No year-before line: the data hold " + months(months.size()));
    } else if (months.size() < 36) {
      lines.add(
          "Year before shown for the last "
              + (months.size() - 12)
              + " months only: the data start in "
              + months.get(0).month());
    }
    return lines;
  }

  /** The phases after the first, each with its start and reason, when the chart was re-phased. */
  private static String phases(ControlFigures c) {
    if (!c.phased()) {
      return "";
    }
    List<String> starts = new ArrayList<>();
    for (ControlFigures.Phase ph : c.phases().subList(1, c.phases().size())) {
      starts.add(
          ph.from()
              + " ("
              + ph.reason().replace('-', ' ')
              + (ph.ucl() == null ? ", under 12 months: no limits of its own" : "")
              + ")");
    }
    return ", in "
        + c.phases().size()
        + " phases, each with its own mean and limits; new phase from "
        + String.join(", ", starts);
  }

  private static String months(int n) {
    return n + (n == 1 ? " month" : " months");
  }
}
