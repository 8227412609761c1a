package saferstats.ingest.csv;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import saferstats.model.SourceKind;
import saferstats.model.UserError;
import saferstats.mps.MpsLayout;

/**
 * An opened CSV input positioned after its recognised header: refuses empty and binary files and
 * unrecognised headers with a clear {@link UserError}.
 */
public final class CsvInput implements Closeable {
  private static final int SNIFF = 8192;

  /** How far a priority file's opening comments are read ahead before giving up on them. */
  private static final int COMMENTS = 1 << 16;

  private static final int MAX_COMMENT_LINES = 100;
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();

  private final InputFile file;
  private final BufferedReader reader;
  private final long headerLine;
  private long line;
  private final SourceKind kind;
  private final List<String> header;
  private final int emptyHeaderColumns;
  private final Optional<MpsLayout> mpsLayout;
  private final Map<ColumnMap.Field, Integer> columnIndexes;

  private CsvInput(InputFile file, BufferedReader reader, List<ColumnMap> maps, boolean json)
      throws IOException {
    this.file = file;
    this.reader = reader;
    if (json) {
      // JSON or GeoJSON (a report saferstats wrote): recognised, never parsed.
      this.headerLine = 0;
      this.header = List.of();
      this.emptyHeaderColumns = 0;
      this.mpsLayout = Optional.empty();
      this.columnIndexes = Map.of();
      this.kind = SourceKind.SAFERSTATS_REPORT;
      return;
    }
    String headerText = nextLine();
    if (headerText == null) {
      throw UserError.input(file.name() + " is empty", "re-download the file");
    }
    if (headerText.startsWith("#")) {
      headerText = afterComments(headerText);
    }
    this.headerLine = line;
    List<String> fields = fields(headerText);
    int named = fields.size();
    while (named > 1 && fields.get(named - 1).isBlank()) {
      named--;
    }
    // A spreadsheet saves the empty columns of its used range after the last named one.
    this.emptyHeaderColumns = fields.size() - named;
    this.header = fields.subList(0, named);
    this.mpsLayout = MpsLayout.of(header);
    Optional<SourceKind> known = known(header);
    this.columnIndexes =
        known.isPresent()
            ? Map.of()
            : maps.stream()
                .map(m -> m.indexes(header))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> unrecognised(file, headerLine, header, maps));
    this.kind = known.orElse(SourceKind.RECORDS);
  }

  /** The kind a header is recognised as by itself: a known header or an MPS table's layout. */
  private static Optional<SourceKind> known(List<String> header) {
    return HeaderRecognizer.recognise(header)
        .or(() -> MpsLayout.of(header).map(l -> SourceKind.MPS_TABLE));
  }

  /**
   * The kind {@code header} is read as: a known header, an MPS table, or a local record extract
   * when one of {@code maps} names its columns; empty when it would be refused as unrecognised.
   */
  public static Optional<SourceKind> kindOf(List<String> header, List<ColumnMap> maps) {
    return known(header)
        .or(
            () ->
                maps.stream().anyMatch(m -> m.indexes(header).isPresent())
                    ? Optional.of(SourceKind.RECORDS)
                    : Optional.empty());
  }

  /**
   * The header after the {@code #} comment lines a priority file opens with. No other input
   * saferstats knows has them, and a local extract's own header may start with '#', so they are
   * passed over only when a priority-set header follows; otherwise {@code first} is the header.
   */
  private String afterComments(String first) throws IOException {
    long firstLine = line;
    reader.mark(COMMENTS);
    String text = first;
    for (int n = 0; text != null && text.startsWith("#") && n < MAX_COMMENT_LINES; n++) {
      text = nextLine();
    }
    if (text != null
        && HeaderRecognizer.recognise(fields(text)).equals(Optional.of(SourceKind.PRIORITY_SET))) {
      return text;
    }
    reader.reset();
    line = firstLine;
    return first;
  }

  private static List<String> fields(String line) {
    LineFields.Split split = LineFields.split(line);
    return split.fields() == null ? List.of(line) : List.of(split.fields());
  }

  private static UserError unrecognised(
      InputFile file, long headerLine, List<String> header, List<ColumnMap> maps) {
    Optional<UserError> semicolons = SavedFormErrors.semicolons(file.name(), headerLine, header);
    if (semicolons.isPresent()) {
      return semicolons.get();
    }
    if (maps.isEmpty()) {
      Optional<HeaderDiff> near = HeaderDiff.nearest(header);
      if (near.isPresent()) {
        HeaderDiff d = near.get();
        return UserError.input(
            file.name()
                + ": header not recognised (line "
                + headerLine
                + ": "
                + String.join(",", header)
                + "); nearest is the "
                + d.name()
                + " header ("
                + String.join(",", d.known())
                + "): "
                + d.differences(),
            "restore the "
                + d.name()
                + " header as downloaded; for a local record extract, say which columns hold"
                + " what with --columns");
      }
      return UserError.input(
          file.name()
              + ": header not recognised (line "
              + headerLine
              + ": "
              + String.join(",", header)
              + ")",
          "expected "
              + HeaderRecognizer.expected()
              + "; for a local record extract, say which columns hold what with --columns");
    }
    ColumnMap map = maps.get(0);
    return UserError.input(
        file.name()
            + ": the column map ("
            + map.source()
            + ") names "
            + map.missingFrom(header).stream()
                .map(c -> "'" + c + "'")
                .collect(Collectors.joining(", "))
            + ", which the file lacks; its columns are: "
            + abbreviate(String.join(", ", header)),
        "name the file's own columns in --columns");
  }

  /**
   * Opens the input; {@code progress} receives the number of raw bytes read as they are read. A
   * file of unknown header whose columns one of {@code maps} names is a local record extract.
   */
  public static CsvInput open(InputFile file, LongConsumer progress, List<ColumnMap> maps) {
    return open(file, progress, maps, StandardCharsets.UTF_8);
  }

  /**
   * As {@link #open(InputFile, LongConsumer, List)}, decoding as {@code charset}. Bytes that are
   * not valid UTF-8 are reported, never replaced: they surface as a {@link
   * CharacterCodingException} (wrapped in an {@link UncheckedIOException} where a parser reads).
   */
  public static CsvInput open(
      InputFile file, LongConsumer progress, List<ColumnMap> maps, Charset charset) {
    InputStream raw = null;
    try {
      raw = file.open(progress);
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      refuseUtf16(file, in);
      refuseBinary(file, in);
      boolean json = isJson(in);
      InputStream noBom = BOMInputStream.builder().setInputStream(in).get();
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(noBom, decoder(charset)), 1 << 16);
      return new CsvInput(file, reader, maps, json);
    } catch (CharacterCodingException e) {
      closeQuietly(raw);
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      closeQuietly(raw);
      throw UserError.input("cannot read " + file.name() + ": " + e.getMessage(), "check the file");
    } catch (RuntimeException e) {
      closeQuietly(raw);
      throw e;
    }
  }

  /**
   * A decoder for {@code charset}: only UTF-8 reports bad bytes, as it is the guess that can be
   * wrong.
   */
  public static CharsetDecoder decoder(Charset charset) {
    CodingErrorAction bad =
        charset.equals(StandardCharsets.UTF_8)
            ? CodingErrorAction.REPORT
            : CodingErrorAction.REPLACE;
    return charset.newDecoder().onMalformedInput(bad).onUnmappableCharacter(bad);
  }

  /**
   * UTF-16 (Excel's "Unicode Text", some council exports) is named as such: read as bytes it would
   * look binary, and every character would be wrong.
   */
  private static void refuseUtf16(InputFile file, BufferedInputStream in) throws IOException {
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    String order = utf16(head);
    if (order != null) {
      throw UserError.input(
          file.name() + " is UTF-16 text (" + order + "), not UTF-8",
          "save it as UTF-8: in Excel, Save As 'CSV UTF-8 (Comma delimited)'; or convert it with"
              + " iconv -f UTF-16 -t UTF-8");
    }
  }

  /** "little-endian" or "big-endian" when the bytes are UTF-16, by their BOM or their zeros. */
  static String utf16(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return "little-endian";
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return "big-endian";
    }
    // Without a BOM, ASCII text in UTF-16 has a zero in every other byte.
    int pairs = head.length / 2;
    if (pairs < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < head.length; i += 2) {
      evenZeros += head[i] == 0 ? 1 : 0;
      oddZeros += head[i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros >= pairs * 9 / 10 && evenZeros == 0) {
      return "little-endian";
    }
    if (evenZeros >= pairs * 9 / 10 && oddZeros == 0) {
      return "big-endian";
    }
    return null;
  }

  /** True when the bytes are JSON (an object or array), as saferstats writes its reports. */
  private static boolean isJson(BufferedInputStream in) throws IOException {
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    return text.startsWith("{")
        || (text.startsWith("[") && text.substring(1).stripLeading().startsWith("{"));
  }

  private static void refuseBinary(InputFile file, BufferedInputStream in) throws IOException {
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    if (head.length == 0) {
      throw UserError.input(file.name() + " is empty", "re-download the file");
    }
    Optional<UserError> compressed = SavedFormErrors.compressed(file.name(), head);
    if (compressed.isPresent()) {
      throw compressed.get();
    }
    for (byte b : head) {
      if (b == 0) {
        throw UserError.input(
            file.name() + " is a binary file, not a CSV",
            "pass the CSV files themselves (zip and .gz archives are read directly)");
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 117) + "…" : s;
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // Already failing with a clearer error.
      }
    }
  }

  public SourceKind kind() {
    return kind;
  }

  /** The table's layout, for MPS tables. */
  public Optional<MpsLayout> mpsLayout() {
    return mpsLayout;
  }

  /** Where each mapped field is, for local record extracts. */
  public Map<ColumnMap.Field, Integer> columnIndexes() {
    return columnIndexes;
  }

  public InputFile file() {
    return file;
  }

  /** The header's physical line (after any blank lines before it). */
  public long headerLine() {
    return headerLine;
  }

  public List<String> header() {
    return header;
  }

  /** How many empty columns followed the header's last named one (a spreadsheet adds them). */
  public int emptyHeaderColumns() {
    return emptyHeaderColumns;
  }

  /**
   * The records after the header, for inputs whose quoted fields may span lines (MPS tables, local
   * record extracts); see {@link #line(CSVRecord)} for where each is.
   */
  public Iterator<CSVRecord> records() {
    try {
      return CSVParser.builder().setReader(reader).setFormat(FORMAT).get().iterator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A record's line: the header's line plus its record number (1 for the first after it). */
  public long line(CSVRecord r) {
    return headerLine + r.getRecordNumber();
  }

  /**
   * The next non-empty physical line, or null at the end; {@link #lineNumber()} says which line it
   * is. For police.uk files, whose fields never hold a line break (split them with {@link
   * LineFields}).
   */
  public String nextLine() throws IOException {
    String text;
    do {
      text = reader.readLine();
      if (text != null) {
        line++;
      }
    } while (text != null && text.isEmpty());
    return text;
  }

  /** The physical line number of the line {@link #nextLine()} returned last. */
  public long lineNumber() {
    return line;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
