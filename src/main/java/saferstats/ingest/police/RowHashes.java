package saferstats.ingest.police;

import saferstats.model.Month;
import saferstats.model.PoliceRow;

/**
 * A valid row with its 128-bit row hash ({@code high}, {@code low}) and the 64-bit hash of its
 * Crime ID ({@code id}, 0 when it has none), as {@link PartitionBuilder} de-duplicates by them.
 */
record RowHashes(PoliceRow row, long high, long low, long id) implements RowFacts {
  static RowHashes of(RowHasher hasher, PoliceRow row, String[] raw) {
    hasher.hash(raw);
    long high = hasher.high();
    long low = hasher.low();
    long id = row.crimeId().isEmpty() ? 0 : hasher.hashOfFirstField(row.crimeId());
    return new RowHashes(row, high, low, id);
  }

  @Override
  public Month month() {
    return row.month();
  }

  @Override
  public String reportedBy() {
    return row.reportedBy();
  }

  @Override
  public String fallsWithin() {
    return row.fallsWithin();
  }

  @Override
  public String lsoaCode() {
    return row.lsoaCode();
  }

  @Override
  public String lsoaName() {
    return row.lsoaName();
  }

  @Override
  public String category() {
    return row.category();
  }

  @Override
  public boolean hasCrimeId() {
    return !row.crimeId().isEmpty();
  }

  @Override
  public boolean hasLsoa() {
    return row.hasLsoa();
  }

  @Override
  public boolean hasPoint() {
    return row.hasPoint();
  }
}
