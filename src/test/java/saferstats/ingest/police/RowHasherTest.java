package saferstats.ingest.police;

import static org.assertj.core.api.Assertions.assertThat;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hashing;
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
    // Bytes 01 00 00 00 00 00 00 00 (the character U+0001 then three U+0000, UTF-16LE), seed 0:
    // Guava's Hashing.murmur3_128(0).hashBytes(...) gives h1 = 19144387141682250 and h2 =
    // 4434582959624657926 (its asBytes() read as two little-endian longs; hash4j agrees). An
    // earlier version of this test asserted the project's own output, which had two of
    // MurmurHash3's constants wrong (c2 0x4cf5ad432ef3f10f for 0x4cf5ad432745937f, and fmix64's
    // second 0xc4ceb53f7f0ebc7f for 0xc4ceb9fe1a85ec53), so it was not MurmurHash3.
    RowHasher hasher = new RowHasher();
    assertThat(hasher.hash("\u0001\u0000\u0000\u0000")).isEqualTo(19144387141682250L);
    assertThat(hasher.low()).isEqualTo(4434582959624657926L);
    assertThat(hasher.hash("")).isZero();
  }

  @Test
  void agreesWithHash4jsMurmurHash3OverTheSameCharacters() {
    // hash4j's MurmurHash3_x64_128 (seed 0) reads a character as two bytes, low first, as the
    // project's hasher does; lengths 0..40 cover every tail and several blocks.
    RowHasher hasher = new RowHasher();
    StringBuilder text = new StringBuilder();
    for (int n = 0; n <= 40; n++) {
      String s = text.toString();
      HashValue128 expected = Hashing.murmur3_128().hashCharsTo128Bits(s);
      // hash4j's HashValue128 holds MurmurHash3's h1 in its low half and h2 in its high half.
      assertThat(hasher.hash(s))
          .as("length %d h1", n)
          .isEqualTo(expected.getLeastSignificantBits());
      assertThat(hasher.low()).as("length %d h2", n).isEqualTo(expected.getMostSignificantBits());
      text.append(n % 3 == 0 ? 'é' : (char) ('a' + n % 26));
    }
  }

  @Test
  void theFirstFieldsHashTakenOnTheWayIsItsOwnHash() {
    // For first fields of 0..70 characters (a police.uk Crime ID is 64: on a block boundary), the
    // Crime ID hash taken while hashing the row equals hashing the ID alone, and the row hash is
    // the same as the joined text's (the shortcut changes neither).
    StringBuilder id = new StringBuilder();
    for (int n = 0; n <= 70; n++) {
      String first = id.toString();
      String[] row = {first, "2024-01", "Burglary"};
      RowHasher hasher = new RowHasher();
      hasher.hash(row);
      long rowHigh = hasher.high();
      long rowLow = hasher.low();
      long viaRow = hasher.hashOfFirstField(first);
      RowHasher alone = new RowHasher();
      assertThat(viaRow).as("length %d", n).isEqualTo(alone.hash(first));
      RowHasher joined = new RowHasher();
      joined.hash(first + "\u001f2024-01\u001fBurglary\u001f");
      assertThat(rowHigh).as("row high, length %d", n).isEqualTo(joined.high());
      assertThat(rowLow).as("row low, length %d", n).isEqualTo(joined.low());
      id.append(Integer.toHexString(n % 16));
    }
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
