package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;
import saferstats.stats.TrendDirection;

/** The result of {@code saferstats quarterly}: the committee update (SPEC 4.3). */
public record QuarterlyReport(
    String command,
    String area,
    String force,
    Month end,
    String categories,
    boolean notAdditive,
    List<String> notes,
    List<InputSummary> inputs,
    List<Line> priorities,
    List<UnmeasurableLine> unmeasurable) {

  /** One window against the same window a year before, as the update gives it. */
  public record Pair(
      String label,
      Month from,
      Month to,
      Long count,
      Long lastYear,
      Long change,
      Double changePct) {
    static Pair of(PairFigures p) {
      WindowCount now = p.now();
      return new Pair(
          now.label(),
          now.from(),
          now.to(),
          now.count(),
          p.yearEarlier().count(),
          p.change(),
          p.changePct());
    }
  }

  /** One priority's update. */
  public record Line(
      String name,
      String group,
      boolean approximate,
      String note,
      Pair quarter,
      SignificanceFigures quarterSignificance,
      Pair fytd,
      Pair rolling12,
      SignificanceFigures significance,
      TrendDirection direction,
      ComparatorFigures comparator,
      RateFigures rate,
      String sentence,
      List<String> flags,
      Cautions cautions,
      UnlocatedFigures unlocated) {}

  /** A priority the inputs cannot measure, with its sentence. */
  public record UnmeasurableLine(String name, String needs, String sentence) {}
}
