package saferstats.ingest.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import saferstats.model.Month;
import saferstats.model.PoliceRow;
import saferstats.model.Rejection;
import saferstats.model.SourceKind;

/**
 * police.uk rows parsed from their bytes give what the line decoded and parsed as text gives: the
 * same row, the same hashes, the same rejection on the same line.
 */
class ByteRowParserTest {
  static final String FILE = "2024-01-test-street.csv";

  /** What one line gave: its row and hashes, or its rejection. */
  static final class Captured implements ByteRowParser.Sink {
    final List<RowHashes> rows = new ArrayList<>();
    final List<Long> lines = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    @Override
    public void add(RowHashes row, long line) {
      rows.add(row);
      lines.add(line);
    }

    @Override
    public void reject(Rejection rejection) {
      rejections.add(rejection);
    }
  }

  static RowParser textParser() {
    return new RowParser(FILE, SourceKind.POLICE_UK_STREET, Month.of(2024, 7));
  }

  static Captured bytes(String line, Charset charset, byte[] encoded)
      throws CharacterCodingException {
    Captured c = new Captured();
    // The line sits inside a larger buffer, as in a reader's, so offsets are exercised.
    byte[] buffer = new byte[encoded.length + 7];
    System.arraycopy(encoded, 0, buffer, 3, encoded.length);
    new ByteRowParser(textParser(), charset).parse(buffer, 3, 3 + encoded.length, 12, c);
    return c;
  }

  static Captured bytes(String line) throws CharacterCodingException {
    return bytes(line, StandardCharsets.UTF_8, line.getBytes(StandardCharsets.UTF_8));
  }

  /** The line parsed as text, as the reader of a decoded file parses it. */
  static Captured text(String line) {
    Captured c = new Captured();
    RowParser.Result r = textParser().parse(line, 12);
    if (r.rejection() != null) {
      c.reject(r.rejection());
    } else {
      c.add(RowHashes.of(new RowHasher(), r.row(), r.fields()), 12);
    }
    return c;
  }

  static void assertSame(Captured a, Captured b) {
    assertThat(a.rows).isEqualTo(b.rows);
    assertThat(a.lines).isEqualTo(b.lines);
    assertThat(a.rejections).isEqualTo(b.rejections);
  }

  private static final String ID = "a".repeat(64);

  @Test
  void aPlainRowIsReadFieldByField() throws CharacterCodingException {
    String line =
        ID
            + ",2024-01,Test Constabulary , Test Constabulary,-0.094335,51.568952,"
            + " On or near Grove Road,e01000027 ,Testham 001A,Burglary,Under investigation,";
    Captured c = bytes(line);
    PoliceRow row = c.rows.get(0).row();
    // Stripped: Reported by, Falls within, LSOA name, type, outcome; the LSOA code is stripped
    // and upper-cased; the Location is kept as written (its leading space too).
    assertThat(row)
        .isEqualTo(
            new PoliceRow(
                ID,
                Month.of(2024, 1),
                "Test Constabulary",
                "Test Constabulary",
                -0.094335,
                51.568952,
                " On or near Grove Road",
                "E01000027",
                "Testham 001A",
                "Burglary",
                "Under investigation"));
    // The row hash is MurmurHash3 over the 12 raw fields each followed by U+001F, and the ID hash
    // that of the ID alone: as the hasher gives them over the fields as strings.
    RowHasher h = new RowHasher();
    h.hash(line.split(",", -1));
    assertThat(c.rows.get(0).high()).isEqualTo(h.high());
    assertThat(c.rows.get(0).low()).isEqualTo(h.low());
    assertThat(c.rows.get(0).id()).isEqualTo(new RowHasher().hash(ID));
    assertThat(c.lines).containsExactly(12L);
    assertSame(c, text(line));
  }

  @Test
  void aQuotedFieldKeepsItsCommasAndDoubledQuotes() throws CharacterCodingException {
    // Location "On or near ""The Mall"", Park" is one field: On or near "The Mall", Park.
    String line =
        "x1,2024-01,Test Constabulary,Test Constabulary,-0.1,51.5,"
            + "\"On or near \"\"The Mall\"\", Park\",E01000001,Testham 001A,Burglary,,";
    Captured c = bytes(line);
    PoliceRow row = c.rows.get(0).row();
    assertThat(row.location()).isEqualTo("On or near \"The Mall\", Park");
    assertThat(row.lsoaCode()).isEqualTo("E01000001");
    assertThat(row.category()).isEqualTo("Burglary");
    // Split at every comma, the quoted field would make 13 fields and reject the row; hashed over
    // the quoted text, the row hash would differ from the fields' (quotes undone) hash.
    RowHasher h = new RowHasher();
    h.hash(
        new String[] {
          "x1",
          "2024-01",
          "Test Constabulary",
          "Test Constabulary",
          "-0.1",
          "51.5",
          "On or near \"The Mall\", Park",
          "E01000001",
          "Testham 001A",
          "Burglary",
          "",
          ""
        });
    assertThat(c.rows.get(0).high()).isEqualTo(h.high());
    assertSame(c, text(line));
    // Quoted with no comma inside, the line still has 12 fields at its commas: its quotes are
    // CSV's, not the Location's.
    String quoted =
        line.replace("\"On or near \"\"The Mall\"\", Park\"", "\"On or near Grove Road\"");
    assertThat(bytes(quoted).rows.get(0).row().location()).isEqualTo("On or near Grove Road");
    assertSame(bytes(quoted), text(quoted));
  }

  @Test
  void aNoLocationRowHasNeitherPointNorArea() throws CharacterCodingException {
    String line = ",2024-01,Test Constabulary,Test Constabulary,,,No Location,,,Drugs,,";
    Captured c = bytes(line);
    PoliceRow row = c.rows.get(0).row();
    assertThat(row.longitude()).isNull();
    assertThat(row.latitude()).isNull();
    assertThat(row.hasLsoa()).isFalse();
    assertThat(row.crimeId()).isEmpty();
    // No Crime ID: no ID hash.
    assertThat(c.rows.get(0).id()).isZero();
    assertSame(c, text(line));
  }

  @Test
  void rejectedLinesAreRejectedAsTheTextParserRejectsThem() throws CharacterCodingException {
    String rest =
        ",Test Constabulary,Test Constabulary,-0.1,51.5,On or near X,E01,Testham 001A,B,,";
    List<String> lines =
        List.of(
            // bad month; a month after 2024-07; too few fields; too many fields
            "x" + ",2024-13" + rest,
            "x" + ",2024-08" + rest,
            "x,2024-01,Test Constabulary",
            "x" + ",2024-01" + rest + ",extra",
            // one coordinate only; a latitude beyond 90; text for a longitude
            "x,2024-01,F,F,-0.1,,L,E01,Testham 001A,B,,",
            "x,2024-01,F,F,-0.1,91.5,L,E01,Testham 001A,B,,",
            "x,2024-01,F,F,west,51.5,L,E01,Testham 001A,B,,",
            // a quote left open on its line
            "x,2024-01,F,F,-0.1,51.5,\"On or near,E01,Testham 001A,B,,");
    List<String> reasons =
        List.of(
            Rejection.BAD_MONTH,
            Rejection.FUTURE_MONTH,
            Rejection.FIELD_COUNT,
            Rejection.FIELD_COUNT,
            Rejection.BAD_COORDINATES,
            Rejection.BAD_COORDINATES,
            Rejection.BAD_COORDINATES,
            Rejection.BAD_QUOTES);
    for (int i = 0; i < lines.size(); i++) {
      Captured c = bytes(lines.get(i));
      assertThat(c.rejections).as(lines.get(i)).hasSize(1);
      assertThat(c.rejections.get(0).reason()).as(lines.get(i)).isEqualTo(reasons.get(i));
      assertThat(c.rejections.get(0).line()).isEqualTo(12);
      assertThat(c.rejections.get(0).file()).isEqualTo(FILE);
      assertSame(c, text(lines.get(i)));
    }
  }

  @Test
  void spreadsheetMonthsAndEmptyColumnsAreSeen() throws CharacterCodingException {
    // Excel writes 2024-01 as Jan-24, and may add empty columns after the last.
    ByteRowParser p = new ByteRowParser(textParser(), StandardCharsets.UTF_8);
    Captured c = new Captured();
    byte[] a = "x,Jan-24,F,F,,,L,,,B,,".getBytes(StandardCharsets.UTF_8);
    byte[] b = "y,2024-01,F,F,,,L,,,B,,,,".getBytes(StandardCharsets.UTF_8);
    p.parse(a, 0, a.length, 2, c);
    p.parse(b, 0, b.length, 3, c);
    assertThat(c.rows).extracting(r -> r.row().month()).containsOnly(Month.of(2024, 1));
    assertThat(p.spreadsheetChanges()).isEqualTo(new RowParser.SpreadsheetChanges("Jan-24", 1));
  }

  @Test
  void textThatIsNotAsciiIsDecodedInTheFilesCharset() throws CharacterCodingException {
    String line = "x,2024-01,F,F,-0.1,51.5,On or near Café Road,E01,Testham 001A,B,,";
    Captured utf8 = bytes(line);
    assertThat(utf8.rows.get(0).row().location()).isEqualTo("On or near Café Road");
    assertSame(utf8, text(line));
    // The same é as one Windows-1252 byte (0xE9) read as Windows-1252.
    Charset cp1252 = Charset.forName("windows-1252");
    Captured ansi = bytes(line, cp1252, line.getBytes(cp1252));
    assertThat(ansi.rows.get(0).row().location()).isEqualTo("On or near Café Road");
    // ... but read as UTF-8 it is not valid: the file is then read again as Windows-1252.
    assertThatThrownBy(() -> bytes(line, StandardCharsets.UTF_8, line.getBytes(cp1252)))
        .isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void coordinatesOfThePlainShapeAreReadExactlyAsParseDoubleReadsThem() {
    // 51.568952 is 51568952 / 10^6; both exact as doubles, so the quotient is correctly rounded.
    assertThat(coordinate("51.568952")).isEqualTo(Double.parseDouble("51.568952"));
    assertThat(coordinate("-0.094335")).isEqualTo(-0.094335);
    // -0 keeps its sign, as parseDouble's -0.0 does.
    assertThat(Double.doubleToRawLongBits(coordinate("-0.000000")))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(coordinate("180")).isEqualTo(180.0);
    assertThat(coordinate("180.000001")).isNull();
    // Other shapes are left to parseDouble: spaces, exponents, hex, a bare dot, a plus, 16 digits.
    for (String other :
        List.of(" 51.5", "51.5 ", "5e1", "0x1p3", "5.", ".5", "+5", "-", "", "1.000000000000000")) {
      assertThat(coordinate(other)).as("'%s'", other).isNull();
    }
    // Random decimals of up to 15 digits, 0 to 9 decimals, each sign: every one as parseDouble
    // gives it, bit for bit.
    Random random = new Random(24);
    for (int n = 0; n < 200_000; n++) {
      int decimals = random.nextInt(10);
      long digits = (long) (random.nextDouble() * Math.pow(10, 2 + random.nextInt(4) + decimals));
      StringBuilder s = new StringBuilder(Long.toString(digits));
      while (s.length() <= decimals) {
        s.insert(0, '0');
      }
      if (decimals > 0) {
        s.insert(s.length() - decimals, '.');
      }
      if (random.nextBoolean()) {
        s.insert(0, '-');
      }
      double expected = Double.parseDouble(s.toString());
      Double got = coordinate(s.toString());
      if (Math.abs(expected) <= 180) {
        assertThat(Double.doubleToRawLongBits(got))
            .as(s.toString())
            .isEqualTo(Double.doubleToRawLongBits(expected));
      } else {
        assertThat(got).as(s.toString()).isNull();
      }
    }
  }

  @Test
  void aProductByAPowerOfTenWouldNotDo() {
    // Why the quotient: 51568952 * 1e-6 is 51.568951999999996, not parseDouble's 51.568952 (1e-6
    // is not exact as a double), so a product would have moved coordinates; 51568952 / 1e6 is.
    assertThat(51568952 * 1e-6).isEqualTo(51.568951999999996);
    assertThat(coordinate("51.568952")).isEqualTo(51.568952);
  }

  private static Double coordinate(String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    return ByteRowParser.coordinate(b, 0, b.length, 180);
  }
}
