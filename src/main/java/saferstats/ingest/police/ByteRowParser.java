package saferstats.ingest.police;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import saferstats.area.LsoaNames;
import saferstats.ingest.csv.CsvInput;
import saferstats.model.Month;
import saferstats.model.Rejection;

/**
 * Parses police.uk rows from their bytes, giving exactly what decoding each line and {@link
 * RowParser} with {@link RowHashes} give, for less: nearly every police.uk row is ASCII with no
 * quote, the file's number of fields and coordinates of a few decimals, and such a row is split at
 * its commas in place, its few-valued columns found by their bytes ({@link ByteStrings}), its row
 * hash taken over its bytes and its coordinates read without {@link Double#parseDouble}. Any other
 * line (a quote, a byte of 0x80 and above, another number of fields, a month or coordinate that is
 * not of the plain shape, or any line {@link RowParser} would reject) is decoded and given to
 * {@link RowParser}: the rules live there, once. Not thread-safe: one a reader.
 */
final class ByteRowParser {
  /** Where a line's outcome goes. */
  interface Sink {
    void add(RowHashes row, long line);

    void reject(Rejection rejection);

    /**
     * A plain line's row, readable only during this call ({@link LineFacts}); by default made whole
     * and {@link #add}ed. A sink that keeps few rows takes the facts and asks for the row only when
     * it keeps one.
     */
    default void add(LineFacts row, long line) {
      add(row.whole(), line);
    }
  }

  private static final long COMMAS = ByteWords.spread((byte) ',');
  private static final long QUOTES = ByteWords.spread((byte) '"');

  /** Powers of ten up to 10^15, each a double exactly. */
  private static final double[] TENS = new double[16];

  /** Digits a coordinate may have for {@link #coordinate} to read it: below 2^53 as a long. */
  private static final int MAX_DIGITS = 15;

  static {
    TENS[0] = 1;
    for (int i = 1; i < TENS.length; i++) {
      TENS[i] = TENS[i - 1] * 10;
    }
  }

  private final RowParser parser;
  private final CharsetDecoder decoder;
  private final RowHasher hasher = new RowHasher();
  private final int fields;
  private final boolean street;
  private final int[] starts;
  private final int[] ends;
  private final ByteStrings months = new ByteStrings(s -> s);
  private final ByteStrings reportedBy = new ByteStrings(String::strip);
  private final ByteStrings fallsWithin = new ByteStrings(String::strip);
  private final ByteStrings lsoaCodes = new ByteStrings(LsoaNames::code);
  private final ByteStrings lsoaNames = new ByteStrings(String::strip);
  private final ByteStrings categories = new ByteStrings(String::strip);
  private final ByteStrings outcomes = new ByteStrings(String::strip);
  private final LineFacts facts;

  /** {@code charset}: what the file's bytes are read as (UTF-8, or Windows-1252). */
  ByteRowParser(RowParser parser, Charset charset) {
    this.parser = parser;
    this.decoder = CsvInput.decoder(charset);
    this.fields = parser.fields();
    this.street = parser.street();
    this.starts = new int[fields];
    this.ends = new int[fields];
    this.facts = new LineFacts(starts, ends, street, lsoaCodes, outcomes);
  }

  /**
   * Parses the non-empty line {@code bytes[from, to)}, line {@code line} of its file, into {@code
   * sink}. Throws {@link CharacterCodingException} where the line is not valid in the charset
   * (UTF-8 only), as a reader decoding the file would.
   */
  void parse(byte[] bytes, int from, int to, long line, Sink sink) throws CharacterCodingException {
    if (!plain(bytes, from, to) || !fast(bytes, line, sink)) {
      slow(bytes, from, to, line, sink);
    }
  }

  /**
   * Finds the field borders of a line of {@link #fields} fields that is ASCII with no quote; false
   * for any other line.
   */
  private boolean plain(byte[] bytes, int from, int to) {
    int n = 0;
    starts[0] = from;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = ByteWords.word(bytes, i);
      if ((w & ByteWords.HIGH) != 0 || ByteWords.equal(w, QUOTES) != 0) {
        return false;
      }
      for (long commas = ByteWords.equal(w, COMMAS); commas != 0; commas &= commas - 1) {
        if (n + 1 == fields) {
          return false;
        }
        int at = i + ByteWords.first(commas);
        ends[n++] = at;
        starts[n] = at + 1;
      }
    }
    for (; i < to; i++) {
      byte b = bytes[i];
      if (b == ',') {
        if (n + 1 == fields) {
          return false;
        }
        ends[n++] = i;
        starts[n] = i + 1;
      } else if (b == '"' || b < 0) {
        return false;
      }
    }
    ends[n] = to;
    return n + 1 == fields;
  }

  /**
   * The row of a plain line, as {@link RowParser#parse} and {@link RowHashes#of} give it, added as
   * {@link LineFacts}; false, with nothing added, when the line is not of the shape read here.
   */
  private boolean fast(byte[] b, long line, Sink sink) {
    Month month = parser.acceptedMonth(months.of(b, starts[1], ends[1]));
    if (month == null) {
      return false;
    }
    boolean point = starts[4] != ends[4] || starts[5] != ends[5];
    double longitude = 0;
    double latitude = 0;
    if (point) {
      longitude = coordinateOrNaN(b, starts[4], ends[4], 180);
      latitude = coordinateOrNaN(b, starts[5], ends[5], 90);
      if (Double.isNaN(longitude) || Double.isNaN(latitude)) {
        return false;
      }
    }
    // The Crime ID as String.strip() leaves it: the line is ASCII, each byte its character.
    int idFrom = starts[0];
    int idTo = ends[0];
    while (idFrom < idTo && Character.isWhitespace(b[idFrom])) {
      idFrom++;
    }
    while (idTo > idFrom && Character.isWhitespace(b[idTo - 1])) {
      idTo--;
    }
    hasher.hash(b, starts, ends, fields);
    long high = hasher.high();
    long low = hasher.low();
    long id;
    if (idFrom == idTo) {
      id = 0;
    } else if (idFrom == starts[0] && idTo == ends[0]) {
      id = hasher.hashOfFirstBytes(b, idFrom, idTo);
    } else {
      id = hasher.hash(b, idFrom, idTo);
    }
    facts.set(
        b,
        month,
        reportedBy.of(b, starts[2], ends[2]),
        fallsWithin.of(b, starts[3], ends[3]),
        lsoaNames.of(b, starts[8], ends[8]),
        categories.of(b, starts[9], ends[9]),
        idFrom,
        idTo,
        high,
        low,
        id);
    if (point) {
      facts.point(longitude, latitude);
    }
    sink.add(facts, line);
    return true;
  }

  /**
   * A coordinate written as {@code -?digits(.digits)?} with at most {@link #MAX_DIGITS} digits,
   * within {@code limit}; else null (then {@link RowParser} reads it). The digits as a whole number
   * and the power of ten are both exact as doubles, so their quotient is the correctly rounded
   * value of the decimal, which is what {@link Double#parseDouble} gives.
   */
  static Double coordinate(byte[] b, int from, int to, double limit) {
    double value = coordinateOrNaN(b, from, to, limit);
    return Double.isNaN(value) ? null : value;
  }

  /** As {@link #coordinate}, NaN where that is null: no object a row. */
  static double coordinateOrNaN(byte[] b, int from, int to, double limit) {
    int i = from;
    boolean negative = i < to && b[i] == '-';
    if (negative) {
      i++;
    }
    long digits = 0;
    int count = 0;
    int decimals = -1;
    int first = i;
    for (; i < to; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
        count++;
        if (decimals >= 0) {
          decimals++;
        }
      } else if (c == '.' && decimals < 0 && i > first) {
        decimals = 0;
      } else {
        return Double.NaN;
      }
    }
    if (count == 0 || count > MAX_DIGITS || decimals == 0) {
      return Double.NaN;
    }
    double value = decimals < 0 ? digits : digits / TENS[decimals];
    if (negative) {
      value = -value;
    }
    return Math.abs(value) <= limit ? value : Double.NaN;
  }

  /** Decodes the line as a reader of the file would and parses it as text. */
  private void slow(byte[] bytes, int from, int to, long line, Sink sink)
      throws CharacterCodingException {
    String text = decoder.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
    RowParser.Result result = parser.parse(text, line);
    if (result.rejection() != null) {
      sink.reject(result.rejection());
    } else {
      sink.add(RowHashes.of(hasher, result.row(), result.fields()), line);
    }
  }

  /** What a spreadsheet changed in the rows parsed so far. */
  RowParser.SpreadsheetChanges spreadsheetChanges() {
    return parser.spreadsheetChanges();
  }
}
