package saferstats.analysis;

import java.util.Map;
import java.util.Set;
import saferstats.ingest.ForceCoverage;
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
    String comparatorName) {}
