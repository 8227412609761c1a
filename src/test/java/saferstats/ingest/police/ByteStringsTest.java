package saferstats.ingest.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import saferstats.area.LsoaNames;

class ByteStringsTest {
  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void theSameBytesGiveTheSameStringFormedOnce() {
    ByteStrings codes = new ByteStrings(LsoaNames::code);
    byte[] a = ascii("xx e01000027 ,E01000028");
    // Bytes 2 to 12 are " e01000027 ": stripped and upper-cased as LsoaNames.code does.
    String first = codes.of(a, 2, 13);
    assertThat(first).isEqualTo("E01000027");
    assertThat(codes.of(a, 14, 23)).isEqualTo("E01000028");
    // Found again by its bytes, from another array: the very same string.
    assertThat(codes.of(ascii(" e01000027 "), 0, 11)).isSameAs(first);
  }

  @Test
  void manyValuesAreAllRightWhetherKeptOrNot() {
    // 70,000 distinct values: the first 65,536 are kept (the table grows on the way, from
    // 1,024), the rest are made each time; every one reads back as its own text.
    ByteStrings names = new ByteStrings(s -> s);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 70_000; i++) {
        String text = "Area " + i;
        byte[] b = ascii(text);
        assertThat(names.of(b, 0, b.length)).isEqualTo(text);
      }
    }
    byte[] b = ascii("Area 5");
    assertThat(names.of(b, 0, b.length)).isSameAs(names.of(ascii("Area 5"), 0, 6));
    assertThat(names.of(new byte[0], 0, 0)).isEmpty();
  }
}
