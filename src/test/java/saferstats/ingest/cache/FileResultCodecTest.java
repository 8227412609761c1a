package saferstats.ingest.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import saferstats.area.LsoaReference;
import saferstats.area.LsoaTally;
import saferstats.ingest.InputResolver;
import saferstats.ingest.csv.ColumnMap;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.police.FileReader;
import saferstats.ingest.result.FileResult;
import saferstats.ingest.result.Partition;
import saferstats.ingest.result.ReadOptions;
import saferstats.ingest.result.Selection;
import saferstats.model.MpsCategories;
import saferstats.model.PartitionKey;
import saferstats.model.PoliceRow;
import saferstats.model.RecordRow;
import saferstats.model.Rejection;
import saferstats.mps.DashboardFile;
import saferstats.mps.DashboardRow;
import saferstats.mps.MpsFile;
import saferstats.mps.MpsLayout;
import saferstats.mps.MpsRow;

/**
 * Results built by the real parser come back from the cache's binary form exactly as parsed, and a
 * damaged encoding is refused. If FileResult or anything in it changes shape, this fails: update
 * FileResultCodec and bump its FORMAT.
 */
class FileResultCodecTest {
  private static final String F = "src/test/resources/fixtures/";
  private static final ReadOptions OPTIONS =
      new ReadOptions(
          new Selection.Area("Testham"),
          false,
          false,
          List.of(ColumnMap.read(java.nio.file.Path.of(F + "records/council-asb.columns"))),
          LocalDate.of(2024, 7, 15));

  static Stream<String> fixtures() {
    return Stream.of(
        "stray-quote/2024-01-test-street.csv", // police.uk street, one rejected row
        "windows/2022-04/2022-04-test-street.csv", // selected rows and aggregates
        "encoding/2024-01-cp1252-street.csv", // read as Windows-1252, with its note
        "mps/gen2.csv", // an MPS table
        "records/council-asb.csv", // a local record extract
        "dashboard/mps-monthly-crime-dashboard-other.csv"); // MPS Monthly Crime Dashboard rows
  }

  private static FileResult parse(String path) {
    InputFile in = InputResolver.resolve(List.of(F + path)).get(0);
    return new FileReader(OPTIONS, MpsCategories.shipped()).read(in, n -> {});
  }

  private static byte[] encode(FileResult r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    FileResultCodec.write(r, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aParsedFileComesBackExactlyAsParsed(String path) throws IOException {
    FileResult parsed = parse(path);
    FileResult decoded = FileResultCodec.read(new ByteArrayInputStream(encode(parsed)));
    assertThat(decoded).usingRecursiveComparison().isEqualTo(parsed);
    // Iteration order is what renderers see: it must survive too.
    assertThat(decoded.rejectedByReason().keySet())
        .containsExactlyElementsOf(parsed.rejectedByReason().keySet());
  }

  @Test
  void anLsoaCheckComesBackAsTallied() throws IOException {
    ReadOptions checking =
        new ReadOptions(
            OPTIONS.selection(),
            false,
            false,
            List.of(),
            OPTIONS.today(),
            LsoaReference.of(List.of("E01900001")));
    InputFile in =
        InputResolver.resolve(List.of(F + "windows/2022-04/2022-04-test-street.csv")).get(0);
    FileResult parsed = new FileReader(checking, MpsCategories.shipped()).read(in, n -> {});
    // 2022-04: E01900001 Testham 001A (in the reference), E01900009 Otherton 001A (not), and a row
    // with no LSOA (not checked).
    assertThat(parsed.partitions().get(0).lsoaCheck())
        .isEqualTo(new LsoaTally(2, Map.of("E01900009", Map.of("Otherton 001A", 1L))));
    FileResult decoded = FileResultCodec.read(new ByteArrayInputStream(encode(parsed)));
    assertThat(decoded).usingRecursiveComparison().isEqualTo(parsed);
  }

  @Test
  void theStrayQuoteFileKeepsItsLedgerFigures() throws IOException {
    // StrayQuoteTest: 13 rows read, line 3 rejected for its quote, so 12 kept.
    FileResult decoded =
        FileResultCodec.read(
            new ByteArrayInputStream(encode(parse("stray-quote/2024-01-test-street.csv"))));
    assertThat(decoded.read()).isEqualTo(13);
    assertThat(decoded.rejectedByReason()).isEqualTo(Map.of(Rejection.BAD_QUOTES, 1L));
    assertThat(decoded.firstRejections().get(0).line()).isEqualTo(3);
    assertThat(decoded.partitions().stream().mapToLong(Partition::kept).sum()).isEqualTo(12);
  }

  @Test
  void aTruncatedEncodingIsRefused() throws IOException {
    byte[] whole = encode(parse("windows/2022-04/2022-04-test-street.csv"));
    for (int length : new int[] {0, 3, 12, whole.length / 2, whole.length - 1}) {
      byte[] cut = Arrays.copyOf(whole, length);
      assertThatThrownBy(() -> FileResultCodec.read(new ByteArrayInputStream(cut)))
          .as("cut to %d of %d bytes", length, whole.length)
          .isInstanceOf(FileResultCodec.CorruptEntry.class);
    }
  }

  /**
   * A payload cut short but framed as whole (its length and checksum made to match, as a writer of
   * another build could) runs the decoder off its end: refused, never a half-read result.
   */
  @Test
  void aPayloadShortInsideAWholeFrameIsRefused() throws IOException {
    byte[] whole = encode(parse("windows/2022-04/2022-04-test-street.csv"));
    // The frame: magic (4 bytes), format (4), payload length (4), payload, CRC-32 (8).
    int payload = whole.length - 12 - 8;
    for (int keep : new int[] {4, payload / 2, payload - 1}) {
      byte[] cut = Arrays.copyOfRange(whole, 12, 12 + keep);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(cut);
      ByteArrayOutputStream framed = new ByteArrayOutputStream();
      java.io.DataOutputStream d = new java.io.DataOutputStream(framed);
      d.write(whole, 0, 8);
      d.writeInt(keep);
      d.write(cut);
      d.writeLong(crc.getValue());
      assertThatThrownBy(() -> FileResultCodec.read(new ByteArrayInputStream(framed.toByteArray())))
          .as("payload cut to %d of %d bytes", keep, payload)
          .isInstanceOf(FileResultCodec.CorruptEntry.class);
    }
  }

  @Test
  void aChangedByteIsRefusedByTheChecksum() throws IOException {
    byte[] bytes = encode(parse("windows/2022-04/2022-04-test-street.csv"));
    bytes[bytes.length / 2] ^= 0x01;
    assertThatThrownBy(() -> FileResultCodec.read(new ByteArrayInputStream(bytes)))
        .isInstanceOf(FileResultCodec.CorruptEntry.class);
  }

  @Test
  void repeatedStringsAreStoredOnce() throws IOException {
    // 31 rows repeat "Test Constabulary", LSOA codes and categories: with a string table the entry
    // is smaller than the same strings written out for every row would be.
    FileResult parsed = parse("windows/2022-04/2022-04-test-street.csv");
    long rowText =
        parsed.partitions().stream()
            .flatMap(p -> p.selected().stream())
            .mapToLong(r -> (r.reportedBy() + r.fallsWithin() + r.category()).length())
            .sum();
    assertThat(parsed.partitions().get(0).selected()).isNotEmpty();
    assertThat((long) encode(parsed).length).isLessThan(rowText + 4096);
  }

  /** Every field the codec writes, by type: a new field must be encoded before this passes. */
  @Test
  void theCodecCoversEveryFieldOfFileResult() {
    assertThat(components(FileResult.class))
        .containsExactly(
            "name",
            "kind",
            "read",
            "partitions",
            "rejectedByReason",
            "firstRejections",
            "mps",
            "records",
            "notes",
            "dashboard");
    assertThat(components(DashboardFile.class)).containsExactly("name", "rows");
    assertThat(components(DashboardRow.class))
        .containsExactly(
            "level",
            "areaCode",
            "areaName",
            "borough",
            "group",
            "subgroup",
            "measure",
            "month",
            "count",
            "refresh",
            "line");
    assertThat(components(Partition.class))
        .containsExactly(
            "key",
            "source",
            "kept",
            "duplicateRows",
            "sharedIds",
            "idsUnderTwoTypes",
            "noLocation",
            "noPoint",
            "selected",
            "selectedByCategory",
            "counts",
            "unlocated",
            "authorityCategories",
            "authorityForces",
            "lsoaCheck",
            "fingerprint",
            "identities",
            "tally");
    assertThat(components(PartitionKey.class)).containsExactly("kind", "reportedBy", "month");
    assertThat(components(PoliceRow.class))
        .containsExactly(
            "crimeId",
            "month",
            "reportedBy",
            "fallsWithin",
            "longitude",
            "latitude",
            "location",
            "lsoaCode",
            "lsoaName",
            "category",
            "lastOutcome");
    assertThat(components(RecordRow.class))
        .containsExactly(
            "id",
            "date",
            "month",
            "category",
            "lsoaCode",
            "ward",
            "location",
            "longitude",
            "latitude",
            "easting",
            "northing");
    assertThat(components(MpsFile.class))
        .containsExactly(
            "name", "layout", "rows", "cellIssuesByReason", "firstCellIssues", "duplicateRows");
    assertThat(components(MpsLayout.class))
        .containsExactly(
            "level",
            "generation",
            "major",
            "minor",
            "borough",
            "areaCode",
            "areaName",
            "monthColumns",
            "months");
    assertThat(components(MpsRow.class))
        .containsExactly(
            "level", "areaCode", "areaName", "borough", "category", "months", "counts");
    assertThat(components(Rejection.class)).containsExactly("file", "line", "reason", "detail");
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .toList();
  }
}
