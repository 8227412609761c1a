package saferstats.ingest.police;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import saferstats.area.LsoaNames;
import saferstats.area.LsoaReference;
import saferstats.area.LsoaTally;
import saferstats.ingest.result.IdentitySketch;
import saferstats.ingest.result.Partition;
import saferstats.model.PartitionKey;
import saferstats.model.PoliceRow;

/**
 * Accumulates one partition of one input: de-duplicates rows and aggregates what is not kept.
 *
 * <p>Duplicate detection (SPEC 1.3) holds two primitive tables (fastutil's open-addressing maps of
 * longs), never an object a row: the 64-bit hash of each Crime ID with the code of its first crime
 * type, and the 64-bit hash of each row with a Crime ID. A row is a duplicate when its Crime ID was
 * seen and its row hash too: the row's fields include its Crime ID, so an equal row hash means an
 * equal row with the same ID (two different rows sharing a 64-bit hash in one partition has odds of
 * about n²/2⁶⁵, 2 × 10⁻⁷ for 2.7 million rows).
 */
final class PartitionBuilder {
  /** The Crime ID table's value once the ID has been counted under two crime types. */
  private static final int TWO_TYPES = -1;

  /** The Crime ID table's answer for an ID not seen before. */
  private static final int ABSENT = Integer.MIN_VALUE;

  private final PartitionKey key;
  private final String source;
  private final Long2IntOpenHashMap firstTypeById = new Long2IntOpenHashMap();
  private final LongOpenHashSet rowsWithId = new LongOpenHashSet();
  private final Map<String, Integer> typeCodes = new HashMap<>();
  private final List<PoliceRow> selected = new ArrayList<>();
  private final Map<String, long[]> selectedByCategory = new HashMap<>();
  private final Map<String, Map<String, long[]>> counts = new HashMap<>();
  private final Map<String, Map<String, long[]>> unlocated = new HashMap<>();
  // Located rows by LSOA name, then category and then force: merged into local authorities once, at
  // build, rather than cutting every row's LSOA name.
  private final Map<String, Map<String, long[]>> lsoaCategories = new HashMap<>();
  private final Map<String, Map<String, long[]>> lsoaForces = new HashMap<>();
  private final LsoaReference check;
  private final Map<String, Map<String, long[]>> unknownLsoas = new HashMap<>();
  private long checkedLsoaRows;
  private final IdentitySketch.Builder identities = new IdentitySketch.Builder();

  /** Rows by how they spell {@code Reported by}: every row of a download spells it one way. */
  private final Map<String, long[]> spellings = new HashMap<>();

  private String lastSpelling;
  private long[] lastSpellingRows;
  private long kept;
  private long duplicateRows;
  private long sharedIds;
  private long idsUnderTwoTypes;
  private long noLocation;
  private long noPoint;
  private long sumHigh;
  private long sumLow;

  /** {@code check}: the LSOA codes to check each row's against, or null for no check. */
  PartitionBuilder(PartitionKey key, String source, LsoaReference check) {
    this.key = key;
    this.source = source;
    this.check = check;
    firstTypeById.defaultReturnValue(ABSENT);
  }

  /** Adds a valid row with its hashes; returns false when it is a duplicate of an earlier row. */
  boolean add(RowFacts row, boolean selected, boolean keepDuplicates) {
    long high = row.high();
    long low = row.low();
    spelled(row.reportedBy());
    identities.add(row.hasCrimeId() ? row.id() : high);
    if (row.hasCrimeId()) {
      long id = row.id();
      // Looked up, then put: a lambda reading typeCodes would be a new object every row.
      Integer code = typeCodes.get(row.category());
      if (code == null) {
        code = typeCodes.size();
        typeCodes.put(row.category(), code);
      }
      int type = code;
      int first = firstTypeById.putIfAbsent(id, type);
      boolean newRow = rowsWithId.add(high);
      if (first != ABSENT) {
        if (!newRow && !keepDuplicates) {
          duplicateRows++;
          return false;
        }
        sharedIds++;
        // One crime under two crime types counts in both types (and so both priorities).
        if (first != TWO_TYPES && first != type) {
          idsUnderTwoTypes++;
          firstTypeById.put(id, TWO_TYPES);
        }
      }
    }
    kept++;
    sumHigh += high;
    sumLow += low;
    // A row counts once: in the area its LSOA names, or, when nothing places it, among the force's
    // crimes with no location. A row with its LSOA but no point is its area's, off the grid.
    if (!row.hasLsoa()) {
      noLocation++;
      count(unlocated, row.fallsWithin(), row.category());
    } else {
      count(lsoaCategories, row.lsoaName(), row.category());
      count(lsoaForces, row.lsoaName(), row.fallsWithin());
      if (!row.hasPoint()) {
        noPoint++;
      }
      if (check != null && !row.lsoaCode().isEmpty()) {
        checkedLsoaRows++;
        if (!check.has(row.lsoaCode())) {
          count(unknownLsoas, row.lsoaCode(), row.lsoaName());
        }
      }
    }
    count(counts, row.fallsWithin(), row.category());
    if (selected) {
      this.selected.add(row.row());
      selectedByCategory.computeIfAbsent(row.category(), c -> new long[1])[0]++;
    }
    return true;
  }

  private void spelled(String reportedBy) {
    if (!reportedBy.equals(lastSpelling)) {
      lastSpelling = reportedBy;
      lastSpellingRows = spellings.computeIfAbsent(reportedBy, s -> new long[1]);
    }
    lastSpellingRows[0]++;
  }

  /** Rows by their spelling of {@code Reported by}, when they spell it more than one way. */
  Map<String, Long> spellings() {
    Map<String, Long> rows = new TreeMap<>();
    if (spellings.size() > 1) {
      spellings.forEach((name, n) -> rows.put(name, n[0]));
    }
    return rows;
  }

  /** The spelling most rows carry (on a tie, the first in text order). */
  private String mostRowsSpell() {
    String best = key.reportedBy();
    long most = -1;
    for (Map.Entry<String, long[]> e : new TreeMap<>(spellings).entrySet()) {
      if (e.getValue()[0] > most) {
        best = e.getKey();
        most = e.getValue()[0];
      }
    }
    return best;
  }

  private static void count(Map<String, Map<String, long[]>> into, String outer, String inner) {
    into.computeIfAbsent(outer, o -> new HashMap<>()).computeIfAbsent(inner, i -> new long[1])[0]++;
  }

  private static Map<String, Map<String, Long>> sorted(Map<String, Map<String, long[]>> counts) {
    Map<String, Map<String, Long>> sorted = new TreeMap<>();
    counts.forEach(
        (force, byCategory) -> {
          Map<String, Long> cells = new TreeMap<>();
          byCategory.forEach((category, n) -> cells.put(category, n[0]));
          sorted.put(force, cells);
        });
    return sorted;
  }

  /** LSOA-name counts merged into their local authorities (the name less its LSOA number). */
  private static Map<String, Map<String, Long>> byAuthority(
      Map<String, Map<String, long[]>> byLsoa) {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    byLsoa.forEach(
        (lsoa, cells) -> {
          Map<String, Long> la =
              out.computeIfAbsent(LsoaNames.localAuthority(lsoa), a -> new TreeMap<>());
          cells.forEach((k, n) -> la.merge(k, n[0], Long::sum));
        });
    return out;
  }

  Partition build() {
    Map<String, Long> byCategory = new TreeMap<>();
    selectedByCategory.forEach((category, n) -> byCategory.put(category, n[0]));
    return new Partition(
        key.spelled(mostRowsSpell()),
        source,
        kept,
        duplicateRows,
        sharedIds,
        idsUnderTwoTypes,
        noLocation,
        noPoint,
        List.copyOf(selected),
        byCategory,
        sorted(counts),
        sorted(unlocated),
        byAuthority(lsoaCategories),
        byAuthority(lsoaForces),
        check == null ? null : new LsoaTally(checkedLsoaRows, sorted(unknownLsoas)),
        new Partition.Fingerprint(kept, sumHigh, sumLow),
        identities.build());
  }
}
