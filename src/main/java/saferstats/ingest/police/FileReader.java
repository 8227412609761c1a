package saferstats.ingest.police;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import saferstats.ingest.csv.CsvInput;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.csv.MpsDashboardLayout;
import saferstats.ingest.mps.DashboardReader;
import saferstats.ingest.mps.MpsReader;
import saferstats.ingest.records.RecordsReader;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.ReadOptions;
import saferstats.model.Month;
import saferstats.model.MpsCategories;
import saferstats.model.SourceKind;
import saferstats.model.UserError;

/**
 * Reads one input in a single streaming pass: police.uk rows into partitions, MPS tables, records.
 */
public final class FileReader {
  private final ReadOptions options;
  private final MpsCategories categories;

  private final RangeReading ranges;

  /** A reader on one thread a file. */
  public FileReader(ReadOptions options, MpsCategories categories) {
    this(options, categories, RangeReading.NONE);
  }

  /** A reader that reads large plain police.uk files in byte ranges as {@code ranges} says. */
  public FileReader(ReadOptions options, MpsCategories categories, RangeReading ranges) {
    this.options = options;
    this.categories = categories;
    this.ranges = ranges;
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Thrown when a file is not valid UTF-8, so that it is read again as Windows-1252. */
  private static final class NotUtf8 extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotUtf8() {
      super(null, null, false, false);
    }
  }

  public FileResult read(InputFile file, LongConsumer progress) {
    try {
      return read(file, progress, StandardCharsets.UTF_8);
    } catch (NotUtf8 e) {
      // Excel's "CSV (Comma delimited)" and many council systems write Windows-1252 (£, é).
      return read(file, progress, WINDOWS_1252)
          .withNotes(
              List.of(
                  file.name()
                      + " is not UTF-8; it was read as Windows-1252 (Excel's \"CSV (Comma"
                      + " delimited)\"), so characters such as £ and é are kept. Save as \"CSV"
                      + " UTF-8\" to silence this note."));
    }
  }

  private FileResult read(InputFile file, LongConsumer progress, Charset charset) {
    // What the header's reader counted, so that the rows read again from their bytes count once.
    long[] counted = {0};
    LongConsumer counting =
        n -> {
          counted[0] += n;
          progress.accept(n);
        };
    try (CsvInput csv = CsvInput.open(file, counting, options.columnMaps(), charset)) {
      if (!csv.kind().used()) {
        return new FileResult(
            file.name(), csv.kind(), 0, List.of(), Map.of(), List.of(), null, null);
      }
      if (csv.kind() == SourceKind.MPS_TABLE) {
        return new MpsReader(categories, options).read(csv);
      }
      if (csv.kind() == SourceKind.MPS_DASHBOARD) {
        return dashboard(csv);
      }
      if (csv.kind() == SourceKind.RECORDS) {
        return new RecordsReader(options, options.today()).read(csv);
      }
      return readRows(csv, charset, counting, counted[0]);
    } catch (CharacterCodingException e) {
      throw new NotUtf8();
    } catch (IOException | UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new NotUtf8();
      }
      throw UserError.input(
          "cannot read " + file.name() + ": " + e.getMessage(),
          "check the file is a complete CSV download");
    } catch (IllegalStateException e) {
      // Commons CSV reports malformed quoting this way.
      throw UserError.input(
          file.name() + ": malformed CSV (" + e.getMessage() + ")",
          "check the file is a complete CSV download");
    }
  }

  private FileResult dashboard(CsvInput csv) {
    DashboardReader reader =
        new DashboardReader(
            csv.file().name(), MpsDashboardLayout.of(csv.header()).orElseThrow(), options.strict());
    java.util.Iterator<org.apache.commons.csv.CSVRecord> records = csv.records();
    while (records.hasNext()) {
      org.apache.commons.csv.CSVRecord r = records.next();
      reader.add(csv.line(r), r.toList());
    }
    return reader.result();
  }

  /**
   * police.uk rows, one a physical line: a stray quote cannot join lines into one record. A plain
   * file's rows are read from its bytes after the header ({@link ByteRowParser}), in byte ranges on
   * several threads when it is large; a compressed one's from its bytes decompressed again.
   */
  private FileResult readRows(CsvInput csv, Charset charset, LongConsumer progress, long counted)
      throws IOException {
    String name = csv.file().name();
    SourceKind kind = csv.kind();
    Month current = Month.of(options.today().getYear(), options.today().getMonthValue());
    FileRows rows = new FileRows(name, kind, options);
    long afterHeader = afterHeader(csv);
    RowParser.SpreadsheetChanges changes;
    if (!csv.file().plain()) {
      changes =
          readCompressedBytes(
              csv,
              new ByteRowParser(new RowParser(name, kind, current), charset),
              rows,
              beyond(counted, 0, progress));
    } else if (afterHeader < 0) {
      changes = readLines(csv, new RowParser(name, kind, current), rows);
    } else if (ranges.applies(csv.file())) {
      changes =
          new ChunkedRows(name, kind, current, csv.file().origin(), charset)
              .read(
                  LineChunks.split(
                      csv.file().origin(), afterHeader, csv.file().size(), ranges.rangeBytes()),
                  csv.headerLine(),
                  ranges.threads(),
                  rows,
                  progress);
    } else {
      changes =
          readBytes(
              csv,
              afterHeader,
              new ByteRowParser(new RowParser(name, kind, current), charset),
              rows,
              beyond(counted, afterHeader, progress));
    }
    FileResult result = rows.result();
    return result
        .withNotes(spreadsheetNote(name, csv.emptyHeaderColumns(), changes))
        .withNotes(everyRowRejected(name, result.read(), result.rejectedByReason()));
  }

  /** Reads every line after the header on this thread, each decoded as a string. */
  private static RowParser.SpreadsheetChanges readLines(
      CsvInput csv, RowParser parser, FileRows rows) throws IOException {
    RowHasher hasher = new RowHasher();
    String text;
    while ((text = csv.nextLine()) != null) {
      rows.countRead(1);
      RowParser.Result result = parser.parse(text, csv.lineNumber());
      if (result.rejection() != null) {
        rows.reject(result.rejection());
      } else {
        rows.add(RowHashes.of(hasher, result.row(), result.fields()), csv.lineNumber());
      }
    }
    return parser.spreadsheetChanges();
  }

  /**
   * Reads every line from byte {@code from} (just after the header) to the end of the plain file,
   * on this thread, numbering them on from the header's, skipping empty ones as {@link
   * CsvInput#nextLine()} does.
   */
  private static RowParser.SpreadsheetChanges readBytes(
      CsvInput csv, long from, ByteRowParser parser, FileRows rows, LongConsumer progress)
      throws IOException {
    long line = csv.headerLine();
    try (LineBytes lines =
        new LineBytes(LineChunks.openFrom(csv.file().origin(), from), progress)) {
      while (lines.next()) {
        line++;
        if (lines.start() == lines.end()) {
          continue;
        }
        rows.countRead(1);
        parser.parse(lines.bytes(), lines.start(), lines.end(), line, rows);
      }
    }
    return parser.spreadsheetChanges();
  }

  /**
   * Reads every line after the header of a compressed file (a gz file or a zip entry) from its
   * bytes, decompressed again from the start: such a file cannot be read from the middle, but its
   * rows are as cheap to split from bytes as a plain file's. The header's {@code headerLine()}
   * physical lines are skipped as they were counted; then as {@link #readBytes}.
   */
  private static RowParser.SpreadsheetChanges readCompressedBytes(
      CsvInput csv, ByteRowParser parser, FileRows rows, LongConsumer progress) throws IOException {
    long line = csv.headerLine();
    try (LineBytes lines = new LineBytes(csv.file().open(progress), n -> {})) {
      for (long skipped = 0; skipped < line; skipped++) {
        if (!lines.next()) {
          return parser.spreadsheetChanges();
        }
      }
      while (lines.next()) {
        line++;
        if (lines.start() == lines.end()) {
          continue;
        }
        rows.countRead(1);
        parser.parse(lines.bytes(), lines.start(), lines.end(), line, rows);
      }
    }
    return parser.spreadsheetChanges();
  }

  /**
   * Progress for bytes read from {@code from} on: only those past the first {@code counted} of the
   * file, which the header's reader has already told.
   */
  private static LongConsumer beyond(long counted, long from, LongConsumer progress) {
    long[] at = {from};
    return n -> {
      long told = Math.max(at[0], counted);
      at[0] += n;
      if (at[0] > told) {
        progress.accept(at[0] - told);
      }
    };
  }

  /**
   * Where a plain file's rows start: the byte after its header, when the header ends early enough
   * to be found ({@link LineChunks#afterLines}); -1 for a compressed file (a gz file or a zip
   * entry, whose bytes cannot be read from the middle) or one whose header is not found.
   */
  private static long afterHeader(CsvInput csv) throws IOException {
    InputFile file = csv.file();
    return file.plain() ? LineChunks.afterLines(file.origin(), csv.headerLine()) : -1;
  }

  /** A file none of whose rows could be read adds no month: say so, as it moves the end back. */
  private static List<String> everyRowRejected(
      String name, long read, Map<String, Long> rejectedByReason) {
    if (read == 0 || rejectedByReason.values().stream().mapToLong(Long::longValue).sum() < read) {
      return List.of();
    }
    return List.of(
        name
            + ": every one of its "
            + read
            + " rows was rejected ("
            + String.join(", ", rejectedByReason.keySet())
            + "), so it adds no month; saferstats inspect shows why.");
  }

  /** Says what a spreadsheet changed on saving, so a reader knows the file is not as published. */
  private static List<String> spreadsheetNote(
      String name, int emptyHeaderColumns, RowParser.SpreadsheetChanges changes) {
    List<String> what = new java.util.ArrayList<>();
    if (changes.month() != null) {
      what.add("months written as '" + changes.month() + "' instead of YYYY-MM");
    }
    if (emptyHeaderColumns > 0 || changes.rowsWithEmptyColumns() > 0) {
      what.add("empty columns added after the last");
    }
    if (what.isEmpty()) {
      return List.of();
    }
    return List.of(
        name
            + " was saved by a spreadsheet program such as Excel, which changed it ("
            + String.join("; ", what)
            + "); it was read as police.uk published it. Keep the original download where you"
            + " can.");
  }
}
