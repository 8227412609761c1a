package saferstats.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import saferstats.draw.Drawing;

/**
 * The strategic assessment as the template reads it: every figure already formatted as people read
 * it, every chart already drawn. The template lays it out and Mustache escapes it; nothing here is
 * HTML.
 */
public record ReportView(
    String title,
    String area,
    String force,
    String period,
    String date,
    String categories,
    String windows,
    BriefingView briefing,
    List<SummaryRow> summary,
    List<Section> sections,
    List<Unmeasured> unmeasurable,
    List<InputRow> inputs,
    String inputsTotal,
    List<String> gaps,
    List<String> notes,
    List<String> attribution) {

  /** The "Not measurable" section is printed only when a priority is not measurable. */
  public boolean hasUnmeasurable() {
    return !unmeasurable.isEmpty();
  }

  /** One summary row; {@code anchor} links to the priority's section, when it has one. */
  public record SummaryRow(
      String anchor,
      String label,
      String current12,
      String previous12,
      String changePct,
      String significance,
      String trend,
      String signal,
      String rate,
      String comparator,
      String flags,
      Chart sparkline) {}

  /**
   * One measurable priority's section, at most two A4 pages: sentence, chart, windows (with the
   * comparator and outcomes in a line each), its place among peers, where, flags.
   */
  public record Section(
      String anchor,
      String label,
      String sentence,
      String parts,
      Chart trend,
      List<WindowRow> windows,
      String comparator,
      String outcomes,
      Peers peers,
      Places places,
      List<String> flags,
      List<String> notes) {
    public boolean hasFlags() {
      return !flags.isEmpty();
    }
  }

  /**
   * The priority among its peers: the funnel plot with the area's position in words and the method,
   * or ({@code absent}) one line saying truly why there is none.
   */
  public record Peers(Chart funnel, String position, String method, String absent) {}

  /** One window against its comparison window. */
  public record WindowRow(
      String window,
      String months,
      String count,
      String comparison,
      String change,
      String changePct,
      String significance) {}

  /**
   * Where the priority happens: its top places and one map; null for priorities that are not
   * mapped. A table with no rows is left out and its {@code …Absent} line says why.
   */
  public record Places(
      String window,
      String unplaced,
      List<PlaceRow> lsoas,
      String lsoasAbsent,
      String wardBasis,
      List<PlaceRow> wards,
      String wardsAbsent,
      List<PlaceRow> streets,
      String streetsAbsent,
      Chart map,
      String mapAbsent,
      String gridLine,
      List<String> notes) {
    public boolean hasLsoas() {
      return !lsoas.isEmpty();
    }

    public boolean hasWards() {
      return !wards.isEmpty();
    }

    public boolean hasStreets() {
      return !streets.isEmpty();
    }

    public boolean hasNotes() {
      return !notes.isEmpty();
    }
  }

  /** One ranked place; {@code within} is a street's LSOA. */
  public record PlaceRow(
      String rank,
      String code,
      String name,
      String within,
      String count,
      String share,
      String per1000,
      String previous,
      String changePct) {}

  /** A priority the inputs cannot measure and what would. */
  public record Unmeasured(String name, String sentence) {}

  /**
   * The inputs of one kind and force in one folder (relative to where the command was run), with
   * their months and summed ledger.
   */
  public record InputRow(
      String folder,
      String files,
      String kind,
      String forces,
      String months,
      String read,
      String kept,
      String rejected,
      String duplicates) {}

  /**
   * A drawing as the page inlines it: its SVG document, and its alternative text.
   *
   * @param points for a trend chart, the months with data it must plot (the browser check counts
   *     its points against this); else null
   */
  public record Chart(Drawing drawing, String alt, Integer points) {
    /** The chart, or null when there is no drawing (a priority with no months, say). */
    static Chart of(Drawing drawing, String alt) {
      return drawing == null ? null : new Chart(drawing, alt, null);
    }

    static Chart of(Drawing drawing, String alt, int points) {
      return drawing == null ? null : new Chart(drawing, alt, points);
    }

    public String svg() {
      return drawing.svg();
    }

    public String name() {
      return drawing.name();
    }
  }

  /** Every drawing of the report, in page order: what {@code --charts} writes. */
  public List<Drawing> drawings() {
    List<Drawing> out = new ArrayList<>();
    summary.forEach(r -> add(out, r.sparkline()));
    for (Section s : sections) {
      add(out, s.trend());
      if (s.peers() != null) {
        add(out, s.peers().funnel());
      }
      if (s.places() != null) {
        add(out, s.places().map());
      }
    }
    return out;
  }

  private static void add(List<Drawing> out, Chart c) {
    Stream.ofNullable(c).map(Chart::drawing).filter(Objects::nonNull).forEach(out::add);
  }
}
