package saferstats.ingest.police;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * The physical lines of a stream of bytes, as {@link java.io.BufferedReader#readLine()} gives them
 * once decoded: a line ends at {@code \n}, {@code \r} or {@code \r\n} (the terminator not part of
 * it), the last line need not end in one, and an empty stream or one ending in a terminator has no
 * line after it. Lines are handed out as byte ranges of one buffer, valid until the next call: no
 * string a line. Lines may be of any length (the buffer grows).
 */
final class LineBytes implements Closeable {
  private static final long NEWLINES = ByteWords.spread((byte) '\n');
  private static final long RETURNS = ByteWords.spread((byte) '\r');
  private final InputStream in;
  private final LongConsumer progress;
  private byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;
  private boolean ended;
  private int start;
  private int end;

  /** {@code progress} hears of each byte read. */
  LineBytes(InputStream in, LongConsumer progress) {
    this.in = in;
    this.progress = progress;
  }

  /** Moves to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    int i = position;
    while (true) {
      i = lineEnd(i);
      if (i < limit) {
        if (buffer[i] == '\r' && i + 1 == limit && !ended) {
          // A \n may follow in the bytes not yet read: it belongs to this line's end.
          i = fill(i);
          continue;
        }
        start = position;
        end = i;
        position = buffer[i] == '\r' && i + 1 < limit && buffer[i + 1] == '\n' ? i + 2 : i + 1;
        return true;
      }
      if (ended) {
        if (position < limit) {
          start = position;
          end = limit;
          position = limit;
          return true;
        }
        return false;
      }
      i = fill(i);
    }
  }

  /** The first {@code \n} or {@code \r} at or after {@code from}, or {@link #limit}. */
  private int lineEnd(int from) {
    int i = from;
    for (; i + 8 <= limit; i += 8) {
      long w = ByteWords.word(buffer, i);
      long ends = ByteWords.equal(w, NEWLINES) | ByteWords.equal(w, RETURNS);
      if (ends != 0) {
        return i + ByteWords.first(ends);
      }
    }
    while (i < limit && buffer[i] != '\n' && buffer[i] != '\r') {
      i++;
    }
    return i;
  }

  /** The buffer holding the current line. */
  byte[] bytes() {
    return buffer;
  }

  /** Where the current line starts in {@link #bytes()}. */
  int start() {
    return start;
  }

  /** Where the current line ends (exclusive) in {@link #bytes()}. */
  int end() {
    return end;
  }

  /**
   * Reads more bytes after the unfinished line at {@link #position}, moving it to the buffer's
   * start (or growing the buffer when the line fills it); returns where {@code scanned} moved to.
   */
  private int fill(int scanned) throws IOException {
    int kept = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, kept);
    } else if (kept == buffer.length) {
      buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
    }
    int moved = scanned - position;
    position = 0;
    limit = kept;
    int n = in.read(buffer, limit, buffer.length - limit);
    while (n == 0) {
      n = in.read(buffer, limit, buffer.length - limit);
    }
    if (n < 0) {
      ended = true;
    } else {
      limit += n;
      progress.accept(n);
    }
    return moved;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
