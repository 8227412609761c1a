package saferstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import saferstats.analysis.Notes;
import saferstats.ingest.result.Selection;
import saferstats.load.Inputs;
import saferstats.model.FileLedger;

/**
 * Files macOS, Windows and Excel leave beside downloads (AppleDouble {@code ._} files, a zip's
 * {@code __MACOSX/} folder, {@code .DS_Store}, Excel's {@code ~$} lock files) are skipped with one
 * note, never refused as binary files or non-CSV zip entries.
 *
 * <p>The sample's Met street file of 2024-01 has 7601 rows, 5 of them extra copies: 7596 kept
 * ({@code zcat ... | tail -n +2 | grep -v '^,' | sort | uniq -d -c}).
 */
class OsArtefactsTest {
  /** The start of an AppleDouble file: magic 0x00051607, version 0x00020000, "Mac OS X". */
  private static final byte[] APPLE_DOUBLE = {
    0, 5, 22, 7, 0, 2, 0, 0, 'M', 'a', 'c', ' ', 'O', 'S', ' ', 'X', 0, 0, 0, 0, 0, 0, 0, 0, 0, 2
  };

  /** An Excel lock file: the user's name, its length first, then padding with NULs. */
  private static final byte[] EXCEL_LOCK = {
    5, 'a', 'l', 'i', 'c', 'e', ' ', ' ', ' ', ' ', 0, 0, 0, 0, 0, 0, 5, 0, 'a', 0, 'l', 0
  };

  @TempDir Path dir;

  @Test
  void appleDoubleAndExcelLockFilesBesideTheDataAreSkippedWithOneNote() throws IOException {
    Path month = dir.resolve("2024-01");
    SampleStreetFiles.copy(dir, "2024-01", "2024-01/2024-01-metropolitan-street.csv");
    Path appleDouble = month.resolve("._2024-01-metropolitan-street.csv");
    Path lock = month.resolve("~$2024-01-metropolitan-street.csv");
    Files.write(appleDouble, APPLE_DOUBLE);
    Files.write(lock, EXCEL_LOCK);
    Files.write(month.resolve(".DS_Store"), APPLE_DOUBLE);
    IngestResult r = IngestTestSupport.read(new Selection.None(), dir.toString());
    assertThat(r.files())
        .extracting(FileLedger::name)
        .containsExactly(month.resolve("2024-01-metropolitan-street.csv").toString());
    assertThat(r.files().get(0).kept()).isEqualTo(7596);
    // .DS_Store is not named like data, so it was never going to be read: only the two are named.
    assertThat(Notes.forInputs(new Inputs(r)))
        .filteredOn(n -> n.contains("macOS, Windows or Excel"))
        .containsExactly(
            "2 files that macOS, Windows or Excel leave beside downloads (metadata or lock files,"
                + " not data) were skipped: "
                + appleDouble
                + ", "
                + lock
                + ".");
  }

  @Test
  void aZipsMacosFolderAndDsStoreEntriesAreSkippedWithOneNote() throws IOException {
    Path csv = SampleStreetFiles.copy(dir, "2024-01", "x/2024-01-metropolitan-street.csv");
    Path zip = dir.resolve("download.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("2024-01/2024-01-metropolitan-street.csv"));
      z.write(Files.readAllBytes(csv));
      z.putNextEntry(new ZipEntry("2024-01/.DS_Store"));
      z.write(APPLE_DOUBLE);
      z.putNextEntry(new ZipEntry("__MACOSX/2024-01/._2024-01-metropolitan-street.csv"));
      z.write(APPLE_DOUBLE);
    }
    IngestResult r = IngestTestSupport.read(new Selection.None(), zip.toString());
    assertThat(r.files())
        .extracting(FileLedger::name)
        .containsExactly(zip + "!2024-01/2024-01-metropolitan-street.csv");
    assertThat(r.files().get(0).kept()).isEqualTo(7596);
    assertThat(Notes.forInputs(new Inputs(r)))
        .filteredOn(n -> n.contains("macOS, Windows or Excel"))
        .singleElement()
        .asString()
        .startsWith("2 files that macOS")
        .contains(zip + "!2024-01/.DS_Store", zip + "!__MACOSX/2024-01/._2024-01");
  }
}
