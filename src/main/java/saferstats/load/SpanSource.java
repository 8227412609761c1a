package saferstats.load;

import saferstats.model.ForceCoverage;

/**
 * An area's counts and its comparator's over one {@link SeriesSpan}, from the release(s) chosen for
 * it, both read against the span's coverage. A cell that could not be counted is that category's
 * missing month.
 *
 * @param origin the release(s) the span's months came from, as a reader would name them
 * @param splice null when one release covers the whole span; else where and how it was spliced
 */
public record SpanSource(
    MonthlyCounts counts, MonthlyCounts comparator, String origin, String splice) {

  /** The months of the span the releases cover. */
  public ForceCoverage coverage() {
    return counts.coverage();
  }
}
