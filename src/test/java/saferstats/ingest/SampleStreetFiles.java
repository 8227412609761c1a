package saferstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Fixtures made from a sample-data month: its Met street file, unzipped and mutated. */
public final class SampleStreetFiles {
  private static final Path SAMPLE = Path.of("sample-data/police-uk");

  private SampleStreetFiles() {}

  /**
   * The sample's Met street file of {@code month}, unzipped to {@code relative} under {@code dir}.
   */
  public static Path copy(Path dir, String month, String relative) throws IOException {
    Path to = dir.resolve(relative);
    Files.createDirectories(to.getParent());
    try (InputStream in =
        new GZIPInputStream(
            Files.newInputStream(
                SAMPLE.resolve(month).resolve(month + "-metropolitan-street.csv.gz")))) {
      Files.copy(in, to);
    }
    return to;
  }

  /** Sets the Month of the file's first data row (line 2) to {@code month}. */
  public static void firstRowMonth(Path file, String month) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String[] fields = lines.get(1).split(",", -1);
    fields[1] = month;
    lines.set(1, String.join(",", fields));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
