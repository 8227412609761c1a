package saferstats.sample;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes lines to a plain or gzipped file, with LF or CRLF line ends and an optional UTF-8 BOM.
 * Java's gzip header carries no timestamp, so the same lines give the same bytes.
 */
final class CsvSink implements Closeable {
  private static final int BUFFER = 1 << 16;
  private final Writer writer;
  private final String lineEnd;

  private CsvSink(Writer writer, String lineEnd) {
    this.writer = writer;
    this.lineEnd = lineEnd;
  }

  /** Gzips when the file name ends in {@code .gz}. */
  static CsvSink open(Path file, boolean crlf, boolean bom) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    if (file.getFileName().toString().endsWith(".gz")) {
      out = new MaxGzip(out);
    }
    if (bom) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    return new CsvSink(w, crlf ? "\r\n" : "\n");
  }

  static CsvSink open(Path file) throws IOException {
    return open(file, false, false);
  }

  void line(String line) throws IOException {
    writer.write(line);
    writer.write(lineEnd);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** Best compression: the committed sample data should stay small. */
  private static final class MaxGzip extends GZIPOutputStream {
    MaxGzip(OutputStream out) throws IOException {
      super(out, BUFFER);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
