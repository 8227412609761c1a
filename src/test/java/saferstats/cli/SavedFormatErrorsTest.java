package saferstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static saferstats.cli.ErrorsTest.assertOneLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real file saved in a form saferstats does not read says what form it is in and how to turn it
 * into one it reads: semicolon-separated (a European-locale spreadsheet's "CSV"), or gzip bytes
 * under a plain .csv name. Fixture: sample-data's Met street file for 2024-06.
 */
class SavedFormatErrorsTest {
  private static final Path JUNE =
      Path.of("sample-data/police-uk/2024-06/2024-06-metropolitan-street.csv.gz");

  @Test
  void aSemicolonSeparatedFileSaysSoAndHowToFixIt(@TempDir Path dir) throws IOException {
    // As a spreadsheet in a comma-decimal locale saves it: ';' between fields, ',' in decimals
    // (-0,206638). Its 12 header names are joined by 11 semicolons, with no comma.
    Path file = dir.resolve("2024-06-metropolitan-street.csv");
    try (BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(JUNE)), StandardCharsets.UTF_8));
        Writer w = Files.newBufferedWriter(file)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",", -1);
        f[4] = f[4].replace('.', ',');
        f[5] = f[5].replace('.', ',');
        w.write(String.join(";", f) + "\n");
      }
    }
    Cli r = Cli.run("inspect", file.toString());
    assertOneLine(
        r,
        3,
        file + ": header not recognised (line 1: Crime ID;Month;Reported by;",
        "it looks semicolon-separated (11 semicolons and no comma in the header); read at its"
            + " semicolons it is the police-uk-street header — re-save it as comma-separated CSV"
            + " with full stops as decimal marks, or use the file as downloaded");
  }

  @Test
  void aSemicolonSeparatedExtractUnderAColumnMapSaysSoToo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("asb.csv");
    Files.writeString(file, "Case Ref;Date Reported;Incident Type\nA1;01/06/2024;Noise\n");
    Cli r =
        Cli.run(
            "inspect", file.toString(), "--columns", "date=Date Reported,category=Incident Type");
    assertOneLine(
        r,
        3,
        file + ": header not recognised (line 1: Case Ref;Date Reported;Incident Type)",
        "it looks semicolon-separated (2 semicolons and no comma in the header)",
        "re-save it as comma-separated CSV");
  }

  @Test
  void gzipBytesUnderACsvNameSayToNameItCsvGz(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2024-06-metropolitan-street.csv");
    Files.copy(JUNE, file);
    assertOneLine(
        Cli.run("inspect", file.toString()),
        3,
        file
            + " is gzip-compressed but named .csv — rename it to end in .csv.gz (saferstats"
            + " reads .csv.gz files as they are)");
    assertThat(Cli.run("inspect", dir.toString()).err()).contains("is gzip-compressed");
  }

  @Test
  void gzipInsideGzipAndAZipUnderACsvNameSaySo(@TempDir Path dir) throws IOException {
    Path twice = dir.resolve("twice.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(twice))) {
      Files.copy(JUNE, out);
    }
    assertOneLine(
        Cli.run("inspect", twice.toString()),
        3,
        twice + " is gzip-compressed twice — decompress it once and name the result .csv.gz");
    Path zip = dir.resolve("june.csv");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("2024-06-metropolitan-street.csv"));
      z.write("Crime ID,Month\n".getBytes(StandardCharsets.UTF_8));
    }
    assertOneLine(
        Cli.run("inspect", zip.toString()),
        3,
        zip + " is a zip archive but named .csv — rename it to end in .zip");
  }
}
