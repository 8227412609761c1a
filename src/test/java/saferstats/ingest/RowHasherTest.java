package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowHasherTest {
  @Test
  void streamingOverFieldsEqualsHashingTheJoinedRowWhole() {
    // Joined lengths 3..43 characters cover every tail (0 to 15 bytes) and several blocks: the
    // fields fed one at a time hash as the joined text does, separators included.
    RowHasher hasher = new RowHasher();
    StringBuilder text = new StringBuilder();
    for (int n = 0; n <= 40; n++) {
      String field = text.toString();
      hasher.hash(new String[] {field, "é£"});
      long high = hasher.high();
      assertThat(hasher.hash(field + "\u001f" + "é£" + "\u001f"))
          .as("length %d", n)
          .isEqualTo(high);
      text.append((char) ('a' + n % 26));
    }
  }

  @Test
  void oneTailBlockGivesMurmurHash3sValue() {
    // Bytes 01 00 00 00 00 00 00 00 (the character U+0001 then three U+0000, UTF-16LE), seed 0,
    // worked through MurmurHash3_x64_128's published steps in Python: k1 = 1 is mixed (×c1, rotl
    // 31, ×c2) into h1; h1 ^= 8, h2 ^= 8; h1 += h2, h2 += h1; fmix64 each; h1 += h2, h2 += h1.
    RowHasher hasher = new RowHasher();
    assertThat(hasher.hash("\u0001\u0000\u0000\u0000")).isEqualTo(-8165783256278847527L);
    assertThat(hasher.low()).isEqualTo(339657733505723225L);
    assertThat(hasher.hash("")).isZero();
  }

  @Test
  void fieldBoundariesMatter() {
    RowHasher hasher = new RowHasher();
    hasher.hash(new String[] {"ab", "c"});
    long first = hasher.high();
    hasher.hash(new String[] {"a", "bc"});
    assertThat(hasher.high()).isNotEqualTo(first);
  }
}
