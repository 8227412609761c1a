package saferstats.ingest.result;

import java.util.List;
import java.util.Map;
import saferstats.area.LsoaTally;
import saferstats.model.PartitionKey;
import saferstats.model.PoliceRow;
import saferstats.model.RowTally;

/**
 * What one input supplied for one partition: the selected rows in full, everything else only as
 * counts, so memory does not grow with rows outside the selection.
 *
 * @param idsUnderTwoTypes Crime IDs whose rows carry more than one crime type (each row counts in
 *     its own type)
 * @param noLocation kept rows with no LSOA, which nothing places in an area
 * @param noPoint kept rows with an LSOA but no coordinates: in their area, not on a grid
 * @param selectedByCategory the selected rows by category: with the partition's month, the area's
 *     monthly counts, kept in the parse cache so that a rerun need not count the rows again
 * @param counts kept rows by {@code Falls within} then category
 * @param unlocated kept rows with no LSOA, by {@code Falls within} then category
 * @param authorityCategories kept rows with an LSOA by local authority (from LSOA names, as {@code
 *     --area} selects rows) then category
 * @param authorityForces the same rows by local authority then {@code Falls within}: which force
 *     holds most of an authority's rows (a force's community safety partnerships)
 * @param lsoaCheck kept rows' LSOA codes checked against {@link ReadOptions#lsoaCheck()}; null when
 *     there was none
 * @param fingerprint order-independent digest of the kept rows, to tell identical re-downloads
 * @param identities a sample of the rows' identities, to tell a revision of the month from another
 *     part of it
 * @param tally the selected rows counted by force and by category, month and last outcome: what the
 *     analyses that need no single row read, kept in the parse cache beside the rows, which a rerun
 *     then decodes only when asked for them
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
    Map<String, Long> selectedByCategory,
    Map<String, Map<String, Long>> counts,
    Map<String, Map<String, Long>> unlocated,
    Map<String, Map<String, Long>> authorityCategories,
    Map<String, Map<String, Long>> authorityForces,
    LsoaTally lsoaCheck,
    Fingerprint fingerprint,
    IdentitySketch identities,
    RowTally tally) {

  /** A partition just parsed: its selected rows tallied here. */
  public Partition(
      PartitionKey key,
      String source,
      long kept,
      long duplicateRows,
      long sharedIds,
      long idsUnderTwoTypes,
      long noLocation,
      long noPoint,
      List<PoliceRow> selected,
      Map<String, Long> selectedByCategory,
      Map<String, Map<String, Long>> counts,
      Map<String, Map<String, Long>> unlocated,
      Map<String, Map<String, Long>> authorityCategories,
      Map<String, Map<String, Long>> authorityForces,
      LsoaTally lsoaCheck,
      Fingerprint fingerprint,
      IdentitySketch identities) {
    this(
        key,
        source,
        kept,
        duplicateRows,
        sharedIds,
        idsUnderTwoTypes,
        noLocation,
        noPoint,
        selected,
        selectedByCategory,
        counts,
        unlocated,
        authorityCategories,
        authorityForces,
        lsoaCheck,
        fingerprint,
        identities,
        RowTally.of(selected));
  }

  /**
   * Below this share of the smaller partition's crimes found in the other, two partitions of one
   * (kind, force, month) are parts of the month rather than two downloads of it. Parts of a month
   * share no crime, except the odd Crime ID whose two differing rows (SPEC 1.3) fell in different
   * parts: a police.uk file of City of London cut in two shares 3 to 7 of some 360 (1 to 2 %). A
   * download again shares nearly all, and a file holding part of another (rows filtered out of it)
   * all of its own, so either replaces the earlier, as a revision.
   */
  static final double PARTS_BELOW = 0.10;

  /**
   * True when this and {@code other}, of the same partition, are parts of one month rather than two
   * downloads of it: they share next to no crime (by Crime ID, or the whole row without one).
   */
  public boolean partOfMonthWith(Partition other) {
    return identities.sharedShare(other.identities) < PARTS_BELOW;
  }

  /** Row count and sums of 128-bit row hashes: equal for the same rows in any order. */
  public record Fingerprint(long rows, long sumHigh, long sumLow) {}
}
