package saferstats.ingest.police;

import saferstats.model.Month;
import saferstats.model.PoliceRow;

/**
 * What {@link FileRows} and {@link PartitionBuilder} read of a valid row to partition, de-duplicate
 * and count it, with its hashes ({@link RowHashes}): every row is counted, but only a selected row
 * is kept, so only then is its {@link PoliceRow} needed ({@link #row()}).
 */
interface RowFacts {
  long high();

  long low();

  /** The 64-bit hash of its Crime ID, 0 when it has none. */
  long id();

  Month month();

  String reportedBy();

  String fallsWithin();

  String lsoaCode();

  String lsoaName();

  String category();

  boolean hasCrimeId();

  /** As {@link PoliceRow#hasLsoa()}. */
  boolean hasLsoa();

  /** As {@link PoliceRow#hasPoint()}. */
  boolean hasPoint();

  /** The whole row. */
  PoliceRow row();
}
