package saferstats.ingest;

import java.util.List;
import java.util.Map;
import saferstats.area.LsoaTally;
import saferstats.ingest.result.ReadOptions;
import saferstats.model.DuplicatePartition;
import saferstats.model.FileLedger;
import saferstats.model.ForceCoverage;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.RecordRow;
import saferstats.model.RowTally;
import saferstats.mps.DashboardData;
import saferstats.mps.MpsData;

/**
 * What reading the police.uk inputs produced: the ledger of every file, duplicate partitions,
 * coverage per force, aggregates of everything, and the selected rows in full.
 *
 * @param counts street rows by {@code Falls within}, month and category (for comparators)
 * @param unlocated the street rows of {@code counts} with no LSOA (nothing places them in an area),
 *     in the same shape
 * @param localAuthorities street rows by local authority, from LSOA names
 * @param authorities the same rows by local authority, month and category: each authority's counts
 *     as {@code --area} would select them, for a force's community safety partnerships as peers
 * @param authorityForces the same rows by local authority and {@code Falls within} (each force
 *     under one spelling): which force holds most of an authority's rows
 * @param lsoaCheck the street rows' LSOA codes checked against {@link ReadOptions#lsoaCheck()};
 *     null when there was none
 * @param selected the selected street rows, in month order
 * @param selectedCounts the selected street rows by category then month, added up from each
 *     partition's own counts (which the parse cache keeps), not from the rows
 * @param selectedTally the selected street rows by force and by category, month and last outcome,
 *     added up from each partition's tally (which the parse cache keeps), not from the rows
 * @param mps every MPS table cell (empty when no MPS tables were given)
 * @param outcomes the selected rows of police.uk outcomes files, in month order
 * @param records every row of the local record extracts (a partnership's own data: all of it is the
 *     area's)
 * @param dashboard every MPS Monthly Crime Dashboard row, merged (empty when none was given)
 * @param notes what reading the inputs as a whole noted: files skipped, a force spelled two ways, a
 *     month split over files
 */
public record IngestResult(
    List<FileLedger> files,
    List<DuplicatePartition> duplicatePartitions,
    Map<String, ForceCoverage> coverage,
    Map<String, Map<Month, Map<String, Long>>> counts,
    Map<String, Map<Month, Map<String, Long>>> unlocated,
    Map<String, Long> localAuthorities,
    Map<String, Map<Month, Map<String, Long>>> authorities,
    Map<String, Map<String, Long>> authorityForces,
    List<PoliceRow> selected,
    Map<String, Map<Month, Long>> selectedCounts,
    RowTally selectedTally,
    MpsData mps,
    List<PoliceRow> outcomes,
    List<RecordRow> records,
    LsoaTally lsoaCheck,
    List<String> notes,
    DashboardData dashboard) {}
