package saferstats.analysis;

import java.util.List;
import saferstats.model.Month;

/**
 * The same 12-month windows for the area's comparator (its force for police.uk, all London boroughs
 * for MPS tables), and for the comparator without the area ({@code rest}).
 *
 * @param missing months of the two 12-month windows the comparator has no data for: their counts
 *     and change are absent (null), never zero
 * @param tooSmall the rest is smaller than the area itself over the current 12 months: the
 *     comparator mostly is the area, so it compares the area with itself (SPEC 4.5) and no sentence
 *     states it
 */
public record ComparatorFigures(
    String name,
    Long current12,
    Long previous12,
    Double changePct,
    Rest rest,
    List<Month> missing,
    boolean tooSmall) {
  /** The comparator less the area. */
  public record Rest(Long current12, Long previous12, Double changePct) {}
}
