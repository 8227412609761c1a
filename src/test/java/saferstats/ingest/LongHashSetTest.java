package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongHashSetTest {
  @Test
  void valuesThatProbeTheSameSlotAreKeptApart() {
    // Values 16·k differ only above the low bits; any of them may probe the same first slot of a
    // 16-slot table, and each must still be found by its own value, not its neighbour's.
    LongHashSet set = new LongHashSet();
    for (long k = 1; k <= 8; k++) {
      assertThat(set.add(k << 40)).isTrue();
    }
    for (long k = 1; k <= 8; k++) {
      assertThat(set.add(k << 40)).as("second add of %d", k).isFalse();
      assertThat(set.contains(k << 40)).isTrue();
    }
    assertThat(set.contains(9L << 40)).isFalse();
    assertThat(set.size()).isEqualTo(8);
  }

  @Test
  void zeroAndNegativeValuesAreValues() {
    LongHashSet set = new LongHashSet();
    assertThat(set.contains(0)).isFalse();
    assertThat(set.add(0)).isTrue();
    assertThat(set.add(0)).isFalse();
    assertThat(set.add(-1)).isTrue();
    assertThat(set.add(Long.MIN_VALUE)).isTrue();
    assertThat(set.size()).isEqualTo(3);
  }

  @Test
  void growsPastThreeQuartersAndKeepsEveryValue() {
    // 16 slots hold 12; the 13th value doubles the table to 32; 100,000 values need 2^18 = 262,144
    // slots (2^17 = 131,072 holds only 98,304).
    LongHashSet set = new LongHashSet();
    for (long v = 1; v <= 12; v++) {
      set.add(v * 0x9E3779B97F4A7C15L);
    }
    assertThat(set.capacity()).isEqualTo(16);
    set.add(13 * 0x9E3779B97F4A7C15L);
    assertThat(set.capacity()).isEqualTo(32);
    for (long v = 14; v <= 100_000; v++) {
      set.add(v * 0x9E3779B97F4A7C15L);
    }
    assertThat(set.size()).isEqualTo(100_000);
    assertThat(set.capacity()).isEqualTo(1 << 18);
    for (long v = 1; v <= 100_000; v++) {
      assertThat(set.add(v * 0x9E3779B97F4A7C15L)).isFalse();
    }
    assertThat(set.size()).isEqualTo(100_000);
  }
}
