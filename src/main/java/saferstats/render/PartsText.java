package saferstats.render;

import java.util.ArrayList;
import java.util.List;
import saferstats.analysis.PriorityParts;
import saferstats.model.InputKind;

/**
 * The parts of a priority taking the MPS Monthly Crime Dashboard's subgroups, for people: each
 * part's 12 months against the 12 before, and the total of a dashboard group the priority takes
 * only part of, so a total over unlike parts does not hide them moving apart.
 */
final class PartsText {
  private PartsText() {}

  /** The trends table of the parts, and a line per group total beneath. */
  static void section(Text out, List<PriorityParts> all) {
    if (all == null || all.isEmpty()) {
      return;
    }
    out.heading(
        "Parts of priorities (current 12 months against the previous 12; dashboard: the MPS Monthly"
            + " Crime Dashboard)");
    TextTable t =
        new TextTable("Priority", "Part (source)", "Current 12>", "Previous 12>", "Change %>");
    List<String> wholes = new ArrayList<>();
    for (PriorityParts p : all) {
      for (PriorityParts.Part part : p.parts()) {
        t.row(
            p.priority(),
            part.name() + " (" + shortSource(part.source()) + ")",
            Fmt.count(part.current12()),
            Fmt.count(part.previous12()),
            Fmt.pct(part.changePct()));
      }
      p.wholes().forEach(w -> wholes.add(p.priority() + ": " + whole(w)));
    }
    out.table(t);
    if (!wholes.isEmpty()) {
      out.list("Groups these priorities take only part of (MPS Monthly Crime Dashboard)", wholes);
    }
  }

  /**
   * The report's line: "Parts: Sexual Offences (MPS tables) 496 against 382 (+29.8%); …. Domestic
   * Abuse in all (…): 2,002 against 1,684 (+18.9%); this priority counts its … only."
   */
  static String line(PriorityParts p) {
    StringBuilder s = new StringBuilder();
    if (p.parts().size() > 1) {
      List<String> parts = new ArrayList<>();
      for (PriorityParts.Part part : p.parts()) {
        parts.add(part.name() + " (" + source(part.source()) + ") " + counts(part));
      }
      s.append("Parts: ").append(String.join("; ", parts)).append(".");
    }
    for (PriorityParts.Whole w : p.wholes()) {
      s.append(s.isEmpty() ? "" : " ").append(capitalised(whole(w)));
    }
    return s.toString();
  }

  /** "Domestic Abuse in all (MPS Monthly Crime Dashboard): 2,002 against 1,684 (+18.9%); …". */
  private static String whole(PriorityParts.Whole w) {
    return w.group()
        + " in all ("
        + source(w.total().source())
        + "): "
        + counts(w.total())
        + "; this priority counts its "
        + String.join(" and ", w.counted())
        + " only.";
  }

  private static String counts(PriorityParts.Part part) {
    return Fmt.count(part.current12())
        + " against "
        + Fmt.count(part.previous12())
        + " ("
        + Fmt.pct(part.changePct())
        + ")";
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The source in a table cell: the heading's note names the dashboard in full. */
  private static String shortSource(InputKind kind) {
    return kind == InputKind.MPS_DASHBOARD ? "dashboard" : source(kind);
  }

  private static String source(InputKind kind) {
    return switch (kind) {
      case MPS -> "MPS tables";
      case MPS_DASHBOARD -> "MPS Monthly Crime Dashboard";
      case POLICE_UK -> "police.uk";
      case RECORDS -> "local records";
      case HOME_OFFICE -> "Home Office";
    };
  }
}
