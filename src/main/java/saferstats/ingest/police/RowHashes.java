package saferstats.ingest.police;

import saferstats.model.PoliceRow;

/**
 * A valid row with its 128-bit row hash ({@code high}, {@code low}) and the 64-bit hash of its
 * Crime ID ({@code id}, 0 when it has none), as {@link PartitionBuilder} de-duplicates by them.
 */
record RowHashes(PoliceRow row, long high, long low, long id) {
  static RowHashes of(RowHasher hasher, PoliceRow row, String[] raw) {
    hasher.hash(raw);
    long high = hasher.high();
    long low = hasher.low();
    long id = row.crimeId().isEmpty() ? 0 : hasher.hashOfFirstField(row.crimeId());
    return new RowHashes(row, high, low, id);
  }
}
