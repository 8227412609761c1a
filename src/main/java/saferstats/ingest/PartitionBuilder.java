package saferstats.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.commons.csv.CSVRecord;

/** Accumulates one partition of one input: de-duplicates rows and aggregates what is not kept. */
final class PartitionBuilder {
  private final PartitionKey key;
  private final String source;
  private final Set<RowHash> rowsWithId = new HashSet<>();
  private final Set<String> ids = new HashSet<>();
  private final List<PoliceRow> selected = new ArrayList<>();
  private final Map<String, Map<String, Long>> counts = new TreeMap<>();
  private final Map<String, Long> localAuthorities = new TreeMap<>();
  private long kept;
  private long duplicateRows;
  private long sharedIds;
  private long noLocation;
  private long sumHigh;
  private long sumLow;

  private record RowHash(long high, long low) {}

  PartitionBuilder(PartitionKey key, String source) {
    this.key = key;
    this.source = source;
  }

  /** Adds a valid row; returns false when it is a duplicate of an earlier row. */
  boolean add(PoliceRow row, CSVRecord raw, boolean selected, boolean keepDuplicates) {
    RowHash hash = hash(raw);
    if (!row.crimeId().isEmpty()) {
      boolean seen = !rowsWithId.add(hash);
      if (seen && !keepDuplicates) {
        duplicateRows++;
        return false;
      }
      if (!ids.add(row.crimeId())) {
        sharedIds++;
      }
    }
    kept++;
    sumHigh += hash.high();
    sumLow += hash.low();
    if (!row.hasLocation()) {
      noLocation++;
    } else {
      localAuthorities.merge(LsoaNames.localAuthority(row.lsoaName()), 1L, Long::sum);
    }
    counts
        .computeIfAbsent(row.fallsWithin(), f -> new TreeMap<>())
        .merge(row.category(), 1L, Long::sum);
    if (selected) {
      this.selected.add(row);
    }
    return true;
  }

  private static RowHash hash(CSVRecord raw) {
    StringBuilder sb = new StringBuilder(256);
    for (String v : raw) {
      sb.append(v).append('\u001f');
    }
    long[] h = MurmurHash3.hash128x64(sb.toString().getBytes(StandardCharsets.UTF_8));
    return new RowHash(h[0], h[1]);
  }

  Partition build() {
    return new Partition(
        key,
        source,
        kept,
        duplicateRows,
        sharedIds,
        noLocation,
        List.copyOf(selected),
        counts,
        localAuthorities,
        new Partition.Fingerprint(kept, sumHigh, sumLow));
  }
}
