package saferstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * One readable input: a file on disk, a {@code .gz} file, or an entry inside a zip archive.
 *
 * @param name how the input is named in output and errors ({@code archive.zip!2024-06/x.csv})
 * @param size bytes to read, for the progress bar (compressed size for compressed inputs)
 * @param opener opens the raw bytes, decompressed, positioned at the start
 */
public record InputFile(String name, long size, Opener opener) {
  /** Opens an input's decompressed bytes. */
  @FunctionalInterface
  public interface Opener {
    /** Opens the bytes; {@code progress} hears of each raw byte read (as counted by size). */
    InputStream open(LongConsumer progress) throws IOException;
  }

  public InputStream open(LongConsumer progress) throws IOException {
    return opener.open(progress);
  }
}
