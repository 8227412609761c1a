package saferstats.mps;

import java.util.List;
import java.util.Map;
import saferstats.model.Rejection;

/**
 * What one MPS table yielded: its layout, its rows, and the cells it could not count (SPEC 1.4: a
 * bad, blank or contradictory cell is that category's missing month, reported, never zero).
 *
 * @param cellIssuesByReason every cell issue, counted by reason
 * @param firstCellIssues the first of each reason, with line and column, to show
 * @param duplicateRows rows repeating an earlier row's area and category (not kept)
 */
public record MpsFile(
    String name,
    MpsLayout layout,
    List<MpsRow> rows,
    Map<String, Long> cellIssuesByReason,
    List<Rejection> firstCellIssues,
    long duplicateRows) {

  public MpsFile(String name, MpsLayout layout, List<MpsRow> rows) {
    this(name, layout, rows, Map.of(), List.of(), 0);
  }

  /** The same table with {@code rows} in place of its own (its rows respelled). */
  public MpsFile withRows(List<MpsRow> rows) {
    return new MpsFile(name, layout, rows, cellIssuesByReason, firstCellIssues, duplicateRows);
  }

  public long cellIssues() {
    return cellIssuesByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
