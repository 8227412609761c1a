package saferstats.ingest.police;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * One column's strings found by their ASCII bytes: a column of few values (force names, crime
 * types, LSOA names and codes) gives each row the same {@code String} for the same bytes, made
 * once, instead of a new string a row and a hash of it in every table it is counted in. The string
 * is {@code form} applied to the bytes as text (ASCII bytes are the characters of their codes, as
 * UTF-8 and Windows-1252 both decode them), so it is what the row's field as a string would have
 * given. Once {@link #MAX} values are held, new ones are made each time and not kept: a column of
 * many values costs no more memory than strings would. Not thread-safe.
 */
final class ByteStrings {
  /** Values kept: more than England and Wales have LSOAs (about 35,700). */
  static final int MAX = 1 << 16;

  private final UnaryOperator<String> form;

  /** A file's LSOA names (a few thousand for a large force) fit without growing often. */
  private static final int START = 1 << 10;

  private byte[][] keys = new byte[START][];
  private int[] hashes = new int[START];
  private String[] values = new String[START];
  private int size;
  private byte[] lastKey;
  private String lastValue;

  ByteStrings(UnaryOperator<String> form) {
    this.form = form;
  }

  /** The string of {@code bytes[from, to)}, which are ASCII. */
  String of(byte[] bytes, int from, int to) {
    int length = to - from;
    // Rows of a file mostly repeat the value of the row before (month, force, LSOA).
    if (lastKey != null
        && lastKey.length == length
        && Arrays.equals(lastKey, 0, length, bytes, from, to)) {
      return lastValue;
    }
    int mask = keys.length - 1;
    int h = hash(bytes, from, to);
    int i = h & mask;
    for (byte[] k = keys[i]; k != null; k = keys[i]) {
      if (hashes[i] == h && k.length == length && Arrays.equals(k, 0, length, bytes, from, to)) {
        lastKey = k;
        lastValue = values[i];
        return lastValue;
      }
      i = (i + 1) & mask;
    }
    String value = form.apply(new String(bytes, from, length, StandardCharsets.ISO_8859_1));
    if (size < MAX) {
      byte[] key = Arrays.copyOfRange(bytes, from, to);
      keys[i] = key;
      hashes[i] = h;
      values[i] = value;
      lastKey = key;
      lastValue = value;
      if (++size * 2 > keys.length) {
        grow();
      }
    }
    return value;
  }

  private static int hash(byte[] bytes, int from, int to) {
    int h = 1;
    for (int i = from; i < to; i++) {
      h = 31 * h + bytes[i];
    }
    return h ^ (h >>> 16);
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldHashes = hashes;
    String[] oldValues = values;
    keys = new byte[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    values = new String[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = oldHashes[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }
  }
}
