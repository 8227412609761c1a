package saferstats.ingest.police;

/**
 * MurmurHash3 (x64, 128-bit, seed 0) over a row's fields as UTF-16LE, each field followed by
 * U+001F, fed a character at a time: no joined string, no byte array. A row of ASCII text can be
 * fed as its bytes ({@link #hash(byte[], int[], int[], int)}): an ASCII byte is the character of
 * the same code, so the hash is the one its fields as strings give. One hasher is reused row after
 * row; it is not thread-safe.
 */
final class RowHasher {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;
  private static final char SEPARATOR = '\u001f';

  private long h1;
  private long h2;
  private long first;
  private long pending;
  private int pendingChars;
  private boolean hasFirst;
  private long chars;
  private long high;
  private long low;

  /** The first field of the last row hashed, when its own hash was taken on the way (else null). */
  private String firstField;

  private long firstFieldHash;

  /** Whether the last {@link #hash(byte[], int[], int[], int)} had its first field's hash. */
  private boolean firstBytesHashed;

  /** Hashes the fields; read the result with {@link #high()} and {@link #low()}. */
  void hash(String[] fields) {
    start();
    firstField = null;
    firstBytesHashed = false;
    for (int i = 0; i < fields.length; i++) {
      pushAll(fields[i]);
      if (i == 0 && pendingChars == 0 && !hasFirst) {
        // The first field ended on a 16-byte block (a police.uk Crime ID is 64 characters): the
        // state now is that of hashing it alone, so finishing it gives hash(fields[0]) for free.
        finish();
        firstField = fields[0];
        firstFieldHash = high;
      }
      push(SEPARATOR);
    }
    finish();
  }

  /**
   * As {@link #hash(String[])} over fields given as ASCII bytes: field {@code i} is {@code
   * bytes[starts[i], ends[i])}, for {@code i < count}. Bytes of 0x80 and above are not ASCII and
   * must not be given (they are not the character of their code in UTF-8).
   */
  void hash(byte[] bytes, int[] starts, int[] ends, int count) {
    start();
    firstField = null;
    firstBytesHashed = false;
    for (int i = 0; i < count; i++) {
      pushAll(bytes, starts[i], ends[i]);
      if (i == 0 && pendingChars == 0 && !hasFirst) {
        finish();
        firstBytesHashed = true;
        firstFieldHash = high;
      }
      push(SEPARATOR);
    }
    finish();
  }

  /**
   * {@link #hash(byte[], int, int)} of the first field of the last row given as bytes: taken from
   * that hash when it was had on the way.
   */
  long hashOfFirstBytes(byte[] bytes, int from, int to) {
    return firstBytesHashed ? firstFieldHash : hash(bytes, from, to);
  }

  /**
   * {@code hash(text)}: taken from the last {@link #hash(String[])} when {@code text} is the very
   * string that call read first and its hash was had on the way, so a Crime ID is not read twice.
   */
  long hashOfFirstField(String text) {
    return text == firstField ? firstFieldHash : hash(text);
  }

  /** Hashes one string (a Crime ID), without the separator; returns the first 64 bits. */
  long hash(String text) {
    start();
    pushAll(text);
    finish();
    return high;
  }

  /** As {@link #hash(String)} for the string of ASCII bytes {@code bytes[from, to)}. */
  long hash(byte[] bytes, int from, int to) {
    start();
    pushAll(bytes, from, to);
    finish();
    return high;
  }

  long high() {
    return high;
  }

  long low() {
    return low;
  }

  private void start() {
    h1 = 0;
    h2 = 0;
    pending = 0;
    pendingChars = 0;
    hasFirst = false;
    chars = 0;
  }

  /** Feeds a string: a character at a time up to a word boundary, then four at a time. */
  private void pushAll(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && pendingChars != 0) {
      push(text.charAt(i++));
    }
    for (; i + 4 <= n; i += 4) {
      long word =
          text.charAt(i)
              | (long) text.charAt(i + 1) << 16
              | (long) text.charAt(i + 2) << 32
              | (long) text.charAt(i + 3) << 48;
      chars += 4;
      word(word);
    }
    while (i < n) {
      push(text.charAt(i++));
    }
  }

  /** As {@link #pushAll(String)} for ASCII bytes, each the character of its code. */
  private void pushAll(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to && pendingChars != 0) {
      push((char) (bytes[i++] & 0xFF));
    }
    for (; i + 4 <= to; i += 4) {
      long word =
          (bytes[i] & 0xFFL)
              | (bytes[i + 1] & 0xFFL) << 16
              | (bytes[i + 2] & 0xFFL) << 32
              | (bytes[i + 3] & 0xFFL) << 48;
      chars += 4;
      word(word);
    }
    while (i < to) {
      push((char) (bytes[i++] & 0xFF));
    }
  }

  private void push(char c) {
    pending |= (long) c << (pendingChars << 4);
    chars++;
    if (++pendingChars == 4) {
      word(pending);
      pending = 0;
      pendingChars = 0;
    }
  }

  /**
   * Takes eight bytes: the first half of a 16-byte block, or its second half and mixes the block.
   */
  private void word(long w) {
    if (hasFirst) {
      block(first, w);
      hasFirst = false;
    } else {
      first = w;
      hasFirst = true;
    }
  }

  private void block(long k1, long k2) {
    h1 ^= mixK1(k1);
    h1 = Long.rotateLeft(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    h2 ^= mixK2(k2);
    h2 = Long.rotateLeft(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }

  private void finish() {
    // The tail: up to 15 bytes, the first eight in k1 and the rest in k2.
    long k1 = hasFirst ? first : pending;
    long k2 = hasFirst ? pending : 0;
    if (hasFirst && pendingChars > 0) {
      h2 ^= mixK2(k2);
    }
    if (hasFirst || pendingChars > 0) {
      h1 ^= mixK1(k1);
    }
    // Finalised on copies, so that a state on a block boundary can be finished and go on.
    long length = chars * 2;
    long a = h1 ^ length;
    long b = h2 ^ length;
    a += b;
    b += a;
    a = fmix(a);
    b = fmix(b);
    a += b;
    b += a;
    high = a;
    low = b;
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
