package saferstats.render;

import java.util.List;
import saferstats.analysis.PositiveOutcomeFigures;

/**
 * The MPS Monthly Crime Dashboard's positive outcomes per priority, for people (SPEC 1.4b): counts
 * over the two 12-month windows and the ratio to the same categories' offences, never a monthly
 * rate (an outcome recorded in a month may be of an earlier offence).
 */
final class PositiveOutcomesText {
  private PositiveOutcomesText() {}

  static void section(Text out, List<PositiveOutcomeFigures> figures) {
    if (figures == null || figures.isEmpty()) {
      return;
    }
    out.heading(
        "Positive outcomes (MPS Monthly Crime Dashboard; outcomes recorded in the 12 months, which"
            + " may be of earlier offences: a ratio to the offences, not a rate)");
    TextTable t =
        new TextTable(
            "Priority",
            "Positive outcomes 12m>",
            "Previous 12m>",
            "Offences 12m>",
            "Outcomes per offence>",
            "Dashboard categories");
    for (PositiveOutcomeFigures f : figures) {
      t.row(
          f.priority(),
          Fmt.count(f.current12()),
          Fmt.count(f.previous12()),
          Fmt.count(f.offences12()),
          f.ratio12() == null ? Fmt.NA : Fmt.decimal(f.ratio12(), 3),
          String.join(", ", f.categories()));
    }
    out.table(t);
  }
}
