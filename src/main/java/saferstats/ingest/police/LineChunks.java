package saferstats.ingest.police;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Byte ranges of a plain file that start and end at line boundaries, so that each can be read on
 * its own: every range but the last ends just after a {@code \n}. Lines end at {@code \n}, {@code
 * \r} or {@code \r\n} as {@link java.io.BufferedReader} reads them; a cut after a {@code \n} never
 * splits one.
 */
final class LineChunks {
  /** How far into the file the header must end for the file to be split. */
  private static final int HEAD = 1 << 20;

  private LineChunks() {}

  /** One range of bytes, {@code start} inclusive, {@code end} exclusive. */
  record Range(long start, long end) {
    long length() {
      return end - start;
    }
  }

  /**
   * The byte just after the first {@code lines} lines (after a UTF-8 byte order mark), or -1 when
   * they do not end within the first megabyte.
   */
  static long afterLines(Path file, long lines) throws IOException {
    // Read as far as needed (a header is a few hundred bytes), up to the first megabyte.
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      byte[] head = in.readNBytes(8192);
      while (true) {
        long at = afterLines(head, lines);
        if (at >= 0 || head.length >= HEAD) {
          return at;
        }
        byte[] more = in.readNBytes(Math.min(head.length, HEAD - head.length));
        if (more.length == 0) {
          return -1;
        }
        byte[] longer = java.util.Arrays.copyOf(head, head.length + more.length);
        System.arraycopy(more, 0, longer, head.length, more.length);
        head = longer;
      }
    }
  }

  /** As {@link #afterLines(Path, long)} within {@code head}: -1 when they do not end in it. */
  private static long afterLines(byte[] head, long lines) {
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    long seen = 0;
    while (seen < lines) {
      if (i >= head.length) {
        return -1;
      }
      byte b = head[i++];
      if (b == '\n') {
        seen++;
      } else if (b == '\r') {
        if (i >= head.length) {
          return -1; // a \n may follow beyond what was read
        }
        if (head[i] == '\n') {
          i++;
        }
        seen++;
      }
    }
    return i;
  }

  /** Splits {@code [from, to)} into ranges of about {@code target} bytes, each cut after a \n. */
  static List<Range> split(Path file, long from, long to, long target) throws IOException {
    List<Range> ranges = new ArrayList<>();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long start = from;
      while (to - start > target) {
        long cut = afterNewline(channel, start + target, to);
        if (cut >= to) {
          break;
        }
        ranges.add(new Range(start, cut));
        start = cut;
      }
      if (start < to) {
        ranges.add(new Range(start, to));
      }
    }
    return ranges;
  }

  /** The byte after the first \n at or after {@code at}, or {@code to} when there is none. */
  private static long afterNewline(FileChannel channel, long at, long to) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    long position = at;
    while (position < to) {
      buffer.clear();
      int n = channel.read(buffer, position);
      if (n <= 0) {
        return to;
      }
      for (int i = 0; i < n; i++) {
        if (buffer.get(i) == '\n') {
          return Math.min(to, position + i + 1);
        }
      }
      position += n;
    }
    return to;
  }

  /** The file's bytes from {@code from} to its end; close it to close the file. */
  static InputStream openFrom(Path file, long from) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(from);
    return Channels.newInputStream(channel);
  }

  /** The range's bytes; close it to close the file. */
  static InputStream open(Path file, Range range) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(range.start());
    return BoundedInputStream.builder()
        .setInputStream(Channels.newInputStream(channel))
        .setMaxCount(range.length())
        .get();
  }
}
