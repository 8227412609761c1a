package saferstats.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.codec.digest.MurmurHash3;

/** Accumulates one partition of one input: de-duplicates rows and aggregates what is not kept. */
final class PartitionBuilder {
  private final PartitionKey key;
  private final String source;

  /** Crime ID to the hash of its first row, or to the set of hashes once it has several. */
  private final Map<String, Object> rowsById = new HashMap<>(1 << 16);

  private final StringBuilder joined = new StringBuilder(512);
  private final List<PoliceRow> selected = new ArrayList<>();
  private final Map<String, Map<String, Long>> counts = new HashMap<>();
  private final Map<String, Map<String, Long>> unlocated = new HashMap<>();
  private final Map<String, Long> byLsoaName = new HashMap<>();
  private long kept;
  private long duplicateRows;
  private long sharedIds;
  private final Map<String, String> firstType = new HashMap<>();
  private final Set<String> idsUnderTwoTypes = new HashSet<>();
  private long noLocation;
  private long sumHigh;
  private long sumLow;

  private record RowHash(long high, long low) {}

  PartitionBuilder(PartitionKey key, String source) {
    this.key = key;
    this.source = source;
  }

  /** Adds a valid row; returns false when it is a duplicate of an earlier row. */
  boolean add(PoliceRow row, String[] raw, boolean selected, boolean keepDuplicates) {
    RowHash hash = hash(raw);
    if (!row.crimeId().isEmpty()) {
      Object earlier = rowsById.putIfAbsent(row.crimeId(), hash);
      if (earlier != null) {
        if (isDuplicate(row.crimeId(), earlier, hash) && !keepDuplicates) {
          duplicateRows++;
          return false;
        }
        sharedIds++;
      }
      // One crime under two crime types counts in both types (and so both priorities).
      String type = firstType.putIfAbsent(row.crimeId(), row.category());
      if (type != null && !type.equals(row.category())) {
        idsUnderTwoTypes.add(row.crimeId());
      }
    }
    kept++;
    sumHigh += hash.high();
    sumLow += hash.low();
    if (!row.hasLocation()) {
      noLocation++;
      unlocated
          .computeIfAbsent(row.fallsWithin(), f -> new HashMap<>())
          .merge(row.category(), 1L, Long::sum);
    } else {
      byLsoaName.merge(row.lsoaName(), 1L, Long::sum);
    }
    counts
        .computeIfAbsent(row.fallsWithin(), f -> new HashMap<>())
        .merge(row.category(), 1L, Long::sum);
    if (selected) {
      this.selected.add(row);
    }
    return true;
  }

  /** True when an earlier row with this Crime ID is identical; remembers this row either way. */
  @SuppressWarnings("unchecked")
  private boolean isDuplicate(String id, Object earlier, RowHash hash) {
    if (earlier instanceof RowHash first) {
      if (first.equals(hash)) {
        return true;
      }
      Set<RowHash> all = new HashSet<>(List.of(first, hash));
      rowsById.put(id, all);
      return false;
    }
    return !((Set<RowHash>) earlier).add(hash);
  }

  private RowHash hash(String[] raw) {
    joined.setLength(0);
    for (String field : raw) {
      joined.append(field).append('\u001f');
    }
    long[] h = MurmurHash3.hash128x64(joined.toString().getBytes(StandardCharsets.UTF_8));
    return new RowHash(h[0], h[1]);
  }

  Partition build() {
    Map<String, Map<String, Long>> sortedCounts = new TreeMap<>();
    counts.forEach((force, byCat) -> sortedCounts.put(force, new TreeMap<>(byCat)));
    Map<String, Map<String, Long>> sortedUnlocated = new TreeMap<>();
    unlocated.forEach((force, byCat) -> sortedUnlocated.put(force, new TreeMap<>(byCat)));
    Map<String, Long> localAuthorities = new TreeMap<>();
    byLsoaName.forEach(
        (lsoa, n) -> localAuthorities.merge(LsoaNames.localAuthority(lsoa), n, Long::sum));
    return new Partition(
        key,
        source,
        kept,
        duplicateRows,
        sharedIds,
        idsUnderTwoTypes.size(),
        noLocation,
        List.copyOf(selected),
        sortedCounts,
        sortedUnlocated,
        localAuthorities,
        new Partition.Fingerprint(kept, sumHigh, sumLow));
  }
}
