package saferstats.ingest.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines from bytes are the lines BufferedReader.readLine gives, whatever the reads return. */
class LineBytesTest {
  /** A stream handing out at most {@code most} bytes a read, so lines straddle reads. */
  private static InputStream trickle(byte[] bytes, int most, Random random) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(most)));
      }
    };
  }

  private static List<String> lines(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (LineBytes lines = new LineBytes(in, n -> {})) {
      while (lines.next()) {
        out.add(
            new String(
                lines.bytes(),
                lines.start(),
                lines.end() - lines.start(),
                StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  private static List<String> readLines(String text) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new StringReader(text));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      out.add(line);
    }
    return out;
  }

  @Test
  void eachLineEndEndsOneLine() throws IOException {
    // "a\r\n" a line; "\r\n" an empty one; "b\r\n" a line; "c,d\r" one ended by a lone \r; "e\n"
    // a line; "\n" an empty one; "f" a last line with no end. A final end adds no line after it.
    String text = "a\r\n\r\nb\r\nc,d\re\n\nf";
    assertThat(lines(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))))
        .containsExactly("a", "", "b", "c,d", "e", "", "f");
    assertThat(lines(new ByteArrayInputStream("x\n".getBytes(StandardCharsets.US_ASCII))))
        .containsExactly("x");
    assertThat(lines(new ByteArrayInputStream(new byte[0]))).isEmpty();
  }

  @Test
  void aReturnAtTheEndOfOneReadAndANewlineAtTheStartOfTheNextAreOneEnd() throws IOException {
    // Reads of one byte: "a\r" then "\n": one line "a", not "a" and an empty line.
    assertThat(lines(trickle("a\r\nb".getBytes(StandardCharsets.US_ASCII), 1, new Random(1))))
        .containsExactly("a", "b");
  }

  @Test
  void randomTextInRandomReadsGivesBufferedReadersLines() throws IOException {
    Random random = new Random(5);
    String[] pieces = {"a", "bc", ",", "\r", "\n", "\r\n", "\"", "x".repeat(100)};
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
      assertThat(lines(trickle(bytes, 1 + random.nextInt(20), random)))
          .as("%s", text)
          .isEqualTo(readLines(text.toString()));
    }
  }

  @Test
  void aLineLongerThanTheBufferIsWhole() throws IOException {
    // The buffer starts at 64 KiB; a line of 200,000 bytes makes it grow (twice).
    String longLine = "y".repeat(200_000);
    String text = "short\r\n" + longLine + "\r\nlast";
    assertThat(lines(trickle(text.getBytes(StandardCharsets.US_ASCII), 70_000, new Random(3))))
        .containsExactly("short", longLine, "last");
  }

  @Test
  void progressHearsOfEveryByte() throws IOException {
    long[] heard = {0};
    byte[] bytes = "a\nbb\nccc".getBytes(StandardCharsets.US_ASCII);
    try (LineBytes lines = new LineBytes(trickle(bytes, 2, new Random(9)), n -> heard[0] += n)) {
      while (lines.next()) {
        // read them all
      }
    }
    assertThat(heard[0]).isEqualTo(8);
  }
}
