package saferstats.ingest.police;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes looked at at once ("SIMD within a register"): a byte array read a long at a time,
 * little-endian, so that byte {@code k} of the eight is bits {@code 8k..8k+7}, and a mask marking
 * which of the eight equal a given byte. Scanning a line for its end or its commas this way takes
 * an eighth of the steps of a byte at a time.
 */
final class ByteWords {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /** The high bit of every byte: set in a word where some byte is 0x80 or above. */
  static final long HIGH = 0x8080808080808080L;

  private ByteWords() {}

  /** The eight bytes from {@code at} ({@code at + 8 <= bytes.length}). */
  static long word(byte[] bytes, int at) {
    return (long) LONGS.get(bytes, at);
  }

  /** {@code b} in each of the eight bytes, for {@link #equal}. */
  static long spread(byte b) {
    return (b & 0xFFL) * 0x0101010101010101L;
  }

  /**
   * The high bit of each byte of {@code word} that equals the byte {@code spread} holds, and no
   * other bit: exact for every byte (no borrow runs from one byte into the next), so each set bit
   * is a match.
   */
  static long equal(long word, long spread) {
    long x = word ^ spread;
    return ~(((x & LOW7) + LOW7) | x | LOW7);
  }

  /** The index (0 to 7) of the byte of the lowest set bit of a non-zero mask. */
  static int first(long mask) {
    return Long.numberOfTrailingZeros(mask) >>> 3;
  }
}
