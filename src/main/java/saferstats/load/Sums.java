package saferstats.load;

import java.util.Map;

/** Adding counts where a missing month (null) must stay missing, never become a smaller sum. */
public final class Sums {
  private Sums() {}

  /** Adds {@code n} to the key's sum; null (missing) wins over any count. */
  public static <K> void add(Map<K, Long> sums, K key, Long n) {
    if (!sums.containsKey(key)) {
      sums.put(key, n);
    } else {
      Long before = sums.get(key);
      sums.put(key, before == null || n == null ? null : before + n);
    }
  }
}
