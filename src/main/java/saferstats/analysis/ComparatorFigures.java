package saferstats.analysis;

/**
 * The same 12-month windows for the area's comparator (its force for police.uk, all London boroughs
 * for MPS tables), and for the comparator without the area ({@code rest}).
 */
public record ComparatorFigures(
    String name, Long current12, Long previous12, Double changePct, Rest rest) {
  /** The comparator less the area. */
  public record Rest(Long current12, Long previous12, Double changePct) {}
}
