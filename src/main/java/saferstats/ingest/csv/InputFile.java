package saferstats.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * One readable input: a file on disk, a {@code .gz} file, or an entry inside a zip archive.
 *
 * @param name how the input is named in output and errors ({@code archive.zip!2024-06/x.csv})
 * @param size bytes to read, for the progress bar (compressed size for compressed inputs)
 * @param opener opens the raw bytes, decompressed, positioned at the start
 * @param origin the file on disk the bytes come from (the archive, for a zip entry), so that the
 *     parse cache can recognise it unchanged; null when there is none
 * @param plain true when {@code origin}'s bytes are the input's bytes (neither gz nor a zip entry),
 *     so that byte ranges of it can be read on their own
 */
public record InputFile(String name, long size, Opener opener, Path origin, boolean plain) {
  /** An input with no file on disk behind it (never cached). */
  public InputFile(String name, long size, Opener opener) {
    this(name, size, opener, null, false);
  }

  /** A compressed input (gz file or zip entry) read from {@code origin}. */
  public InputFile(String name, long size, Opener opener, Path origin) {
    this(name, size, opener, origin, false);
  }

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
