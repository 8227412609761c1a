package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/** The result of {@code saferstats trends} (SPEC 4a). */
public record TrendsReport(
    String command,
    String area,
    String force,
    Month end,
    String categories,
    boolean notAdditive,
    List<String> notes,
    List<InputSummary> inputs,
    List<PriorityTrend> priorities,
    List<Unmeasurable> unmeasurable,
    List<PositiveOutcomeFigures> positiveOutcomes,
    List<PriorityParts> parts) {}
