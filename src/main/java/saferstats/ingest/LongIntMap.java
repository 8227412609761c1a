package saferstats.ingest;

/**
 * A map from 64-bit keys (Crime ID hashes) to ints, open addressing with linear probing over two
 * primitive arrays: 12 bytes a slot, at most 3/4 full, never an object a key. Slot key 0 means
 * empty, so the key 0 itself is held apart.
 */
final class LongIntMap {
  /** What {@link #putIfAbsent} and {@link #get} return for a key that is not there. */
  static final int ABSENT = Integer.MIN_VALUE;

  private long[] keys = new long[16];
  private int[] values = new int[16];
  private int size;
  private boolean hasZero;
  private int zeroValue;

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** The key's value, or {@link #ABSENT}. */
  int get(long key) {
    if (key == 0) {
      return hasZero ? zeroValue : ABSENT;
    }
    int i = find(key);
    return keys[i] == 0 ? ABSENT : values[i];
  }

  /** Sets the key's value where it has none; returns the value it had, or {@link #ABSENT}. */
  int putIfAbsent(long key, int value) {
    if (key == 0) {
      if (hasZero) {
        return zeroValue;
      }
      hasZero = true;
      zeroValue = value;
      return ABSENT;
    }
    int i = find(key);
    if (keys[i] != 0) {
      return values[i];
    }
    keys[i] = key;
    values[i] = value;
    if (++size > keys.length / 4 * 3) {
      grow();
    }
    return ABSENT;
  }

  /** Sets the value of a key, present or not. */
  void put(long key, int value) {
    if (putIfAbsent(key, value) != ABSENT) {
      if (key == 0) {
        zeroValue = value;
      } else {
        values[find(key)] = value;
      }
    }
  }

  /** The key's slot, or the empty slot where it would go. */
  private int find(long key) {
    int mask = keys.length - 1;
    int i = LongHashSet.slot(key, mask);
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = find(oldKeys[j]);
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  /** The table's length, for tests of growth. */
  int capacity() {
    return keys.length;
  }
}
