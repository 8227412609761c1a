package saferstats.ingest.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.InputResolver;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.Partition;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.MpsCategories;
import saferstats.model.PoliceRow;
import saferstats.model.Rejection;
import saferstats.realdata.RealData;

/** A large plain file read in byte ranges on several threads gives what one reader gives. */
class RangeReadingTest {
  @TempDir Path dir;

  private static final String HEADER =
      "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
          + "Crime type,Last outcome category,Context";

  private static ReadOptions options(boolean strict) {
    return new ReadOptions(
        new Selection.Area("testham"), strict, false, List.of(), LocalDate.of(2024, 7, 15));
  }

  private static FileResult read(Path file, RangeReading ranges) {
    InputFile in = InputResolver.resolve(List.of(file.toString())).get(0);
    return new FileReader(options(false), MpsCategories.shipped(), ranges).read(in, n -> {});
  }

  /** Every file read in ranges of 64 bytes, so most ranges are cut mid-line and re-aligned. */
  private static final RangeReading TINY = new RangeReading(3, 0, 64);

  private Path write(String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aCutInsideALineMovesToTheNextLineStart() throws IOException {
    // Bytes: "h\n" 0-1, "abc\n" 2-5, "defgh\n" 6-11, "i\n" 12-13. From 2 with ranges of 3:
    // 2+3 = 5 is the \n ending "abc", so the first range is [2, 6); 6+3 = 9 falls inside
    // "defgh", whose \n is byte 11, so the next is [6, 12); the rest, [12, 14), is the last.
    Path file = dir.resolve("cut.csv");
    Files.writeString(file, "h\nabc\ndefgh\ni\n");
    assertThat(LineChunks.split(file, 2, 14, 3))
        .containsExactly(
            new LineChunks.Range(2, 6), new LineChunks.Range(6, 12), new LineChunks.Range(12, 14));
  }

  @Test
  void theHeaderEndsAfterAByteOrderMarkAndACarriageReturnNewline() throws IOException {
    // BOM (3 bytes) + "\r\n" (a blank line, 2) + "h,h\r\n" (5): line 2 ends at byte 10.
    Path file = dir.resolve("bom.csv");
    Files.write(
        file,
        new byte[] {
          (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n', 'h', ',', 'h', '\r', '\n', 'x'
        });
    assertThat(LineChunks.afterLines(file, 2)).isEqualTo(10);
  }

  @Test
  void rowsAcrossRangeBordersAreDecidedAsOneReaderDecidesThem() throws IOException {
    String row = "Test Constabulary,Test Constabulary,-0.100000,51.500000,On or near A Road,";
    Path file =
        write(
            "2024-01-test-street.csv",
            HEADER,
            // Line 2: no month.
            "x1,2024-13,Test Constabulary,Test Constabulary,,,,,,Burglary,,",
            "d1,2024-01," + row + "E01900001,Testham 001A,Burglary,Under investigation,",
            "",
            "d2,2024-01," + row + "E01900002,Testham 002A,Robbery,Under investigation,",
            // Line 6: a quoted field spanning a line break: its first line is rejected, and its
            // second (line 7) has too few fields.
            "q1,2024-01,Test Constabulary,Test Constabulary,,,\"On or near",
            " Mill Lane\",E01900001,Testham 001A,Burglary,Under investigation,",
            // Line 8: the same row as line 3, far past a 64-byte range border: a duplicate.
            "d1,2024-01," + row + "E01900001,Testham 001A,Burglary,Under investigation,",
            // Line 9: d2's ID under another type: a shared ID, under two types.
            "d2,2024-01," + row + "E01900002,Testham 002A,Burglary,Under investigation,",
            // Line 10: another month than the other rows' 2024-01.
            "m1,2024-02," + row + "E01900001,Testham 001A,Burglary,Under investigation,");
    FileResult one = read(file, RangeReading.NONE);
    FileResult ranges = read(file, TINY);
    assertThat(ranges).isEqualTo(one);
    // Lines 2-10 less blank line 4: 8 read; rejected: lines 2, 6, 7, 10; kept d1, d2, d2 (3);
    // line 8 a duplicate row; line 9 a second row of ID d2, under a second type.
    assertThat(ranges.read()).isEqualTo(8);
    assertThat(ranges.firstRejections())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, Rejection.BAD_MONTH),
            org.assertj.core.groups.Tuple.tuple(6L, Rejection.BAD_QUOTES),
            org.assertj.core.groups.Tuple.tuple(7L, Rejection.FIELD_COUNT),
            org.assertj.core.groups.Tuple.tuple(10L, Rejection.OTHER_MONTH));
    // Valid rows: lines 3, 5, 8, 9 of 2024-01 and line 10 of 2024-02.
    assertThat(ranges.firstRejections().get(3).detail())
        .endsWith("which 4 of its 5 valid rows carry");
    Partition p = ranges.partitions().get(0);
    assertThat(List.of(p.kept(), p.duplicateRows(), p.sharedIds(), p.idsUnderTwoTypes()))
        .containsExactly(3L, 1L, 1L, 1L);
    assertThat(p.selected()).extracting(PoliceRow::crimeId).containsExactly("d1", "d2", "d2");
  }

  @Test
  void fixturesReadInRangesEqualThemReadWhole() throws IOException {
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
      assertThat(read(f, TINY)).as(f.toString()).isEqualTo(read(f, RangeReading.NONE));
    }
  }

  @Test
  @Tag("real-data")
  void aRealMonthReadInRangesEqualsItReadWhole() throws IOException {
    Path month = dir.resolve("2024-01-city-of-london-street.csv");
    Path real =
        RealData.folder("police-uk/city-of-london/2024-01")
            .resolve("2024-01-city-of-london-street.csv.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(real))) {
      Files.copy(in, month);
    }
    FileResult one = read(month, RangeReading.NONE);
    FileResult ranges = read(month, new RangeReading(4, 0, 4096));
    assertThat(ranges).isEqualTo(one);
    assertThat(ranges.read()).isGreaterThan(500);
  }
}
