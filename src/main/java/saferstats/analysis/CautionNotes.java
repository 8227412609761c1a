package saferstats.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The notes that say each priority's {@link Cautions} in words, for every format (SPEC 4.5). */
final class CautionNotes {
  private CautionNotes() {}

  static List<String> of(List<PriorityTrend> priorities) {
    List<String> notes = new ArrayList<>();
    for (PriorityTrend p : priorities) {
      Cautions c = p.cautions();
      if (c == null) {
        continue;
      }
      for (Cautions.AbruptMonth a : c.abruptMonths()) {
        notes.add(
            String.format(
                Locale.UK,
                "%s: %s had %,d against a usual %s (the median of the 12 months before), in %s."
                    + " An abrupt month may be a recording change or a real event; check it before"
                    + " reading a change across it (flag %s).",
                p.label(),
                a.month(),
                a.count(),
                Sentences.usual(a.usual()),
                String.join(", ", a.windows()),
                PriorityTrend.ABRUPT_MONTH));
      }
      if (c.step() != null) {
        notes.add(
            p.label()
                + ": a step "
                + c.step().direction().id()
                + " from "
                + c.step().from()
                + " (a control-chart run of 7 or more months on one side of the centre, starting"
                + " inside the 24 months compared); a change across a step is a shift in level, not"
                + " a trend (flag "
                + PriorityTrend.STEP
                + ").");
      }
      for (Cautions.KnownBreak b : c.knownBreaks()) {
        notes.add(
            p.label()
                + ": "
                + String.join(", ", b.windows())
                + " contain a known series break ("
                + (b.from().equals(b.to()) ? b.from() : b.from() + " to " + b.to())
                + "): "
                + b.description()
                + " (flag "
                + PriorityTrend.KNOWN_BREAK
                + ").");
      }
    }
    notes.addAll(comparatorTooSmall(priorities));
    return notes;
  }

  /**
   * One note for every priority whose comparator's rest is smaller than the area: what the flag
   * means, with the largest such priority's figures, and what would give a comparator that
   * compares.
   */
  static List<String> comparatorTooSmall(List<PriorityTrend> priorities) {
    List<PriorityTrend> small =
        priorities.stream()
            .filter(p -> p.comparator() != null && p.comparator().tooSmall())
            .filter(p -> p.windows().twelve().now().count() != null)
            .toList();
    if (small.isEmpty()) {
      return List.of();
    }
    PriorityTrend largest =
        small.stream()
            .max(Comparator.comparingLong((PriorityTrend p) -> p.windows().twelve().now().count()))
            .orElseThrow();
    return List.of(
        String.format(
            Locale.UK,
            "%s (%d of %d priorities): the comparator's rest is smaller than the area over the"
                + " current 12 months (%s: %,d in the rest of %s against %,d in the area), so its"
                + " change mostly measures the area itself. It is marked \"(too small)\" and left"
                + " out of the sentences; --compare with another force's police.uk files or the MPS"
                + " tables gives a comparator that compares.",
            PriorityTrend.COMPARATOR_TOO_SMALL,
            small.size(),
            priorities.size(),
            largest.label(),
            largest.comparator().rest().current12(),
            largest.comparator().name(),
            largest.windows().twelve().now().count()));
  }
}
