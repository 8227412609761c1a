package saferstats.ingest.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import saferstats.model.UserError;

/**
 * Checks a supporting file's path (--population, --lookup, --lsoa-lookup, --boundaries) before
 * reading it, and opens it plain or gzipped.
 */
public final class SupportFile {
  private SupportFile() {}

  public static void check(Path path, String option) {
    if (!Files.exists(path)) {
      throw UserError.input("no such file: " + path, "check the " + option + " path");
    }
    if (Files.isDirectory(path)) {
      throw UserError.input(
          path + " is a folder; " + option + " takes one CSV file", "name the file inside it");
    }
  }

  /** The file's bytes, ungzipped when it starts with gzip's magic number (whatever its name). */
  public static InputStream open(Path path) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(path));
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new GZIPInputStream(raw);
    }
    return raw;
  }
}
