package saferstats.ingest.result;

import java.util.Arrays;

/**
 * A bounded sample of a partition's rows, to tell a revision of a month from another part of it
 * without keeping every row: the {@link #SIZE} smallest of its row identities (a "bottom-k"
 * sketch), where a row's identity is the hash of its Crime ID, or of the whole row when it has
 * none. A sketch that is not full holds every identity of its partition.
 *
 * <p>Two sketches are compared below the smaller of their largest hashes, where each holds every
 * identity of its partition: those are a uniform sample of both partitions' crimes, so the share of
 * the smaller sample found in the other estimates how much of the smaller partition the other
 * holds. Exact when neither sketch is full (partitions of up to {@link #SIZE} crimes).
 */
public final class IdentitySketch {
  /** How many identities a sketch keeps: 4 KB a partition. */
  static final int SIZE = 512;

  private final long[] smallest;

  /** A sketch of exactly these identities, sorted and distinct. */
  public IdentitySketch(long[] smallest) {
    this.smallest = smallest.clone();
  }

  /** The identities kept, in ascending order. */
  public long[] identities() {
    return smallest.clone();
  }

  /**
   * The estimated share of the smaller of the two partitions that the other holds too (0 to 1), or
   * NaN when the samples cannot tell (one holds no identity below the other's largest).
   */
  double sharedShare(IdentitySketch other) {
    long below = Math.min(ceiling(), other.ceiling());
    int mine = countUpTo(smallest, below);
    int theirs = countUpTo(other.smallest, below);
    if (mine == 0 || theirs == 0) {
      return Double.NaN;
    }
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < mine && j < theirs) {
      if (smallest[i] == other.smallest[j]) {
        shared++;
        i++;
        j++;
      } else if (smallest[i] < other.smallest[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared / (double) Math.min(mine, theirs);
  }

  /** The largest hash up to which this sketch holds every identity of its partition. */
  private long ceiling() {
    return smallest.length == SIZE ? smallest[SIZE - 1] : Long.MAX_VALUE;
  }

  private static int countUpTo(long[] sorted, long ceiling) {
    int n = 0;
    while (n < sorted.length && sorted[n] <= ceiling) {
      n++;
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentitySketch s && Arrays.equals(smallest, s.smallest);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(smallest);
  }

  @Override
  public String toString() {
    return "IdentitySketch[" + smallest.length + "]";
  }

  /** Collects the smallest identities of rows as they are added, in amortised constant time. */
  public static final class Builder {
    private final long[] buffer = new long[2 * SIZE];
    private int size;
    private boolean full;

    /** Only identities below this can be among the smallest once {@link #SIZE} are held. */
    private long threshold = Long.MAX_VALUE;

    public void add(long identity) {
      if (full && identity >= threshold) {
        return;
      }
      buffer[size++] = identity;
      if (size == buffer.length) {
        compact();
      }
    }

    /** Sorts, drops repeats and keeps the smallest {@link #SIZE}. */
    private void compact() {
      Arrays.sort(buffer, 0, size);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (distinct == 0 || buffer[i] != buffer[distinct - 1]) {
          buffer[distinct++] = buffer[i];
        }
      }
      size = Math.min(distinct, SIZE);
      if (size == SIZE) {
        full = true;
        threshold = buffer[SIZE - 1];
      }
    }

    public IdentitySketch build() {
      compact();
      return new IdentitySketch(Arrays.copyOf(buffer, size));
    }
  }
}
