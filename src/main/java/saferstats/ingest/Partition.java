package saferstats.ingest;

import java.util.List;
import java.util.Map;

/**
 * What one input supplied for one partition: the selected rows in full, everything else only as
 * counts, so memory does not grow with rows outside the selection.
 *
 * @param idsUnderTwoTypes Crime IDs whose rows carry more than one crime type (each row counts in
 *     its own type)
 * @param noLocation kept rows with no LSOA, which nothing places in an area
 * @param noPoint kept rows with an LSOA but no coordinates: in their area, not on a grid
 * @param counts kept rows by {@code Falls within} then category
 * @param unlocated kept rows with no LSOA, by {@code Falls within} then category
 * @param localAuthorities kept rows by local authority (from LSOA names)
 * @param lsoaCheck kept rows' LSOA codes checked against {@link ReadOptions#lsoaCheck()}; null when
 *     there was none
 * @param fingerprint order-independent digest of the kept rows, to tell identical re-downloads
 */
public record Partition(
    PartitionKey key,
    String source,
    long kept,
    long duplicateRows,
    long sharedIds,
    long idsUnderTwoTypes,
    long noLocation,
    long noPoint,
    List<PoliceRow> selected,
    Map<String, Map<String, Long>> counts,
    Map<String, Map<String, Long>> unlocated,
    Map<String, Long> localAuthorities,
    LsoaTally lsoaCheck,
    Fingerprint fingerprint) {

  /** Row count and sums of 128-bit row hashes: equal for the same rows in any order. */
  public record Fingerprint(long rows, long sumHigh, long sumLow) {}
}
