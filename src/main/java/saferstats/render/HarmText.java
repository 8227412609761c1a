package saferstats.render;

import java.util.List;
import saferstats.analysis.HarmFigures;
import saferstats.analysis.PriorityTrend;

/** Each priority's harm beside its volume, for people (SPEC 4.8): the table and the report cell. */
final class HarmText {
  private HarmText() {}

  /** The harm table, when any priority carries harm; the notes say how it was weighed. */
  static void section(Text out, List<PriorityTrend> priorities) {
    List<PriorityTrend> with = priorities.stream().filter(p -> p.harm() != null).toList();
    if (with.isEmpty()) {
      return;
    }
    HarmFigures first = with.get(0).harm();
    out.heading(
        "Harm, "
            + first.from()
            + " to "
            + first.to()
            + " (crimes × average severity weight"
            + (first.force() == null
                ? ""
                : ", "
                    + first.weights()
                    + " weights averaged over the "
                    + first.year()
                    + " offence mix of "
                    + first.force())
            + "; an approximation, see the notes; shares of the area's crime, which overlapping"
            + " priorities do not add up to)");
    TextTable t =
        new TextTable(
            "Priority",
            "Crimes>",
            "Average weight>",
            "Harm>",
            "Harm share>",
            "Volume share>",
            "Note");
    t.notes(6);
    for (PriorityTrend p : with) {
      HarmFigures h = p.harm();
      t.row(
          p.label(),
          Fmt.count(h.crimes()),
          h.averageWeight() == null ? Fmt.NA : Fmt.decimal(h.averageWeight(), 1),
          h.harm() == null ? Fmt.NA : Fmt.decimal(h.harm(), 0),
          fraction(h.harmShare()),
          fraction(h.volumeShare()),
          note(h));
    }
    out.table(t);
  }

  private static String note(HarmFigures h) {
    String flags = String.join(", ", h.flags());
    if (h.reason() == null) {
      return flags;
    }
    return flags.isEmpty() ? h.reason() : flags + "; " + h.reason();
  }

  /** A fraction of a whole as a percentage: 0.2304 → "23.0%". */
  static String fraction(Double f) {
    return f == null ? Fmt.NA : Fmt.share(f * 100);
  }
}
