package saferstats.ingest;

/**
 * A set of 64-bit values (row hashes), open addressing with linear probing over one primitive
 * array: 8 bytes a slot, at most 3/4 full, never an object a value. Slot value 0 means empty, so
 * the value 0 itself is held apart.
 */
final class LongHashSet {
  private long[] slots = new long[16];
  private int size;
  private boolean hasZero;

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** Adds the value; false when it was there already. */
  boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    int i = find(slots, value);
    if (slots[i] != 0) {
      return false;
    }
    slots[i] = value;
    if (++size > slots.length / 4 * 3) {
      grow();
    }
    return true;
  }

  boolean contains(long value) {
    return value == 0 ? hasZero : slots[find(slots, value)] != 0;
  }

  private static int find(long[] slots, long value) {
    int mask = slots.length - 1;
    int i = slot(value, mask);
    while (slots[i] != 0 && slots[i] != value) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long v : old) {
      if (v != 0) {
        slots[find(slots, v)] = v;
      }
    }
  }

  /** The first slot to probe: the value's bits spread (keys may be small numbers), then masked. */
  static int slot(long value, int mask) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29)) & mask;
  }

  /** The table's length, for tests of growth. */
  int capacity() {
    return slots.length;
  }
}
