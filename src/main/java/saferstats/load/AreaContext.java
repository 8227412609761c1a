package saferstats.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.WindowSet;
import tech.tablesaw.api.Table;

/**
 * The analysed area: its rows, its force, the months its force published, and the end month every
 * window is measured from.
 *
 * @param forceCounts the force's street rows by month and category (for comparators)
 * @param counts the area's rows by category and month
 * @param categories every category present in the inputs, so one absent locally shows 0
 * @param comparatorName what forceCounts cover (the force, or London), or null for no comparator
 * @param spans where a span's figures come from a source of its own (MPS releases); empty when
 *     every span reads {@code counts}
 * @param forceUnlocated the force's street rows with no location by month and category, which no
 *     area can hold; null where the source has no such rows (MPS tables, local records, a whole
 *     force)
 */
public record AreaContext(
    String area,
    String force,
    ForceCoverage coverage,
    Table table,
    Month end,
    WindowSet windows,
    Map<Month, Map<String, Long>> forceCounts,
    Map<String, Map<Month, Long>> counts,
    Set<String> categories,
    String comparatorName,
    Map<SeriesSpan, SpanSource> spans,
    Map<Month, Map<String, Long>> forceUnlocated) {

  /** An area whose every span reads the same counts (police.uk, local records). */
  public AreaContext(
      String area,
      String force,
      ForceCoverage coverage,
      Table table,
      Month end,
      WindowSet windows,
      Map<Month, Map<String, Long>> forceCounts,
      Map<String, Map<Month, Long>> counts,
      Set<String> categories,
      String comparatorName) {
    this(
        area,
        force,
        coverage,
        table,
        end,
        windows,
        forceCounts,
        counts,
        categories,
        comparatorName,
        Map.of(),
        null);
  }

  /** The area as seen by one span: its counts, comparator and coverage from that span's source. */
  public AreaContext at(SeriesSpan span) {
    SpanSource s = spans.get(span);
    if (s == null) {
      return this;
    }
    return new AreaContext(
        area,
        force,
        s.coverage(),
        table,
        end,
        windows,
        s.comparator(),
        s.counts(),
        categories,
        comparatorName,
        Map.of(),
        forceUnlocated);
  }

  /** The spans whose figures were spliced from several releases, in {@link SeriesSpan} order. */
  public List<SeriesSpan> splicedSpans() {
    return spans.entrySet().stream()
        .filter(e -> e.getValue().splice() != null)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }
}
