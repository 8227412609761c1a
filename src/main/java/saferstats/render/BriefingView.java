package saferstats.render;

import java.util.List;

/**
 * The top of the report as the template reads it: the key findings, the priority matrix with its
 * footnotes, and the footnotes of the summary table's flags (one per kind of flag that occurs).
 */
public record BriefingView(
    List<String> findings,
    List<MatrixRow> matrix,
    List<String> matrixNotes,
    List<String> summaryNotes) {

  /** One priority of the matrix, every figure formatted; {@code anchor} links to its section. */
  public record MatrixRow(
      String anchor,
      String label,
      String volume,
      String change,
      String harmShare,
      String volumeShare,
      String gini,
      String peers) {}

  public boolean hasFindings() {
    return !findings.isEmpty();
  }
}
