package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives one line, a way to fix it, the right exit code, and no stack trace. */
class ErrorsTest {
  private static final String W = Cli.FIXTURES + "windows";
  private static final String FIRST = Cli.FIXTURES + "quirks/first/2024-01-test-street.csv";

  static void assertOneLine(Cli r, int exit, String... fragments) {
    assertThat(r.exit()).isEqualTo(exit);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("saferstats: ")
        .contains(" — ")
        .doesNotContain("Exception\n\tat ");
    for (String f : fragments) {
      assertThat(r.err()).contains(f);
    }
  }

  @Test
  void missingPath() {
    assertOneLine(
        Cli.run("inspect", "no/such/folder"), 3, "no such file or folder: no/such/folder");
  }

  @Test
  void folderWithNoCsv(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "hello");
    assertOneLine(Cli.run("inspect", dir.toString()), 3, "no CSV, .csv.gz or .zip files in folder");
  }

  @Test
  void unrecognisedHeaderNamesTheFileAndTheHeadersExpected(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.csv");
    Files.writeString(f, "Date,Type,Count\n2024-01,x,1\n");
    assertOneLine(
        Cli.run("inspect", f.toString()),
        3,
        f + ": header not recognised (line 1: Date,Type,Count)",
        "expected police.uk street (Crime ID,Month,");
  }

  @Test
  void emptyFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("empty.csv");
    Files.writeString(f, "");
    assertOneLine(Cli.run("inspect", f.toString()), 3, f + " is empty");
  }

  @Test
  void binaryFileRenamedCsv(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("photo.csv");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    assertOneLine(Cli.run("inspect", f.toString()), 3, f + " is a binary file, not a CSV");
  }

  @Test
  void zipHoldingANonCsvEntry(@TempDir Path dir) throws IOException {
    Path zip = dir.resolve("d.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("photo.jpg"));
      z.write(new byte[] {1, 2});
    }
    assertOneLine(
        Cli.run("inspect", zip.toString()), 3, "zip entry " + zip + "!photo.jpg is not a CSV file");
  }

  @Test
  void rowWithTooFewFieldsIsAnErrorUnderStrict() {
    assertOneLine(
        Cli.run("inspect", FIRST, "--strict"),
        3,
        FIRST + ", line 9: too few fields: expected 12, found 3",
        "run without --strict");
  }

  @Test
  void badMonthIsRejectedAndShownByInspect() {
    Cli r = Cli.run("inspect", FIRST);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("10", "bad month '2024-13' (expected YYYY-MM)");
  }

  @Test
  void debugAddsTheStackTrace() {
    Cli r = Cli.run("inspect", FIRST, "--strict", "--debug");
    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.err()).startsWith("saferstats: ").contains("\tat saferstats.");
  }

  @Test
  void endOutsideTheData() {
    assertOneLine(
        Cli.run("trends", W, "--area", "Testham", "--end", "2025-01"),
        4,
        "--end 2025-01 is outside the data for Test Constabulary (2022-04 to 2024-06)",
        "choose an end month between 2022-04 and 2024-06");
  }

  @Test
  void badEndValueIsAUsageError() {
    assertOneLine(
        Cli.run("trends", W, "--area", "Testham", "--end", "June"),
        2,
        "'June' is not a month; use YYYY-MM",
        "see 'saferstats trends --help'");
  }

  @Test
  void unknownAreaSuggestsTheClosestNamesPresent() {
    assertOneLine(
        Cli.run("trends", W, "--area", "Testam"),
        4,
        "no rows for area 'Testam' in the inputs",
        "did you mean 'Testham'");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertOneLine(
        Cli.run("trends", W, "--area", "Testham", "--colour"), 2, "Unknown option: '--colour'");
  }

  @Test
  void trendsNeedsAnAreaOrAForce() {
    Cli r = Cli.run("trends", W);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--area", "--force");
  }

  @Test
  void unwritableOutputLeavesNothingBehind(@TempDir Path dir) {
    Path out = dir.resolve("no-such-folder/report.json");
    assertOneLine(
        Cli.run("trends", W, "--area", "Testham", "--output", out.toString()),
        5,
        "cannot write " + out,
        "create the folder or choose another path");
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void outputFileIsWrittenWhole(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report.csv");
    Cli r =
        Cli.run("trends", W, "--area", "Testham", "--format", "csv", "--output", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out))
        .startsWith(
            "section,key,figure,value\r\n\"\",,schemaVersion,2\r\n\"\",,command,trends\r\n");
    assertThat(dir.toFile().list()).containsExactly("report.csv");
  }

  @Test
  void missingOrWrongSupportingTables(@TempDir Path dir) {
    assertOneLine(
        Cli.run("trends", W, "--area", "Testham", "--lookup", "no/such.csv"),
        3,
        "no such file: no/such.csv",
        "check the --lookup path");
    assertOneLine(
        Cli.run("trends", W, "--area", "Testham", "--population", dir.toString()),
        3,
        "is a folder; --population takes one CSV file");
    assertOneLine(
        Cli.run(
            "trends",
            W,
            "--area",
            "Testham",
            "--lookup",
            Cli.FIXTURES + "support/population-codes.csv"),
        3,
        "line 1: lookup has no LSOAyyCD column");
  }

  @Test
  void anOutputPathThatIsAFolderIsAnOutputError(@TempDir Path dir) {
    assertOneLine(
        Cli.run("trends", W, "--area", "Testham", "--output", dir.toString()),
        5,
        "cannot write " + dir + ": it is a folder");
  }
}
