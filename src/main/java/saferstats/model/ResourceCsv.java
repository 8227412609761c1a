package saferstats.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a small CSV shipped inside the jar; {@code #} starts a comment line. */
public final class ResourceCsv {
  public static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  private ResourceCsv() {}

  public static InputStream open(String path) {
    InputStream in = ResourceCsv.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return in;
  }

  public static List<CSVRecord> read(String path) {
    try (Reader r = new InputStreamReader(open(path), StandardCharsets.UTF_8)) {
      return FORMAT.parse(r).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
