package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void putIfAbsentReturnsTheFirstValueAndPutReplacesIt() {
    LongIntMap map = new LongIntMap();
    assertThat(map.putIfAbsent(42, 3)).isEqualTo(LongIntMap.ABSENT);
    assertThat(map.putIfAbsent(42, 5)).isEqualTo(3);
    map.put(42, -1);
    assertThat(map.get(42)).isEqualTo(-1);
    assertThat(map.get(43)).isEqualTo(LongIntMap.ABSENT);
    assertThat(map.putIfAbsent(0, 7)).isEqualTo(LongIntMap.ABSENT);
    map.put(0, 8);
    assertThat(map.get(0)).isEqualTo(8);
    assertThat(map.size()).isEqualTo(2);
  }

  @Test
  void keysSharingLowBitsKeepTheirOwnValuesThroughGrowth() {
    // Keys k << 32 for k = 1..50,000: equal low 32 bits, so they lean on the spreading and the
    // probing; 50,000 keys need 2^17 = 131,072 slots (2^16 holds only 49,152).
    LongIntMap map = new LongIntMap();
    for (int k = 1; k <= 50_000; k++) {
      map.putIfAbsent((long) k << 32, k);
    }
    assertThat(map.size()).isEqualTo(50_000);
    assertThat(map.capacity()).isEqualTo(1 << 17);
    for (int k = 1; k <= 50_000; k++) {
      assertThat(map.get((long) k << 32)).isEqualTo(k);
    }
    assertThat(map.get(50_001L << 32)).isEqualTo(LongIntMap.ABSENT);
  }
}
