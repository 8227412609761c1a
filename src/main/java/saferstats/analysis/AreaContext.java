package saferstats.analysis;

import java.util.Map;
import saferstats.ingest.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.WindowSet;
import tech.tablesaw.api.Table;

/**
 * The analysed area: its rows, its force, the months its force published, and the end month every
 * window is measured from.
 *
 * @param forceCounts the force's street rows by month and category (for comparators)
 */
public record AreaContext(
    String area,
    String force,
    ForceCoverage coverage,
    Table table,
    Month end,
    WindowSet windows,
    Map<Month, Map<String, Long>> forceCounts) {}
