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
    List<SummaryRow> summary,
    List<String> sentences,
    List<Section> sections,
    List<Unmeasured> unmeasurable,
    List<InputRow> inputs,
    String inputsTotal,
    List<String> gaps,
    List<String> notes,
    boolean maps) {

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
      Chart sparkline,
      String harm) {}

  /** One measurable priority's section. */
  public record Section(
      String anchor,
      String label,
      String sentence,
      Chart trend,
      List<WindowRow> windows,
      List<String> comparator,
      Chart outcomes,
      String outcomesAbsent,
      List<OutcomeRow> outcomeRows,
      Places places,
      List<String> flags,
      List<String> notes) {
    public boolean hasOutcomeRows() {
      return !outcomeRows.isEmpty();
    }

    public boolean hasFlags() {
      return !flags.isEmpty();
    }
  }

  /** One window against its comparison window. */
  public record WindowRow(
      String window,
      String months,
      String count,
      String comparison,
      String change,
      String changePct,
      String significance) {}

  /** One outcome group's count and share. */
  public record OutcomeRow(String group, String count, String pct) {}

  /** Where the priority happens: its hotspots, shown; null for priorities that are not mapped. */
  public record Places(
      String window,
      String unplaced,
      List<PlaceRow> lsoas,
      String wardBasis,
      List<PlaceRow> wards,
      String wardsAbsent,
      List<PlaceRow> streets,
      Chart map,
      String mapAbsent,
      Chart grid,
      String gridLine,
      List<CellRow> hotCells,
      List<String> notes,
      String lsoasAbsent) {
    public boolean hasWards() {
      return !wards.isEmpty();
    }

    public boolean hasHotCells() {
      return !hotCells.isEmpty();
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

  /** One hot cell, findable: where it is, its top street, its own and its neighbourhood count. */
  public record CellRow(
      String cell,
      String centre,
      String latLon,
      String topStreet,
      String count,
      String neighbourhood,
      String z,
      String q,
      String classification) {}

  /** A priority the inputs cannot measure and what would. */
  public record Unmeasured(String name, String sentence) {}

  /** One input with its months and ledger. */
  public record InputRow(
      String path,
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
      add(out, s.outcomes());
      if (s.places() != null) {
        add(out, s.places().map());
        add(out, s.places().grid());
      }
    }
    return out;
  }

  private static void add(List<Drawing> out, Chart c) {
    Stream.ofNullable(c).map(Chart::drawing).filter(Objects::nonNull).forEach(out::add);
  }
}
