package saferstats.ingest.police;

import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import saferstats.ingest.csv.RejectionLog;
import saferstats.model.Month;
import saferstats.model.Rejection;
import saferstats.model.SourceKind;

/**
 * Reads the rows of one plain police.uk file on several threads: the file is cut into byte ranges
 * at line boundaries, each range is split, validated and hashed on its own thread, and the ranges
 * are added to one {@link FileRows} in file order on the calling thread. Adding in order keeps
 * duplicate detection (SPEC 1.3) exactly as one reader's, across range borders too: only the
 * partition tables are touched serially, never shared. Rows are physical lines (police.uk fields
 * never hold a line break; a quote left open rejects its own line either way), so a range gives the
 * lines a reader of the whole file would; a range numbers its lines from its start, and its
 * rejections are renumbered as it is added. Each range's lines are parsed from their bytes ({@link
 * ByteRowParser}). Ranges in flight are bounded, so memory does not grow with the file.
 */
final class ChunkedRows {
  private final String name;
  private final SourceKind kind;
  private final Month current;
  private final Path path;
  private final Charset charset;

  ChunkedRows(String name, SourceKind kind, Month current, Path path, Charset charset) {
    this.name = name;
    this.kind = kind;
    this.current = current;
    this.path = path;
    this.charset = charset;
  }

  /**
   * What one range yielded, its lines numbered from 1 at its start; {@code rowLines} holds the line
   * of each of {@code rows}.
   */
  private record Part(
      List<RowHashes> rows,
      LongArrayList rowLines,
      RejectionLog rejections,
      long lines,
      long read,
      RowParser.SpreadsheetChanges changes) {}

  /**
   * Reads {@code ranges} (the first starting just after line {@code firstLine}) into {@code into}
   * on {@code threads} threads; returns what a spreadsheet changed, as one parser would see it.
   */
  RowParser.SpreadsheetChanges read(
      List<LineChunks.Range> ranges,
      long firstLine,
      int threads,
      FileRows into,
      LongConsumer progress)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, ChunkedRows::daemon);
    try {
      Deque<Future<Part>> inFlight = new ArrayDeque<>();
      int next = 0;
      long line = firstLine;
      String spreadsheetMonth = null;
      long emptyColumns = 0;
      for (int done = 0; done < ranges.size(); done++) {
        while (next < ranges.size() && inFlight.size() < threads + 1) {
          LineChunks.Range range = ranges.get(next++);
          inFlight.add(pool.submit(() -> parse(range)));
        }
        Part part = Futures.await(inFlight.poll());
        into.rejectPart(part.rejections(), line);
        for (int i = 0; i < part.rows().size(); i++) {
          into.add(part.rows().get(i), line + part.rowLines().getLong(i));
        }
        into.countRead(part.read());
        line += part.lines();
        if (spreadsheetMonth == null) {
          spreadsheetMonth = part.changes().month();
        }
        emptyColumns += part.changes().rowsWithEmptyColumns();
        progress.accept(ranges.get(done).length());
      }
      return new RowParser.SpreadsheetChanges(spreadsheetMonth, emptyColumns);
    } finally {
      pool.shutdownNow();
    }
  }

  private Part parse(LineChunks.Range range) throws IOException {
    ByteRowParser parser = new ByteRowParser(new RowParser(name, kind, current), charset);
    RejectionLog rejections = new RejectionLog(false);
    List<RowHashes> rows = new ArrayList<>();
    LongArrayList rowLines = new LongArrayList();
    ByteRowParser.Sink sink =
        new ByteRowParser.Sink() {
          @Override
          public void add(RowHashes row, long line) {
            rows.add(row);
            rowLines.add(line);
          }

          @Override
          public void reject(Rejection rejection) {
            rejections.add(rejection);
          }
        };
    long lines = 0;
    long read = 0;
    try (LineBytes reader = new LineBytes(LineChunks.open(path, range), n -> {})) {
      while (reader.next()) {
        lines++;
        if (reader.start() == reader.end()) {
          continue;
        }
        read++;
        parser.parse(reader.bytes(), reader.start(), reader.end(), lines, sink);
      }
    }
    return new Part(rows, rowLines, rejections, lines, read, parser.spreadsheetChanges());
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "saferstats-range");
    t.setDaemon(true);
    return t;
  }
}
