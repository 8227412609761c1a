package saferstats.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Tidy RFC 4180 CSV: a header and one row per record. */
final class Csv {
  private final StringWriter out = new StringWriter();
  private final CSVPrinter printer;

  Csv(String... header) {
    try {
      printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Csv row(Object... values) {
    try {
      printer.printRecord(Arrays.stream(values).map(Fmt::text).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
