package saferstats.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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

/**
 * An opened CSV input positioned after its recognised header: refuses empty and binary files and
 * unrecognised headers with a clear {@link UserError}.
 */
public final class CsvInput implements Closeable {
  private static final int SNIFF = 8192;
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false).get();

  private final InputFile file;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final SourceKind kind;
  private final List<String> header;
  private final Optional<MpsLayout> mpsLayout;
  private final Map<ColumnMap.Field, Integer> columnIndexes;

  private CsvInput(InputFile file, CSVParser parser, List<ColumnMap> maps) {
    this.file = file;
    this.parser = parser;
    this.records = parser.iterator();
    if (!records.hasNext()) {
      throw UserError.input(file.name() + " is empty", "re-download the file");
    }
    this.header = records.next().toList();
    this.mpsLayout = MpsLayout.of(header);
    Optional<SourceKind> known =
        HeaderRecognizer.recognise(header).or(() -> mpsLayout.map(l -> SourceKind.MPS_TABLE));
    this.columnIndexes =
        known.isPresent()
            ? Map.of()
            : maps.stream()
                .map(m -> m.indexes(header))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> unrecognised(file, header, maps));
    this.kind = known.orElse(SourceKind.RECORDS);
  }

  private static UserError unrecognised(InputFile file, List<String> header, List<ColumnMap> maps) {
    if (maps.isEmpty()) {
      return UserError.input(
          file.name()
              + ": header not recognised (line 1: "
              + abbreviate(String.join(",", header))
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

  /** Opens the input; {@code progress} receives the number of raw bytes read as they are read. */
  /**
   * Opens the input; {@code progress} receives the number of raw bytes read as they are read. A
   * file of unknown header whose columns one of {@code maps} names is a local record extract.
   */
  public static CsvInput open(InputFile file, LongConsumer progress, List<ColumnMap> maps) {
    InputStream raw = null;
    try {
      raw = file.open(progress);
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      refuseBinary(file, in);
      InputStream noBom = BOMInputStream.builder().setInputStream(in).get();
      CSVParser parser =
          CSVParser.builder()
              .setReader(
                  new BufferedReader(new InputStreamReader(noBom, StandardCharsets.UTF_8), 1 << 16))
              .setFormat(FORMAT)
              .get();
      return new CsvInput(file, parser, maps);
    } catch (IOException e) {
      closeQuietly(raw);
      throw UserError.input("cannot read " + file.name() + ": " + e.getMessage(), "check the file");
    } catch (RuntimeException e) {
      closeQuietly(raw);
      throw e;
    }
  }

  private static void refuseBinary(InputFile file, BufferedInputStream in) throws IOException {
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    if (head.length == 0) {
      throw UserError.input(file.name() + " is empty", "re-download the file");
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

  public List<String> header() {
    return header;
  }

  public Iterator<CSVRecord> records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
