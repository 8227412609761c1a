package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.ingest.csv.InputFile;
import saferstats.ingest.result.Selection;
import saferstats.model.FileLedger;
import saferstats.model.UserError;

class InputResolverTest {
  private static final Path FIRST =
      Path.of("src/test/resources/fixtures/quirks/first/2024-01-test-street.csv");
  private static final Path SECOND =
      Path.of("src/test/resources/fixtures/quirks/second/2024-01-test-street.csv");

  @Test
  void foldersAreReadRecursivelyInPathOrderComparingNameByName() {
    List<InputFile> files = InputResolver.resolve(List.of("src/test/resources/fixtures/quirks"));
    assertThat(files)
        .extracting(InputFile::name)
        .containsExactly(
            "src/test/resources/fixtures/quirks/first/2024-01-test-street.csv",
            "src/test/resources/fixtures/quirks/second/2024-01-test-street.csv");
    assertThat(
            InputResolver.BY_PATH.compare(
                Path.of("police-uk/a.csv"), Path.of("police-uk-refresh/a.csv")))
        .isNegative();
  }

  @Test
  void zipEntriesAndGzFilesAreReadInPlace(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("download.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("2024-01/"));
      z.putNextEntry(new ZipEntry("2024-01/b.csv"));
      z.write(Files.readAllBytes(SECOND));
      z.putNextEntry(new ZipEntry("2024-01/a.csv"));
      z.write(Files.readAllBytes(FIRST));
    }
    Path gz = dir.resolve("x.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(Files.readAllBytes(SECOND));
    }
    IngestResult r =
        IngestTest.read(new Selection.None(), false, false, zip.toString(), gz.toString());
    assertThat(r.files())
        .extracting(FileLedger::name)
        .containsExactly(zip + "!2024-01/a.csv", zip + "!2024-01/b.csv", gz.toString());
    assertThat(r.files()).extracting(FileLedger::read).containsExactly(13L, 3L, 3L);
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("download.zip", "x.csv.gz");
  }

  @Test
  void globsMatchFilesUnderTheirFixedPrefix() {
    List<InputFile> files =
        InputResolver.resolve(List.of("src/test/resources/fixtures/windows/2023-1*/*.csv"));
    assertThat(files)
        .extracting(InputFile::name)
        .containsExactly(
            "src/test/resources/fixtures/windows/2023-10/2023-10-test-street.csv",
            "src/test/resources/fixtures/windows/2023-11/2023-11-test-street.csv",
            "src/test/resources/fixtures/windows/2023-12/2023-12-test-street.csv");
  }

  @Test
  void aGlobNamingFoldersTakesTheDataFilesInsideThem() {
    // The same three months named by folder, as an analyst types it.
    List<InputFile> files =
        InputResolver.resolve(List.of("src/test/resources/fixtures/windows/2023-1*"));
    assertThat(files)
        .extracting(InputFile::name)
        .containsExactly(
            "src/test/resources/fixtures/windows/2023-10/2023-10-test-street.csv",
            "src/test/resources/fixtures/windows/2023-11/2023-11-test-street.csv",
            "src/test/resources/fixtures/windows/2023-12/2023-12-test-street.csv");
  }

  @Test
  void aZipHoldingANonCsvEntryIsRefused(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("bad.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("readme.pdf"));
      z.write(new byte[] {1, 2, 3});
    }
    assertThatThrownBy(() -> InputResolver.resolve(List.of(zip.toString())))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("bad.zip!readme.pdf is not a CSV file");
  }

  @Test
  void aMissingPathOrAnEmptyFolderIsAnInputError(@TempDir Path dir) {
    assertThatThrownBy(() -> InputResolver.resolve(List.of("no/such/place")))
        .isInstanceOf(UserError.class)
        .hasMessage("no such file or folder: no/such/place");
    assertThatThrownBy(() -> InputResolver.resolve(List.of(dir.toString())))
        .isInstanceOf(UserError.class)
        .hasMessageStartingWith("no CSV, .csv.gz or .zip files in folder");
  }
}
