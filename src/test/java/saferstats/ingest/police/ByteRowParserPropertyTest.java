package saferstats.ingest.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import saferstats.model.PoliceRow;
import saferstats.model.Rejection;

/**
 * Generated police.uk rows full of the quirks real files have (quoted fields holding commas and
 * quotes, spaces around values, empty fields, No Location rows, non-ASCII text, spreadsheet months,
 * odd coordinates, missing and extra fields): the byte parser gives what the text parser gives for
 * every one, and for every accepted row, the fields Commons CSV reads from the line.
 */
class ByteRowParserPropertyTest {
  private static final String[] IDS = {"", "a".repeat(64), "0f".repeat(32), "id7", " id8 "};
  private static final String[] MONTHS = {"2024-01", "2024-01", "2024-01", "Jan-24", " 2024-01"};
  private static final String[] FORCES = {
    "Metropolitan Police Service", "Test Constabulary", " Test Constabulary ", "Test, Constabulary"
  };
  private static final String[] COORDINATES = {
    "-0.094335", "51.568952", "0.1", "-1", "", "", " 51.5 ", "5e1", "north", "-0.000000", "90.5"
  };
  private static final String[] LOCATIONS = {
    "On or near Grove Road",
    "No Location",
    "",
    "On or near \"The Mall\"",
    "On or near Mill Lane, Harrow",
    " On or near Café Road ",
    "On or near Bar Street\""
  };
  private static final String[] CODES = {"E01000027", "e01000027 ", "", "W01001234"};
  private static final String[] NAMES = {
    "Harrow 001A", "Barking and Dagenham 001A", "", "Harrow, Wealdstone 002B", "Ynys Môn 001A"
  };
  private static final String[] TYPES = {
    "Anti-social behaviour", "Burglary", "Violence and sexual offences", " Drugs "
  };
  private static final String[] OUTCOMES = {"", "Under investigation", "Unable to prosecute"};
  private static final String[] CONTEXTS = {"", "", "a \"quoted\" context", "x,y"};

  private static String pick(Random r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  /** A field as a CSV writer would put it: quoted when it must be, and sometimes when not. */
  private static String encode(Random r, String field) {
    boolean must = field.indexOf(',') >= 0 || field.indexOf('"') >= 0;
    // An unquoted field that holds a quote past its first character is read as text by both
    // parsers ("Bar Street\""), so some are left unquoted on purpose.
    if ((must && !(field.indexOf('"') > 0 && r.nextInt(4) == 0)) || r.nextInt(10) == 0) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }

  private static List<String> fields(Random r) {
    List<String> f = new ArrayList<>();
    f.add(pick(r, IDS));
    f.add(pick(r, MONTHS));
    f.add(pick(r, FORCES));
    f.add(pick(r, FORCES));
    boolean located = r.nextInt(5) > 0;
    f.add(located ? pick(r, COORDINATES) : "");
    f.add(located ? pick(r, COORDINATES) : "");
    f.add(pick(r, LOCATIONS));
    f.add(pick(r, CODES));
    f.add(pick(r, NAMES));
    f.add(pick(r, TYPES));
    f.add(pick(r, OUTCOMES));
    f.add(pick(r, CONTEXTS));
    int shape = r.nextInt(20);
    if (shape == 0) {
      f.remove(f.size() - 1); // too few fields
    } else if (shape == 1) {
      f.add(""); // an empty column a spreadsheet adds
    } else if (shape == 2) {
      f.add("more"); // text past the last column
    }
    return f;
  }

  @Test
  void theByteParserAgreesWithTheTextParserAndWithCommonsCsv() throws IOException {
    Random random = new Random(2024);
    int accepted = 0;
    int acceptedQuoted = 0;
    int rejected = 0;
    for (int n = 0; n < 20_000; n++) {
      List<String> wanted = fields(random);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < wanted.size(); i++) {
        line.append(i == 0 ? "" : ",").append(encode(random, wanted.get(i)));
      }
      String text = line.toString();
      ByteRowParserTest.Captured bytes = ByteRowParserTest.bytes(text);
      ByteRowParserTest.assertSame(bytes, ByteRowParserTest.text(text));
      if (bytes.rows.isEmpty()) {
        rejected++;
        continue;
      }
      accepted++;
      acceptedQuoted += text.indexOf('"') >= 0 ? 1 : 0;
      List<String> csv = commonsCsv(text);
      assertThat(csv).as(text).isEqualTo(wanted);
      PoliceRow row = bytes.rows.get(0).row();
      assertThat(row.crimeId()).as(text).isEqualTo(csv.get(0).strip());
      assertThat(row.reportedBy()).as(text).isEqualTo(csv.get(2).strip());
      assertThat(row.fallsWithin()).as(text).isEqualTo(csv.get(3).strip());
      assertThat(row.longitude()).as(text).isEqualTo(coordinate(csv.get(4)));
      assertThat(row.latitude()).as(text).isEqualTo(coordinate(csv.get(5)));
      assertThat(row.location()).as(text).isEqualTo(csv.get(6));
      assertThat(row.lsoaCode()).as(text).isEqualTo(csv.get(7).strip().toUpperCase(Locale.ROOT));
      assertThat(row.lsoaName()).as(text).isEqualTo(csv.get(8).strip());
      assertThat(row.category()).as(text).isEqualTo(csv.get(9).strip());
      assertThat(row.lastOutcome()).as(text).isEqualTo(csv.get(10).strip());
      // The row hash is over the 12 fields as Commons CSV reads them (an empty 13th dropped).
      RowHasher h = new RowHasher();
      h.hash(csv.subList(0, 12).toArray(new String[0]));
      assertThat(bytes.rows.get(0).high()).as(text).isEqualTo(h.high());
      assertThat(bytes.rows.get(0).low()).as(text).isEqualTo(h.low());
    }
    // The generator is not degenerate: thousands of rows each way, many of them quoted.
    assertThat(accepted).isGreaterThan(5_000);
    assertThat(acceptedQuoted).isGreaterThan(2_000);
    assertThat(rejected).isGreaterThan(2_000);
  }

  private static Double coordinate(String field) {
    String s = field.strip();
    return s.isEmpty() ? null : Double.parseDouble(s);
  }

  private static List<String> commonsCsv(String line) throws IOException {
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords();
    assertThat(records).hasSize(1);
    return records.get(0).toList();
  }

  @Test
  void aPlainLinesFactsAreItsRowsBeforeTheRowIsMade() {
    // FileRows counts a plain line from its facts (LineFacts) and makes its row only when the row
    // is selected: each fact, read first, must be what the text parser's row and hashes say.
    Random random = new Random(11);
    int[] plain = {0};
    for (int n = 0; n < 40_000; n++) {
      List<String> wanted = fields(random);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < wanted.size(); i++) {
        line.append(i == 0 ? "" : ",").append(encode(random, wanted.get(i)));
      }
      String text = line.toString();
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      RowParser.Result parsed = ByteRowParserTest.textParser().parse(text, 1);
      ByteRowParser.Sink sink =
          new ByteRowParser.Sink() {
            @Override
            public void add(RowHashes row, long line) {}

            @Override
            public void reject(Rejection rejection) {}

            @Override
            public void add(LineFacts facts, long line) {
              RowHashes want = RowHashes.of(new RowHasher(), parsed.row(), parsed.fields());
              assertThat(facts(facts)).as(text).isEqualTo(facts(want));
              assertThat(facts.row()).as(text).isEqualTo(want.row());
              plain[0]++;
            }
          };
      try {
        new ByteRowParser(ByteRowParserTest.textParser(), StandardCharsets.UTF_8)
            .parse(b, 0, b.length, 1, sink);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new AssertionError(e);
      }
    }
    // The generator's lines are mostly quirky (quotes, non-ASCII, odd fields): about one in a
    // hundred is plain, among them rows with and without a Crime ID, a point, an LSOA.
    assertThat(plain[0]).isGreaterThan(200);
  }

  private static List<Object> facts(RowFacts f) {
    return List.of(
        f.high(),
        f.low(),
        f.id(),
        f.month(),
        f.reportedBy(),
        f.fallsWithin(),
        f.lsoaCode(),
        f.lsoaName(),
        f.category(),
        f.hasCrimeId(),
        f.hasLsoa(),
        f.hasPoint());
  }

  @Test
  void linesAsBytesInAnyBufferAgreeToo() throws IOException {
    // The same through a whole buffer of lines as a reader hands them out: offsets other than 0.
    Random random = new Random(7);
    StringBuilder file = new StringBuilder();
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < 500; n++) {
      StringBuilder line = new StringBuilder();
      List<String> wanted = fields(random);
      for (int i = 0; i < wanted.size(); i++) {
        line.append(i == 0 ? "" : ",").append(encode(random, wanted.get(i)));
      }
      lines.add(line.toString());
      file.append(line).append(random.nextBoolean() ? "\r\n" : "\n");
    }
    byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
    LineBytes reader = new LineBytes(new java.io.ByteArrayInputStream(bytes), n -> {});
    ByteRowParser parser =
        new ByteRowParser(ByteRowParserTest.textParser(), StandardCharsets.UTF_8);
    RowParser text = ByteRowParserTest.textParser();
    ByteRowParserTest.Captured got = new ByteRowParserTest.Captured();
    ByteRowParserTest.Captured expected = new ByteRowParserTest.Captured();
    long line = 0;
    while (reader.next()) {
      line++;
      parser.parse(reader.bytes(), reader.start(), reader.end(), line, got);
      RowParser.Result r = text.parse(lines.get((int) line - 1), line);
      if (r.rejection() != null) {
        expected.reject(r.rejection());
      } else {
        expected.add(RowHashes.of(new RowHasher(), r.row(), r.fields()), line);
      }
    }
    assertThat(line).isEqualTo(500);
    ByteRowParserTest.assertSame(got, expected);
  }
}
