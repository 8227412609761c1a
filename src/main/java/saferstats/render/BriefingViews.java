package saferstats.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import saferstats.analysis.AreaHarm;
import saferstats.analysis.Briefing;
import saferstats.analysis.HarmFigures;
import saferstats.analysis.KeyFindings;
import saferstats.analysis.PriorityMatrix;
import saferstats.analysis.PriorityTrend;
import saferstats.model.InputKind;

/** Turns the {@link Briefing} into the {@link BriefingView} at the top of the report. */
final class BriefingViews {
  /** The mark of a harm share whose offence mix predates a counting change in the window. */
  static final String MIX_BREAK = "§";

  /** The mark of a harm share of only part of a priority's crimes (the rest have no weight). */
  static final String PARTIAL = "partial";

  /**
   * Why an MPS priority's concentration is n/a: the tables count boroughs and wards, never LSOAs,
   * whatever boundaries are given.
   */
  static final String NO_LSOAS =
      "Concentration n/a: the MPS tables count boroughs and wards, not LSOAs, so there is no count"
          + " over LSOAs to measure it by (police.uk street files give it).";

  /** The mark of a matrix cell with no peer position. */
  static final String NO_PEER = "—";

  private BriefingViews() {}

  /**
   * @param priorities the trends' priorities in the report's order (their anchors follow it)
   */
  static BriefingView of(Briefing b, List<PriorityTrend> priorities) {
    List<BriefingView.MatrixRow> rows = new ArrayList<>();
    boolean mixBreak = false;
    Map<String, List<String>> absent = new LinkedHashMap<>();
    String onChange = null;
    Set<SummaryFlags.Kind> changeMarks = java.util.EnumSet.noneOf(SummaryFlags.Kind.class);
    List<String> partial = new ArrayList<>();
    for (PriorityMatrix.Row r : b.matrix().rows()) {
      PriorityTrend p = r.priority();
      int i = priorities.indexOf(p);
      HarmFigures h = p.harm();
      boolean breakHere = h != null && h.flags().contains(PriorityTrend.KNOWN_BREAK);
      mixBreak |= breakHere && r.harmShare() != null;
      boolean partHere = h != null && h.partial() && r.harmShare() != null;
      if (partHere) {
        partial.add(
            String.format(
                Locale.UK,
                "%s, %,d of %,d crimes unweighted",
                p.label(),
                h.unweightedCrimes(),
                h.crimes()));
      }
      PriorityMatrix.PeerPosition peer = r.peers();
      if (peer.onChange()) {
        onChange = peer.absent();
      } else if (peer.absent() != null) {
        absent.computeIfAbsent(peer.absent(), k -> new ArrayList<>()).add(p.label());
      }
      rows.add(
          new BriefingView.MatrixRow(
              p.measurable() && i >= 0 ? "p" + (i + 1) : null,
              p.approximate() ? p.label() + " " + APPROXIMATE : p.label(),
              r.volume() == null ? Fmt.NA : Fmt.count(r.volume()),
              change(r.changePct(), p.flags(), changeMarks),
              r.harmShare() == null
                  ? "by volume"
                  : HarmText.fraction(r.harmShare())
                      + (partHere ? " " + PARTIAL : "")
                      + (breakHere ? " " + MIX_BREAK : ""),
              HarmText.fraction(r.volumeShare()),
              r.gini() == null ? Fmt.NA : Fmt.decimal(r.gini(), 2),
              peer(peer)));
    }
    return new BriefingView(
        b.findings().findings().stream().map(KeyFindings.Finding::sentence).toList(),
        rows,
        withApproximate(notes(b, mixBreak, partial, absent, onChange, changeMarks), priorities),
        withApproximate(SummaryFlags.footnotes(priorities), priorities));
  }

  /** The mark after an approximate priority's name. */
  static final String APPROXIMATE = "≈";

  /** {@code notes} and, when a priority is approximate, the footnote of its mark. */
  static List<String> withApproximate(List<String> notes, List<PriorityTrend> priorities) {
    List<String> which =
        priorities.stream().filter(PriorityTrend::approximate).map(PriorityTrend::label).toList();
    if (which.isEmpty()) {
      return notes;
    }
    List<String> out = new ArrayList<>(notes);
    out.add(
        APPROXIMATE
            + " approximate measure: the inputs' categories measure the priority only in part or"
            + " with others beside it ("
            + String.join("; ", which)
            + "; its section's flags say what is counted and what is left out).");
    return out;
  }

  /**
   * The flags that qualify a change, as the summary marks them: the matrix's change must not read
   * bare where the summary's carries a mark (review finding 20). Rate and comparator marks (¶ ‡)
   * are not the change's.
   */
  static final List<SummaryFlags.Kind> CHANGE_KINDS =
      List.of(
          SummaryFlags.Kind.ABRUPT,
          SummaryFlags.Kind.STEP,
          SummaryFlags.Kind.BREAK,
          SummaryFlags.Kind.SPLICE,
          SummaryFlags.Kind.UNLOCATED,
          SummaryFlags.Kind.FEW,
          SummaryFlags.Kind.GAP);

  /** "+91.1% † #": the change with its marks; each mark used is added to {@code used}. */
  static String change(Double changePct, List<String> flags, Set<SummaryFlags.Kind> used) {
    StringBuilder cell = new StringBuilder(Fmt.pct(changePct));
    for (SummaryFlags.Kind k : CHANGE_KINDS) {
      if (flags.contains(k.flag)) {
        cell.append(' ').append(k.mark);
        used.add(k);
      }
    }
    return cell.toString();
  }

  /** The mark of a rank of the change, not the rate. */
  static final String ON_CHANGE = "change";

  /**
   * "2nd lowest of 32 (1–3), within": rank 1 is the lowest rate; the funnel's position after. An
   * area compared on change: "change 11 of 33 (5–19)", rank 1 the largest fall.
   */
  static String peer(PriorityMatrix.PeerPosition p) {
    if (p.onChange()) {
      return ON_CHANGE + " " + p.rank() + " of " + p.of() + " (" + p.low() + "–" + p.high() + ")";
    }
    if (p.absent() != null) {
      return NO_PEER;
    }
    return p.rank() + " of " + p.of() + " (" + p.low() + "–" + p.high() + "), " + p.funnel();
  }

  private static List<String> notes(
      Briefing b,
      boolean mixBreak,
      List<String> partial,
      Map<String, List<String>> absent,
      String onChange,
      Set<SummaryFlags.Kind> changeMarks) {
    List<String> out = new ArrayList<>();
    boolean anyHarm = b.matrix().rows().stream().anyMatch(PriorityMatrix.Row::weighed);
    out.add(
        (anyHarm
                ? "Sorted by harm share: each priority's crimes weighed by severity over the current"
                    + " 12 months, as a share of the area's (overlapping priorities do not add up);"
                    + " each category's weight is its average over the force's offence mix, so"
                    + " harm follows the count, not a change in the mix of offences. Priorities"
                    + " the weights do not cover come after, by volume."
                : "No priority carries a harm weight, so they are sorted by volume.")
            + " Volume share: of the area's crimes, anti-social behaviour excluded. Concentration:"
            + " the Gini coefficient of the current 12 months' count over the area's LSOAs (0 ="
            + " spread evenly, 1 = all in one). Compared with peers: rank by rate per 1,000"
            + (b.matrix().peerGroup() == null ? "" : " among " + b.matrix().peerGroup())
            + " (1 = lowest), its 95 % rank interval, and the funnel plot's position.");
    if (mixBreak) {
      out.add(
          MIX_BREAK
              + " "
              + AreaHarm.mixPredates()
              + ": the offence mix brings the weights to categories, so a harm share of the"
              + " categories that change touches is flagged (see the harm notes).");
    }
    if (!partial.isEmpty()) {
      out.add(
          PARTIAL
              + ": part of the priority's crimes are in categories with no weight of their own (the"
              + " MPS dashboard's cross-cutting counts, such as domestic abuse, have none), so its"
              + " harm share is of the weighted part alone, a floor ("
              + String.join("; ", partial)
              + "); it is sorted by that share.");
    }
    if (b.matrix().rows().stream()
        .anyMatch(r -> r.gini() == null && r.priority().source() == InputKind.MPS)) {
      out.add(NO_LSOAS);
    }
    if (!changeMarks.isEmpty()) {
      out.add(
          "Marks beside a change are the summary's (its footnotes give the months and figures): "
              + String.join(
                  "; ",
                  changeMarks.stream()
                      .map(
                          k ->
                              k.mark
                                  + " "
                                  + (k.meaning.indexOf(':') < 0
                                      ? k.meaning
                                      : k.meaning.substring(0, k.meaning.indexOf(':'))))
                      .toList())
              + ".");
    }
    if (onChange != null) {
      out.add(
          ON_CHANGE
              + ": "
              + onChange
              + "; the rank is of its change among the peers' (1 = the largest fall), with its 95 %"
              + " rank interval.");
    }
    out.addAll(absentNote(absent));
    return out;
  }

  /**
   * One "—" footnote however many reasons: one reason as it is; several as "not ranked", each
   * reason with its priorities, so the mark never means two things in two footnotes (finding 20).
   */
  static List<String> absentNote(Map<String, List<String>> absent) {
    if (absent.size() <= 1) {
      return absent.keySet().stream().map(a -> NO_PEER + " " + a + ".").toList();
    }
    List<String> each = new ArrayList<>();
    absent.forEach(
        (why, labels) ->
            each.add(
                why.replaceFirst("^not ranked: ", "") + " (" + String.join(", ", labels) + ")"));
    return List.of(NO_PEER + " not ranked among the peers: " + String.join("; ", each) + ".");
  }
}
