package saferstats.ingest.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.InputResolver;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.MpsCategories;
import saferstats.model.PoliceRow;
import saferstats.model.Rejection;

/**
 * A plain police.uk file, whose rows are read from its bytes, gives what the same file read through
 * a decoding reader gives (the way a gz file or zip entry is read, and every file was before).
 */
class BytesReadAsTextTest {
  @TempDir Path dir;

  private static ReadOptions options() {
    return new ReadOptions(
        new Selection.Area("testham"), false, false, List.of(), LocalDate.of(2024, 7, 15));
  }

  private static FileResult asBytes(Path file) {
    InputFile in = InputResolver.resolve(List.of(file.toString())).get(0);
    assertThat(in.plain()).isTrue();
    return new FileReader(options(), MpsCategories.shipped()).read(in, n -> {});
  }

  /** The same file, said not to be plain, so its rows are read line by line as text. */
  private static FileResult asText(Path file) {
    InputFile in = InputResolver.resolve(List.of(file.toString())).get(0);
    InputFile text = new InputFile(in.name(), in.size(), in.opener(), in.origin(), false);
    return new FileReader(options(), MpsCategories.shipped()).read(text, n -> {});
  }

  @Test
  void everyPoliceFixtureReadsTheSameEitherWay() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/fixtures"))) {
      files =
          walk.filter(f -> f.toString().matches(".*-(street|outcomes)\\.csv"))
              .filter(f -> !f.toString().contains("utf16"))
              .sorted()
              .toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path f : files) {
      assertThat(asBytes(f)).as(f.toString()).isEqualTo(asText(f));
    }
  }

  @Test
  void aFileWithEveryQuirkReadsTheSameEitherWay() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // A byte order mark, then the header and rows ending in \r\n.
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String rows =
        String.join(
            "\r\n",
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                + "LSOA name,Crime type,Last outcome category,Context",
            // line 2: plain
            "a1,2024-01,Test Constabulary,Test Constabulary,-0.100000,51.500000,On or near A"
                + " Road,E01900001,Testham 001A,Burglary,Under investigation,",
            // line 3: blank; line 4: a quoted Location holding a comma and doubled quotes
            "",
            "a2,2024-01,Test Constabulary,Test Constabulary,-0.2,51.6,\"On or near \"\"B\"\","
                + " Lane\",E01900002,Testham 002A,Robbery,,",
            // line 5: No Location
            ",2024-01,Test Constabulary,Test Constabulary,,,No Location,,,Drugs,,",
            // line 6: a bad month; line 7: a quote left open; line 8: too few fields
            "a3,2024-13,Test Constabulary,Test Constabulary,,,L,,,Drugs,,",
            "a4,2024-01,Test Constabulary,Test Constabulary,,,\"On or near,,,Drugs,,",
            "a5,2024-01,Test Constabulary",
            // line 9: the same row as line 2: a duplicate; line 10: an é in Windows-1252
            "a1,2024-01,Test Constabulary,Test Constabulary,-0.100000,51.500000,On or near A"
                + " Road,E01900001,Testham 001A,Burglary,Under investigation,",
            "a6,2024-01,Test Constabulary,Test Constabulary,-0.3,51.7,On or near Café Road,"
                + "E01900003,Testham 003A,Burglary,,");
    bytes.write((rows + "\r\n").getBytes(cp1252));
    Path file = dir.resolve("2024-01-test-street.csv");
    Files.write(file, bytes.toByteArray());

    FileResult read = asBytes(file);
    assertThat(read).isEqualTo(asText(file));
    // Lines 2-10 less blank line 3: 8 read; rejected lines 6, 7, 8; kept a1, a2, the No Location
    // row and a6 (4); line 9 a duplicate of line 2.
    assertThat(read.read()).isEqualTo(8);
    assertThat(read.firstRejections())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(6L, Rejection.BAD_MONTH),
            org.assertj.core.groups.Tuple.tuple(7L, Rejection.BAD_QUOTES),
            org.assertj.core.groups.Tuple.tuple(8L, Rejection.FIELD_COUNT));
    assertThat(read.partitions().get(0).kept()).isEqualTo(4);
    assertThat(read.partitions().get(0).duplicateRows()).isEqualTo(1);
    assertThat(read.partitions().get(0).selected())
        .extracting(PoliceRow::location)
        .containsExactly("On or near A Road", "On or near \"B\", Lane", "On or near Café Road");
    // The é byte is not UTF-8: the file was read again as Windows-1252, and says so.
    assertThat(read.notes()).anyMatch(n -> n.contains("is not UTF-8"));
  }

  @Test
  void progressCountsEachByteOnce() throws IOException {
    // A file larger than the header reader's buffers, so both it and the row reader read.
    StringBuilder text =
        new StringBuilder(
            "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
                + "LSOA name,Crime type,Last outcome category,Context\n");
    for (int i = 0; i < 5_000; i++) {
      text.append("id")
          .append(i)
          .append(",2024-01,F,F,-0.1,51.5,On or near A Road,E01900001,Testham 001A,Burglary,,\n");
    }
    Path file = dir.resolve("2024-01-big-street.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    long[] heard = {0};
    InputFile in = InputResolver.resolve(List.of(file.toString())).get(0);
    new FileReader(options(), MpsCategories.shipped()).read(in, n -> heard[0] += n);
    assertThat(heard[0]).isEqualTo(Files.size(file));
  }
}
