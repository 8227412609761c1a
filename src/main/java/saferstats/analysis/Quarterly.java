package saferstats.analysis;

import java.util.List;

/** Builds the committee update from the trend figures. */
public final class Quarterly {
  private Quarterly() {}

  /** {@code comparator} is how sentences name the comparator ("the force", "London"). */
  public static QuarterlyReport of(TrendsReport t, String comparator) {
    String word = comparator;
    List<QuarterlyReport.Line> lines = t.priorities().stream().map(p -> line(p, t, word)).toList();
    List<QuarterlyReport.UnmeasurableLine> unmeasurable =
        t.unmeasurable().stream()
            .map(
                u ->
                    new QuarterlyReport.UnmeasurableLine(
                        u.name(), u.needs(), Sentences.unmeasurable(u)))
            .toList();
    return new QuarterlyReport(
        "quarterly",
        t.area(),
        t.force(),
        t.end(),
        t.categories(),
        t.notAdditive(),
        t.notes(),
        t.inputs(),
        lines,
        unmeasurable);
  }

  private static QuarterlyReport.Line line(PriorityTrend p, TrendsReport t, String word) {
    WindowFigures w = p.windows();
    return new QuarterlyReport.Line(
        p.label(),
        p.group(),
        p.approximate(),
        p.note(),
        QuarterlyReport.Pair.of(w.quarter()),
        p.quarterSignificance(),
        QuarterlyReport.Pair.of(w.fytd()),
        QuarterlyReport.Pair.of(w.twelve()),
        p.significance(),
        p.trend() == null ? null : p.trend().direction(),
        p.comparator(),
        p.rate(),
        Sentences.of(p, t.end(), word),
        p.flags(),
        p.cautions(),
        p.unlocated());
  }
}
