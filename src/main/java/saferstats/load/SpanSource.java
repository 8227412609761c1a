package saferstats.load;

import java.util.Map;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;

/**
 * An area's counts and its comparator's over one {@link SeriesSpan}, from the release(s) chosen for
 * it. Counts may hold null: a cell that could not be counted is that category's missing month.
 *
 * @param origin the release(s) the span's months came from, as a reader would name them
 * @param splice null when one release covers the whole span; else where and how it was spliced
 */
public record SpanSource(
    Map<String, Map<Month, Long>> counts,
    Map<Month, Map<String, Long>> comparator,
    ForceCoverage coverage,
    String origin,
    String splice) {}
