package saferstats.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.WindowSet;
import tech.tablesaw.api.Table;

/**
 * The analysed area: its rows (as a table built on first use), its force, its monthly counts read
 * against the months its force published, and the windows every figure is measured over.
 *
 * @param rows the area's rows as a table, built when first asked for ({@link #table()}): only the
 *     place-based analyses and the population and lookup notes need single rows, and building the
 *     table (with Tablesaw's first use, a scan of the classpath) was most of a warm trends run
 * @param counts the area's rows by category and month, read against the area's coverage
 * @param forceCounts the force's street rows by category and month (for comparators), read against
 *     the same coverage
 * @param categories every category present in the inputs, so one absent locally shows 0
 * @param comparatorName what forceCounts cover (the force, or London), or null for no comparator
 * @param spans where a span's figures come from a source of its own (MPS releases); empty when
 *     every span reads {@code counts}
 * @param forceUnlocated the force's street rows with no location by category and month, which no
 *     area can hold; null where the source has no such rows (MPS tables, local records, a whole
 *     force)
 */
public record AreaContext(
    String area,
    String force,
    Supplier<Table> rows,
    WindowSet windows,
    MonthlyCounts counts,
    MonthlyCounts forceCounts,
    Set<String> categories,
    String comparatorName,
    Map<SeriesSpan, SpanSource> spans,
    MonthlyCounts forceUnlocated) {

  /** An area whose table is already built. */
  public AreaContext(
      String area,
      String force,
      Table table,
      WindowSet windows,
      MonthlyCounts counts,
      MonthlyCounts forceCounts,
      Set<String> categories,
      String comparatorName,
      Map<SeriesSpan, SpanSource> spans,
      MonthlyCounts forceUnlocated) {
    this(
        area,
        force,
        () -> table,
        windows,
        counts,
        forceCounts,
        categories,
        comparatorName,
        spans,
        forceUnlocated);
  }

  /** An area whose every span reads the same counts (police.uk, local records). */
  public AreaContext(
      String area,
      String force,
      Table table,
      WindowSet windows,
      MonthlyCounts counts,
      MonthlyCounts forceCounts,
      Set<String> categories,
      String comparatorName) {
    this(
        area,
        force,
        table,
        windows,
        counts,
        forceCounts,
        categories,
        comparatorName,
        Map.of(),
        null);
  }

  /** The area's rows as a table (months as {@link Month#index()} integers). */
  public Table table() {
    return rows.get();
  }

  /** The months the area's source published: between its first and last, the gaps are missing. */
  public ForceCoverage coverage() {
    return counts.coverage();
  }

  /** The month every window ends at. */
  public Month end() {
    return windows.end();
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
        rows,
        windows,
        s.counts(),
        s.comparator(),
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
